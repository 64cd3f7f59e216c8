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
 * from the javax.imageio reader's header, DICOM from ImageJ's header dump (rows, columns, frames), PGM/PBM/PPM
 * from their text header, FITS from its NAXIS cards, a ZIP-wrapped TIFF from the archived TIFF's directories and
 * AVI from its main header and video format.
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
		return of(file, type, Long.MAX_VALUE);
	}

	/** As {@link #of(Path, int)}; a ZIP-wrapped TIFF over {@code maxBytes} is refused while it is unpacked. */
	static ImageHeader of(final Path file, final int type, final long maxBytes) throws IOException {
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
			case Opener.PGM:
				return pnm(file);
			case Opener.FITS:
				return fits(file);
			case Opener.ZIP:
				return zippedTiff(file, maxBytes);
			case Opener.AVI:
				return avi(file);
			default:
				return null;
		}
	}

	private static ImageHeader larger(final ImageHeader a, final ImageHeader b) {
		return a == null ? b : b == null || a.bytes >= b.bytes ? a : b;
	}

	/** All image directories of a TIFF summed into one plane size and count (the largest plane's size). */
	static ImageHeader tiff(final Path file) {
		return tiff(TiffCheck.directories(file));
	}

	private static ImageHeader tiff(final FileInfo[] infos) {
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

	/**
	 * PGM, PBM, PPM (P1 to P6): width, height and the largest value after the magic number, '#' comments skipped. ImageJ
	 * holds a bitmap or gray image of largest value below 256 in 8 bits, 16-bit gray in 16 bits, 8-bit colour as RGB
	 * and 16-bit colour as three 16-bit planes.
	 */
	static ImageHeader pnm(final Path file) throws IOException {
		try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file))) {
			if (in.read() != 'P') return null;
			final int kind = in.read() - '0';
			if (kind < 1 || kind > 6) return null;
			final long width = pnmNumber(in), height = pnmNumber(in), max = kind == 1 || kind == 4 ? 1 : pnmNumber(in);
			if (width < 0 || height < 0 || max < 0) return null;
			final boolean colour = kind == 3 || kind == 6;
			if (colour) return max < 256 ? new ImageHeader(width, height, 1, 4) : new ImageHeader(width, height, 3, 2);
			return new ImageHeader(width, height, 1, max < 256 ? 1 : 2);
		}
	}

	/** The next decimal number of a PNM header (at most 18 digits), or -1. */
	private static long pnmNumber(final InputStream in) throws IOException {
		int c = in.read();
		while (c == '#' || Character.isWhitespace(c)) {
			if (c == '#') while (c != '\n' && c != '\r' && c >= 0) c = in.read();
			c = in.read();
		}
		long v = 0;
		int digits = 0;
		for (; c >= '0' && c <= '9'; c = in.read())
			if (++digits <= 18) v = v * 10 + c - '0';
		return digits == 0 || digits > 18 ? -1 : v;
	}

	/**
	 * FITS: NAXIS1 x NAXIS2 pixels and the product of the further axes as planes, from the 80-character cards of the
	 * primary header (until END, at most 100 blocks of 2880 bytes); ImageJ holds FITS data as 32-bit planes.
	 */
	static ImageHeader fits(final Path file) throws IOException {
		try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file))) {
			final byte[] card = new byte[80];
			final java.util.Map<String, Long> axes = new java.util.HashMap<>();
			for (int i = 0; i < 36 * 100; i++) {
				if (in.readNBytes(card, 0, 80) < 80) break;
				final String text = new String(card, java.nio.charset.StandardCharsets.US_ASCII);
				final String key = text.substring(0, 8).trim();
				if (key.equals("END")) break;
				if (!key.startsWith("NAXIS") || text.charAt(8) != '=') continue;
				final String value = text.substring(10).split("/")[0].trim();
				try {
					axes.put(key, Long.parseLong(value));
				}
				catch (NumberFormatException e) {
					return null;
				}
			}
			final long n = axes.getOrDefault("NAXIS", -1L);
			if (n < 2 || !axes.containsKey("NAXIS1") || !axes.containsKey("NAXIS2")) return null;
			long planes = 1;
			for (int a = 3; a <= n && a < 1000; a++)
				planes = saturatedProduct(planes, Math.max(1, axes.getOrDefault("NAXIS" + a, 1L)));
			return new ImageHeader(axes.get("NAXIS1"), axes.get("NAXIS2"), planes, 4);
		}
	}

	/**
	 * A ZIP archive whose first entry is a TIFF (as ImageJ opens it): that TIFF's image directories. The entry is
	 * copied to a temporary file (ImageJ decompresses all of it too), at most {@code maxBytes} of it, so that its
	 * directories get the same checks as a plain TIFF's before any decoder follows them: a loop of directories, on
	 * which ImageJ's decoder would never return, is refused.
	 *
	 * @throws IOException naming the archive, for an entry over {@code maxBytes} or directories that form a loop
	 */
	static ImageHeader zippedTiff(final Path file, final long maxBytes) throws IOException {
		try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(Files.newInputStream(file))) {
			final java.util.zip.ZipEntry entry = zip.getNextEntry();
			if (entry == null) return null;
			final String name = entry.getName().toLowerCase(java.util.Locale.ROOT);
			if (!name.endsWith(".tif") && !name.endsWith(".tiff")) return null;
			final Path copy = Files.createTempFile("nmfusion-zipped-", ".tif");
			try {
				try (java.io.OutputStream out = Files.newOutputStream(copy)) {
					final byte[] buffer = new byte[1 << 16];
					long total = 0;
					for (int n; (n = zip.read(buffer)) > 0;) {
						total += n;
						if (total > maxBytes)
							throw new IOException("image too large: " + file + ": the TIFF in the ZIP archive holds more than "
								+ maxBytes / (1L << 20) + " MB, over the image size limit");
						out.write(buffer, 0, n);
					}
				}
				try {
					TiffCheck.requireSaneDirectories(copy);
				}
				catch (IOException e) {
					throw new IOException(e.getMessage().replace(copy.toString(), file + " (" + entry.getName() + ")"), e);
				}
				try {
					return tiff(new ij.io.TiffDecoder(copy.getParent() + java.io.File.separator, copy.getFileName().toString()).getTiffInfo());
				}
				catch (IOException | RuntimeException e) {
					return null;
				}
			}
			finally {
				Files.deleteIfExists(copy);
			}
		}
		catch (java.util.zip.ZipException e) {
			return null;
		}
	}

	/**
	 * AVI: frames, width and height of the main header ('avih') and the bits per pixel of the first video format
	 * ('strf'), from the first 64 KiB; ImageJ holds up to 8 bits per pixel in 8 bits, more as RGB.
	 */
	static ImageHeader avi(final Path file) throws IOException {
		final byte[] head;
		try (InputStream in = Files.newInputStream(file)) {
			head = in.readNBytes(1 << 16);
		}
		final java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(head).order(java.nio.ByteOrder.LITTLE_ENDIAN);
		final int avih = indexOf(head, "avih");
		if (avih < 0 || avih + 8 + 40 > head.length) return null;
		final long frames = b.getInt(avih + 8 + 16) & 0xffffffffL, width = b.getInt(avih + 8 + 32) & 0xffffffffL,
			height = b.getInt(avih + 8 + 36) & 0xffffffffL;
		final int strf = indexOf(head, "strf");
		final int bits = strf >= 0 && strf + 8 + 16 <= head.length ? b.getShort(strf + 8 + 14) & 0xffff : 24;
		return new ImageHeader(width, height, Math.max(1, frames), bits <= 8 ? 1 : 4);
	}

	private static int indexOf(final byte[] data, final String fourCc) {
		final byte[] id = fourCc.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		outer : for (int i = 0; i + id.length <= data.length; i++) {
			for (int k = 0; k < id.length; k++)
				if (data[i + k] != id[k]) continue outer;
			return i;
		}
		return -1;
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
