package org.nmfusion.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;

/** Tiny image files whose headers claim huge sizes (image bombs), built byte by byte for the tests. */
public final class ImageBombs {

	private ImageBombs() {}

	/**
	 * A little-endian 8-bit gray TIFF of one image directory claiming width x height pixels, with an optional
	 * ImageJ description (e.g. "ImageJ=1.54p\nimages=100000\n" for a stack) and only 16 bytes of pixel data.
	 */
	public static Path tiff(final Path file, final long width, final long height, final String description) throws IOException {
		final byte[] text = description == null ? new byte[0] : (description + "\0").getBytes(StandardCharsets.US_ASCII);
		final int entries = description == null ? 8 : 9;
		final int ifd = 8, textAt = ifd + 2 + 12 * entries + 4, pixelsAt = textAt + text.length;
		final ByteBuffer b = ByteBuffer.allocate(pixelsAt + 16).order(ByteOrder.LITTLE_ENDIAN);
		b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(ifd);
		b.putShort((short) entries);
		entry(b, 256, 4, 1, (int) width); // ImageWidth, LONG
		entry(b, 257, 4, 1, (int) height); // ImageLength
		entry(b, 258, 3, 1, 8); // BitsPerSample
		entry(b, 259, 3, 1, 1); // Compression: none
		entry(b, 262, 3, 1, 1); // Photometric: black is zero
		if (description != null) entry(b, 270, 2, text.length, textAt); // ImageDescription
		entry(b, 273, 4, 1, pixelsAt); // StripOffsets
		entry(b, 278, 4, 1, (int) height); // RowsPerStrip
		entry(b, 279, 4, 1, 16); // StripByteCounts
		b.putInt(0);
		b.put(text);
		Files.write(file, b.array());
		return file;
	}

	private static void entry(final ByteBuffer b, final int tag, final int type, final int count, final int value) {
		b.putShort((short) tag).putShort((short) type).putInt(count);
		if (type == 3 && count == 1) b.putShort((short) value).putShort((short) 0);
		else b.putInt(value);
	}

	/** A PNG of just its signature, an IHDR chunk claiming width x height (bit depth, colour type) and IEND. */
	public static Path png(final Path file, final long width, final long height, final int bitDepth, final int colourType) throws IOException {
		final ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' });
		chunk(out, "IHDR", ByteBuffer.allocate(13).putInt((int) width).putInt((int) height).put((byte) bitDepth).put((byte) colourType)
			.put((byte) 0).put((byte) 0).put((byte) 0).array());
		chunk(out, "IEND", new byte[0]);
		Files.write(file, out.toByteArray());
		return file;
	}

	private static void chunk(final ByteArrayOutputStream out, final String type, final byte[] data) throws IOException {
		final byte[] t = type.getBytes(StandardCharsets.US_ASCII);
		out.write(ByteBuffer.allocate(4).putInt(data.length).array());
		out.write(t);
		out.write(data);
		final CRC32 crc = new CRC32();
		crc.update(t);
		crc.update(data);
		out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
	}

	/** A baseline JPEG of just SOI, a start-of-frame claiming width x height with the given components, a start-of-scan, EOI. */
	public static Path jpeg(final Path file, final int width, final int height, final int components) throws IOException {
		final ByteBuffer b = ByteBuffer.allocate(2 + 2 + 2 + 6 + 3 * components + 2 + 2 + 4 + 2 * components + 2);
		b.putShort((short) 0xFFD8).putShort((short) 0xFFC0).putShort((short) (8 + 3 * components)).put((byte) 8).putShort((short) height)
			.putShort((short) width).put((byte) components);
		for (int c = 1; c <= components; c++)
			b.put((byte) c).put((byte) 0x11).put((byte) 0);
		b.putShort((short) 0xFFDA).putShort((short) (6 + 2 * components)).put((byte) components);
		for (int c = 1; c <= components; c++)
			b.put((byte) c).put((byte) 0);
		b.put((byte) 0).put((byte) 63).put((byte) 0);
		b.putShort((short) 0xFFD9);
		Files.write(file, b.array());
		return file;
	}

	/** The test resource DICOM slice (CT, 128 x 128, 16-bit) with its Rows and Columns set to the given values. */
	public static Path dicom(final Path file, final int rows, final int columns) throws IOException {
		final byte[] d;
		try (InputStream in = ImageBombs.class.getResourceAsStream("/dicom/CT_small.dcm")) {
			d = in.readAllBytes();
		}
		setUnsignedShortTag(d, 0x0010, rows);
		setUnsignedShortTag(d, 0x0011, columns);
		Files.write(file, d);
		return file;
	}

	/** Sets the US value of tag (0028,element) in an explicit-VR little-endian data set. */
	private static void setUnsignedShortTag(final byte[] d, final int element, final int value) {
		for (int i = 132; i + 10 <= d.length; i++) {
			if (d[i] == 0x28 && d[i + 1] == 0 && d[i + 2] == (byte) element && d[i + 3] == 0 && d[i + 4] == 'U' && d[i + 5] == 'S') {
				d[i + 8] = (byte) value;
				d[i + 9] = (byte) (value >> 8);
				return;
			}
		}
		throw new IllegalStateException("no (0028," + Integer.toHexString(element) + ") US tag in the test DICOM");
	}

	/** A binary PNM (P5 gray or P6 colour) header claiming width x height pixels of the given largest value, with a comment and 16 pixel bytes. */
	public static Path pnm(final Path file, final int kind, final long width, final long height, final int max) throws IOException {
		final byte[] head = ("P" + kind + "\n# bomb\n" + width + " " + height + "\n" + max + "\n").getBytes(StandardCharsets.US_ASCII);
		final byte[] d = new byte[head.length + 16];
		System.arraycopy(head, 0, d, 0, head.length);
		Files.write(file, d);
		return file;
	}

	/** A FITS primary header (one 2880-byte block) claiming a BITPIX 16 image of NAXIS1 x NAXIS2 x NAXIS3, without data. */
	public static Path fits(final Path file, final long width, final long height, final long depth) throws IOException {
		final StringBuilder h = new StringBuilder();
		for (final String card : new String[] { "SIMPLE  =                    T", "BITPIX  =                   16", "NAXIS   =                    3",
			"NAXIS1  = " + String.format("%20d", width), "NAXIS2  = " + String.format("%20d", height),
			"NAXIS3  = " + String.format("%20d", depth) + " / planes",
			"END" })
			h.append(String.format("%-80s", card));
		while (h.length() % 2880 != 0)
			h.append(' ');
		Files.write(file, h.toString().getBytes(StandardCharsets.US_ASCII));
		return file;
	}

	/** A ZIP archive whose one entry is {@link #tiff} claiming width x height pixels (with an optional ImageJ description). */
	public static Path zippedTiff(final Path file, final long width, final long height, final String description) throws IOException {
		final Path tif = tiff(Files.createTempFile("bomb", ".tif"), width, height, description);
		try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
			zip.putNextEntry(new java.util.zip.ZipEntry("bomb.tif"));
			zip.write(Files.readAllBytes(tif));
			zip.closeEntry();
		}
		finally {
			Files.delete(tif);
		}
		return file;
	}

	/** An AVI header (RIFF, hdrl, avih, one video stream whose format has the given bits per pixel) claiming frames of width x height, without frames. */
	public static Path avi(final Path file, final int width, final int height, final int frames, final int bits) throws IOException {
		final ByteBuffer b = ByteBuffer.allocate(12 + 12 + 8 + 56 + 12 + 8 + 56 + 8 + 40).order(ByteOrder.LITTLE_ENDIAN);
		b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(b.capacity() - 8).put("AVI ".getBytes(StandardCharsets.US_ASCII));
		b.put("LIST".getBytes(StandardCharsets.US_ASCII)).putInt(4 + 8 + 56 + 12 + 8 + 56 + 8 + 40).put("hdrl".getBytes(StandardCharsets.US_ASCII));
		b.put("avih".getBytes(StandardCharsets.US_ASCII)).putInt(56);
		b.putInt(40000).putInt(0).putInt(0).putInt(0x10).putInt(frames).putInt(0).putInt(1).putInt(0).putInt(width).putInt(height);
		b.putInt(0).putInt(0).putInt(0).putInt(0);
		b.put("LIST".getBytes(StandardCharsets.US_ASCII)).putInt(4 + 8 + 56 + 8 + 40).put("strl".getBytes(StandardCharsets.US_ASCII));
		b.put("strh".getBytes(StandardCharsets.US_ASCII)).putInt(56).put("vids".getBytes(StandardCharsets.US_ASCII)).put("DIB ".getBytes(
			StandardCharsets.US_ASCII));
		b.position(b.position() + 48);
		b.put("strf".getBytes(StandardCharsets.US_ASCII)).putInt(40);
		b.putInt(40).putInt(width).putInt(height).putShort((short) 1).putShort((short) bits).putInt(0).putInt(0).putInt(0).putInt(0).putInt(0)
			.putInt(0);
		Files.write(file, b.array());
		return file;
	}
}
