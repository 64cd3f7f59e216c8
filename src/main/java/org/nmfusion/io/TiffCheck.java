package org.nmfusion.io;

import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import ij.io.FileInfo;
import ij.io.TiffDecoder;

/**
 * Finds TIFF files cut short (an interrupted copy or download), which ImageJ 1.x would read with the
 * missing rows as zeros or with fewer slices: an image directory, a strip or the pixel data of an image
 * reaching past the end of the file; and directories ImageJ's decoder would follow for ever or for billions of
 * values (a loop of directories, counts or offsets past the end of the file).
 */
final class TiffCheck {

	private static final int MAX_DIRECTORIES = 1 << 20;

	private TiffCheck() {}

	/** @throws IOException "truncated TIFF: FILE needs N bytes, file has M" */
	static void requireComplete(final Path file) throws IOException {
		final long length = file.toFile().length();
		final long need = Math.max(directoriesEnd(file, length), pixelDataEnd(file));
		if (need > length) throw new IOException("truncated TIFF: " + file + " needs " + need + " bytes, file has " + length);
	}

	/** The tags whose values ImageJ's TiffDecoder reads (it reads every value a tag claims, even past the end of the file). */
	private static final Set<Integer> READ_BY_IMAGEJ = Set.of(256, 257, 258, 259, 262, 270, 273, 274, 277, 278, 279, 282, 283, 284, 296, 305, 306,
		315, 316, 317, 320, 322, 339, 347, 33628, 33629, 34122, 43314, 50838, 50839);

	/** Bytes per value of the TIFF field types (index = type); unknown types count 1. */
	private static final int[] TYPE_BYTES = { 1, 1, 1, 2, 4, 8, 1, 1, 2, 4, 8, 4, 8, 4, 1, 1, 8, 8, 8 };

	/**
	 * Refuses a TIFF whose image directories would keep ImageJ's decoder reading for ever or for billions of
	 * values, before anything else parses it: directories that form a loop, a tag ImageJ reads claiming more
	 * values than the file can hold.
	 *
	 * @throws IOException "corrupt TIFF: FILE: its image directories form a loop (offset O again)" or "corrupt TIFF:
	 *           FILE: tag T claims N values of B bytes at offset O, past the end of the file (L bytes)"
	 */
	static void requireSaneDirectories(final Path file) throws IOException {
		final long length = file.toFile().length();
		if (length < 8) return;
		try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
			final ByteOrder order = order(read(in, 0, 8, null));
			if (order == null) return;
			long ifd = read(in, 4, 4, order).getInt(0) & 0xffffffffL;
			final Set<Long> seen = new HashSet<>();
			while (ifd != 0 && ifd + 2 <= length && seen.size() < MAX_DIRECTORIES) {
				// ImageJ's decoder follows a loop of directories for ever
				if (!seen.add(ifd)) throw new IOException("corrupt TIFF: " + file + ": its image directories form a loop (offset " + ifd + " again)");
				final int entries = read(in, ifd, 2, order).getShort(0) & 0xffff;
				if (ifd + 2 + 12L * entries + 4 > length) return; // a cut directory: requireComplete reports it
				final ByteBuffer dir = read(in, ifd + 2, 12 * entries + 4, order);
				for (int k = 0; k < entries; k++) {
					final int tag = dir.getShort(12 * k) & 0xffff, type = dir.getShort(12 * k + 2) & 0xffff;
					final long count = dir.getInt(12 * k + 4) & 0xffffffffL, offset = dir.getInt(12 * k + 8) & 0xffffffffL;
					final long bytes = count * (type < TYPE_BYTES.length ? TYPE_BYTES[type] : 1);
					if (READ_BY_IMAGEJ.contains(tag) && bytes > 4 && offset + bytes > length)
						throw new IOException(
							"corrupt TIFF: " + file + ": tag " + tag + " claims " + count + " values of " + bytes / Math.max(1, count)
								+ " bytes at offset " + offset + ", past the end of the file (" + length + " bytes)");
				}
				ifd = dir.getInt(12 * entries) & 0xffffffffL;
			}
		}
	}

	private static ByteOrder order(final ByteBuffer header) {
		final ByteOrder order = header.get(0) == 'I' && header.get(1) == 'I' ? ByteOrder.LITTLE_ENDIAN
			: header.get(0) == 'M' && header.get(1) == 'M' ? ByteOrder.BIG_ENDIAN : null;
		return order != null && header.order(order).getShort(2) == 42 ? order : null;
	}

	/** The end of the last image directory of the chain (classic TIFF; 0 for BigTIFF or no TIFF header). */
	static long directoriesEnd(final Path file, final long length) throws IOException {
		if (length < 8) return 8;
		try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
			final ByteBuffer header = read(in, 0, 8, null);
			final ByteOrder order = order(header);
			if (order == null) return 0;
			long ifd = header.order(order).getInt(4) & 0xffffffffL, end = 8;
			final Set<Long> seen = new HashSet<>();
			while (ifd != 0 && seen.size() < MAX_DIRECTORIES && seen.add(ifd)) {
				if (ifd + 2 > length) return ifd + 2;
				final int entries = read(in, ifd, 2, order).getShort(0) & 0xffff;
				final long next = ifd + 2 + 12L * entries;
				end = Math.max(end, next + 4);
				if (next + 4 > length) return next + 4;
				ifd = read(in, next, 4, order).getInt(0) & 0xffffffffL;
			}
			return end;
		}
	}

	/** The end of the pixel data ImageJ reads: strips, and for uncompressed data all its images. */
	static long pixelDataEnd(final Path file) {
		final FileInfo[] infos = directories(file);
		long need = 0;
		if (infos == null) return need; // not decodable at all: the reader reports it
		for (final FileInfo fi : infos) {
			if (fi.stripOffsets != null && fi.stripLengths != null) {
				for (int i = 0; i < Math.min(fi.stripOffsets.length, fi.stripLengths.length); i++)
					need = Math.max(need, (fi.stripOffsets[i] & 0xffffffffL) + (fi.stripLengths[i] & 0xffffffffL));
			}
			final long image = imageBytes(fi);
			if (fi.compression <= FileInfo.COMPRESSION_NONE && image > 0) {
				final long n = Math.max(1, fi.nImages);
				need = Math.max(need, fi.getOffset() + n * image + (n - 1) * Math.max(0, fi.gapBetweenImages));
			}
		}
		return need;
	}

	/** The image directories as ImageJ's decoder reads them, or null when it cannot (call requireSaneDirectories first). */
	static FileInfo[] directories(final Path file) {
		try {
			final File f = file.toAbsolutePath().toFile();
			return new TiffDecoder(f.getParent() + File.separator, f.getName()).getTiffInfo();
		}
		catch (IOException | RuntimeException e) {
			return null;
		}
	}

	/** Bytes of one uncompressed image, or 0 where the type is not known here. */
	private static long imageBytes(final FileInfo fi) {
		final long w = fi.width, h = fi.height;
		if (fi.fileType == FileInfo.BITMAP) return (w + 7) / 8 * h;
		if (fi.fileType == FileInfo.GRAY12_UNSIGNED) return (w * h * 3 + 1) / 2;
		return w * h * fi.getBytesPerPixel();
	}

	private static ByteBuffer read(final RandomAccessFile in, final long at, final int n, final ByteOrder order) throws IOException {
		final byte[] b = new byte[n];
		in.seek(at);
		in.readFully(b);
		final ByteBuffer buffer = ByteBuffer.wrap(b);
		return order == null ? buffer : buffer.order(order);
	}
}
