package org.nmfusion.io;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.stream.ImageInputStream;

import ij.io.FileInfo;
import ij.io.Opener;
import ij.plugin.DICOM;

/**
 * The size an image file claims in its header, read without decoding any pixel: width, height, number of
 * planes and the bytes per pixel ImageJ 1.x holds in memory for it. TIFF from ImageJ's TiffDecoder
 * (every image directory, and the image count of ImageJ stacks), PNG from its IHDR chunk, JPEG, GIF and BMP
 * from the javax.imageio reader's header, DICOM from ImageJ's header dump (rows, columns, frames).
 */
final class ImageHeader {

	/** Width and height of the largest plane, number of planes, bytes per pixel (the largest). */
	final long width, height, planes, bytesPerPixel;
	/** Bytes of decoded pixel data, summed over all planes (Long.MAX_VALUE when that overflows). */
	final long bytes;

	ImageHeader(final long width, final long height, final long planes, final long bytesPerPixel) {
		this(width, height, planes, bytesPerPixel, saturatedProduct(width, height, planes, bytesPerPixel));
	}

	private ImageHeader(final long width, final long height, final long planes, final long bytesPerPixel, final long bytes) {
		this.width = width;
		this.height = height;
		this.planes = planes;
		this.bytesPerPixel = bytesPerPixel;
		this.bytes = bytes;
	}

	/**
	 * The header of a file of ImageJ's {@code type} (an {@link Opener} file type), or null when the type is not
	 * one read here or the header is unreadable (the reader itself then reports the problem).
	 */
	static ImageHeader of(final Path file, final int type) throws IOException {
		switch (type) {
			case Opener.TIFF:
				return tiff(file);
			case Opener.TIFF_AND_DICOM: // a .dcm whose preamble is a TIFF header: ImageJ may read either
				return larger(tiff(file), dicom(file));
			case Opener.PNG:
				return png(file);
			case Opener.JPEG:
			case Opener.GIF:
			case Opener.BMP:
				return imageIO(file);
			case Opener.DICOM:
				return dicom(file);
			default:
				return null;
		}
	}

	private static ImageHeader larger(final ImageHeader a, final ImageHeader b) {
		return a == null ? b : b == null || a.bytes >= b.bytes ? a : b;
	}

	/** All image directories of a TIFF summed into one plane size and count (the largest plane's size). */
	static ImageHeader tiff(final Path file) {
		final FileInfo[] infos = TiffCheck.directories(file);
		if (infos == null || infos.length == 0) return null;
		long width = 0, height = 0, planes = 0, bytesPerPixel = 0, bytes = 0;
		for (final FileInfo fi : infos) {
			final long n = Math.max(1, fi.nImages), bpp = Math.max(1, fi.getBytesPerPixel());
			bytes = saturatedSum(bytes, saturatedProduct(fi.width, fi.height, n, bpp));
			planes = saturatedSum(planes, n);
			if ((long) fi.width * fi.height >= width * height) {
				width = fi.width;
				height = fi.height;
			}
			bytesPerPixel = Math.max(bytesPerPixel, bpp);
		}
		return new ImageHeader(width, height, planes, bytesPerPixel, bytes);
	}

	/** PNG: the IHDR chunk (width, height, bit depth, colour type) right after the signature. */
	static ImageHeader png(final Path file) throws IOException {
		try (InputStream raw = Files.newInputStream(file); DataInputStream in = new DataInputStream(raw)) {
			final byte[] head = new byte[8 + 8 + 10];
			in.readFully(head);
			final java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(head);
			if (b.getInt(12) != 0x49484452) return null; // "IHDR"
			final long width = b.getInt(16) & 0xffffffffL, height = b.getInt(20) & 0xffffffffL;
			final int bitDepth = head[24], colourType = head[25];
			// ImageJ: gray -> 8 or 16-bit, palette -> 8-bit with a LUT, anything with colour or alpha -> RGB (4 bytes)
			final long bpp = colourType == 0 ? (bitDepth > 8 ? 2 : 1) : colourType == 3 ? 1 : 4;
			return new ImageHeader(width, height, 1, bpp);
		}
		catch (java.io.EOFException e) {
			return null;
		}
	}

	/** JPEG, GIF, BMP: width and height of the first image from the javax.imageio reader's header. */
	static ImageHeader imageIO(final Path file) throws IOException {
		try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
			if (in == null) return null;
			final Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
			if (!readers.hasNext()) return null;
			final ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				final long width = reader.getWidth(0), height = reader.getHeight(0);
				final ImageTypeSpecifier raw = rawType(reader);
				final long bpp = raw != null && raw.getNumBands() == 1 && raw.getBitsPerBand(0) <= 8 ? 1 : 4;
				return new ImageHeader(width, height, 1, bpp);
			}
			catch (IOException | RuntimeException e) {
				return null;
			}
			finally {
				reader.dispose();
			}
		}
	}

	private static ImageTypeSpecifier rawType(final ImageReader reader) {
		try {
			return reader.getRawImageType(0);
		}
		catch (IOException | RuntimeException e) {
			return null;
		}
	}

	/** DICOM: rows, columns, frames, samples per pixel and bits allocated from ImageJ's header dump. */
	static ImageHeader dicom(final Path file) {
		final String info;
		try {
			info = new DICOM().getInfo(file.toAbsolutePath().toString());
		}
		catch (RuntimeException e) {
			return null;
		}
		if (info == null) return null;
		final long rows = tag(info, "0028,0010", -1), columns = tag(info, "0028,0011", -1);
		if (rows < 0 || columns < 0) return null;
		final long frames = Math.max(1, tag(info, "0028,0008", 1)), samples = tag(info, "0028,0002", 1);
		final long bits = tag(info, "0028,0100", 16);
		final long bpp = samples >= 3 ? 4 : bits > 16 ? 4 : bits > 8 ? 2 : 1;
		return new ImageHeader(columns, rows, frames, bpp);
	}

	private static long tag(final String info, final String tag, final long absent) {
		for (final String line : info.split("\n")) {
			if (!line.startsWith(tag)) continue;
			final int colon = line.indexOf(':');
			if (colon < 0) return absent;
			try {
				return Long.parseLong(line.substring(colon + 1).trim().split("[\\s\\\\]")[0]);
			}
			catch (NumberFormatException e) {
				return absent;
			}
		}
		return absent;
	}

	static long saturatedProduct(final long... factors) {
		long p = 1;
		for (final long f : factors) {
			if (f <= 0) return 0;
			if (p > Long.MAX_VALUE / f) return Long.MAX_VALUE;
			p *= f;
		}
		return p;
	}

	private static long saturatedSum(final long a, final long b) {
		return a > Long.MAX_VALUE - b ? Long.MAX_VALUE : a + b;
	}
}
