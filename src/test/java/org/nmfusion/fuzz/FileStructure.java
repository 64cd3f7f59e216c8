package org.nmfusion.fuzz;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a TIFF, PNG, JPEG or DICOM file's structure lies, for mutations that hit it: the offsets where a
 * structural unit starts or ends (truncation points) and the header fields worth setting to absurd values
 * (image size, bit depth, counts, offsets, segment lengths). Parsing is lenient and stops at the first
 * inconsistency: a seed is always a valid file.
 */
final class FileStructure {

	/** A header field: offset, size in bytes (1, 2 or 4), byte order, and the PNG chunk whose CRC covers it (or -1). */
	static final class Field {
		final int offset, size;
		final boolean bigEndian;
		final int pngChunk;
		final String name;

		Field(final String name, final int offset, final int size, final boolean bigEndian, final int pngChunk) {
			this.name = name;
			this.offset = offset;
			this.size = size;
			this.bigEndian = bigEndian;
			this.pngChunk = pngChunk;
		}
	}

	final List<Integer> boundaries = new ArrayList<>();
	final List<Field> fields = new ArrayList<>();

	private FileStructure() {}

	static FileStructure of(final String format, final byte[] b) {
		final FileStructure s = new FileStructure();
		try {
			if (format.startsWith("tif")) s.tiff(b);
			else if (format.startsWith("png")) s.png(b);
			else if (format.startsWith("jpeg")) s.jpeg(b);
			else if (format.startsWith("dicom")) s.dicom(b);
		}
		catch (IndexOutOfBoundsException e) {
			// keep what was found
		}
		s.boundaries.add(b.length / 2);
		s.boundaries.add(b.length - 1);
		return s;
	}

	private void tiff(final byte[] b) {
		final ByteBuffer buf = ByteBuffer.wrap(b).order(b[0] == 'M' ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
		final boolean big = buf.order() == ByteOrder.BIG_ENDIAN;
		boundaries.add(4);
		boundaries.add(8);
		fields.add(new Field("first IFD offset", 4, 4, big, -1));
		int ifd = buf.getInt(4);
		for (int guard = 0; ifd > 0 && ifd < b.length - 2 && guard < 64; guard++) {
			boundaries.add(ifd);
			boundaries.add(ifd + 2);
			final int n = buf.getShort(ifd) & 0xffff;
			fields.add(new Field("IFD entry count", ifd, 2, big, -1));
			for (int k = 0; k < n; k++) {
				final int e = ifd + 2 + 12 * k;
				boundaries.add(e);
				final int tag = buf.getShort(e) & 0xffff, type = buf.getShort(e + 2) & 0xffff, count = buf.getInt(e + 4);
				fields.add(new Field("tag " + tag + " type", e + 2, 2, big, -1));
				fields.add(new Field("tag " + tag + " count", e + 4, 4, big, -1));
				fields.add(new Field("tag " + tag + " value", e + 8, type == 3 && count == 1 ? 2 : 4, big, -1));
				if (tag == 273 || tag == 270 || tag == 320) { // strip offsets, description, colour map: where their data lies
					final int at = buf.getInt(e + 8);
					if (at > 0 && at < b.length) boundaries.add(at);
				}
			}
			boundaries.add(ifd + 2 + 12 * n);
			fields.add(new Field("next IFD offset", ifd + 2 + 12 * n, 4, big, -1));
			ifd = buf.getInt(ifd + 2 + 12 * n);
		}
	}

	private void png(final byte[] b) {
		final ByteBuffer buf = ByteBuffer.wrap(b);
		int at = 8;
		boundaries.add(8);
		while (at + 12 <= b.length) {
			final int length = buf.getInt(at);
			final String type = new String(b, at + 4, 4, java.nio.charset.StandardCharsets.US_ASCII);
			boundaries.add(at);
			boundaries.add(at + 8);
			fields.add(new Field(type + " length", at, 4, true, -1));
			if (type.equals("IHDR")) {
				fields.add(new Field("IHDR width", at + 8, 4, true, at));
				fields.add(new Field("IHDR height", at + 12, 4, true, at));
				fields.add(new Field("IHDR bit depth", at + 16, 1, true, at));
				fields.add(new Field("IHDR colour type", at + 17, 1, true, at));
				fields.add(new Field("IHDR compression", at + 18, 1, true, at));
				fields.add(new Field("IHDR interlace", at + 20, 1, true, at));
			}
			if (length < 0 || at + 12L + length > b.length) break;
			boundaries.add(at + 8 + length);
			at += 12 + length;
		}
	}

	private void jpeg(final byte[] b) {
		int at = 2;
		boundaries.add(2);
		while (at + 4 <= b.length && (b[at] & 0xff) == 0xff) {
			final int marker = b[at + 1] & 0xff, length = (b[at + 2] & 0xff) << 8 | b[at + 3] & 0xff;
			boundaries.add(at);
			boundaries.add(at + 2);
			boundaries.add(at + 4);
			fields.add(new Field(String.format("marker %02X length", marker), at + 2, 2, true, -1));
			if (marker >= 0xC0 && marker <= 0xC2) {
				fields.add(new Field("SOF precision", at + 4, 1, true, -1));
				fields.add(new Field("SOF height", at + 5, 2, true, -1));
				fields.add(new Field("SOF width", at + 7, 2, true, -1));
				fields.add(new Field("SOF components", at + 9, 1, true, -1));
			}
			if (marker == 0xDA) {
				fields.add(new Field("SOS components", at + 4, 1, true, -1));
				boundaries.add(at + 2 + length + (b.length - at - 2 - length) / 2); // inside the entropy-coded data
				break;
			}
			at += 2 + length;
		}
	}

	private void dicom(final byte[] b) {
		boundaries.add(128);
		boundaries.add(132);
		final ByteBuffer buf = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
		int at = 132;
		while (at + 8 <= b.length) {
			final int group = buf.getShort(at) & 0xffff, element = buf.getShort(at + 2) & 0xffff;
			final String vr = new String(b, at + 4, 2, java.nio.charset.StandardCharsets.US_ASCII);
			final boolean longForm = vr.equals("OB") || vr.equals("OW") || vr.equals("SQ") || vr.equals("UN") || vr.equals("UT") || vr.equals("OF");
			final int valueAt = at + (longForm ? 12 : 8);
			final long length = longForm ? buf.getInt(at + 8) & 0xffffffffL : buf.getShort(at + 6) & 0xffff;
			boundaries.add(at);
			boundaries.add(valueAt);
			fields.add(new Field(String.format("(%04X,%04X) length", group, element), longForm ? at + 8 : at + 6, longForm ? 4 : 2, false, -1));
			if (group == 0x0028 && vr.equals("US")) fields.add(new Field(String.format("(%04X,%04X) value", group, element), valueAt, 2, false, -1));
			if (group == 0x7FE0 || length == 0xffffffffL || valueAt + length > b.length) break;
			at = (int) (valueAt + length);
		}
	}
}
