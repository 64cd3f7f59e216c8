package org.nmfusion.fuzz;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;

/**
 * The three mutation kinds of the reader fuzzing: bit flips (1 to 8, half of them in the first 512 bytes where
 * the headers are), truncation at a structural boundary of the format ({@link FileStructure}, +-1 byte), and an
 * absurd value in a header field (0, 1, all ones, the sign bit, the file length...; a PNG chunk's CRC is
 * recomputed half of the time so the value gets past the CRC check).
 */
final class Mutations {

	static final List<String> KINDS = List.of("bitflip", "truncate", "header");

	private static final long[] ABSURD = { 0, 1, 2, 3, 7, 8, 16, 255, 0x7f, 0x80, 0xffff, 0x7fff, 0x8000, 0x10000, 0x7fffffffL, 0x80000000L,
		0xffffffffL, 100_000 };

	/** A mutated copy of the seed and a short description of what was done. */
	static final class Mutant {
		final byte[] bytes;
		final String what;

		Mutant(final byte[] bytes, final String what) {
			this.bytes = bytes;
			this.what = what;
		}
	}

	private Mutations() {}

	static Mutant apply(final String kind, final String format, final byte[] seed, final Random rnd) {
		switch (kind) {
			case "bitflip":
				return bitFlips(seed, rnd);
			case "truncate":
				return truncate(format, seed, rnd);
			case "header":
				return header(format, seed, rnd);
			default:
				throw new IllegalArgumentException("unknown mutation " + kind);
		}
	}

	private static Mutant bitFlips(final byte[] seed, final Random rnd) {
		final byte[] b = seed.clone();
		final int n = 1 + rnd.nextInt(8);
		final StringBuilder what = new StringBuilder(n + " bit flip(s) at");
		for (int i = 0; i < n; i++) {
			final int at = rnd.nextBoolean() ? rnd.nextInt(Math.min(512, b.length)) : rnd.nextInt(b.length);
			b[at] ^= 1 << rnd.nextInt(8);
			what.append(' ').append(at);
		}
		return new Mutant(b, what.toString());
	}

	private static Mutant truncate(final String format, final byte[] seed, final Random rnd) {
		final List<Integer> at = FileStructure.of(format, seed).boundaries;
		final int cut = Math.max(1, Math.min(seed.length - 1, at.get(rnd.nextInt(at.size())) + rnd.nextInt(3) - 1));
		return new Mutant(Arrays.copyOf(seed, cut), "cut at " + cut + " of " + seed.length);
	}

	private static Mutant header(final String format, final byte[] seed, final Random rnd) {
		final List<FileStructure.Field> fields = FileStructure.of(format, seed).fields;
		if (fields.isEmpty()) return bitFlips(seed, rnd);
		final FileStructure.Field f = fields.get(rnd.nextInt(fields.size()));
		final long value = rnd.nextInt(8) == 0 ? seed.length : ABSURD[rnd.nextInt(ABSURD.length)];
		final byte[] b = seed.clone();
		for (int i = 0; i < f.size && f.offset + i < b.length; i++) {
			final int shift = 8 * (f.bigEndian ? f.size - 1 - i : i);
			b[f.offset + i] = (byte) (value >>> shift);
		}
		final boolean fixCrc = f.pngChunk >= 0 && rnd.nextBoolean();
		if (fixCrc) fixPngCrc(b, f.pngChunk);
		return new Mutant(b, f.name + " = " + value + (fixCrc ? " (CRC fixed)" : ""));
	}

	private static void fixPngCrc(final byte[] b, final int chunk) {
		final int length = (b[chunk] & 0xff) << 24 | (b[chunk + 1] & 0xff) << 16 | (b[chunk + 2] & 0xff) << 8 | b[chunk + 3] & 0xff;
		if (length < 0 || chunk + 12L + length > b.length) return;
		final CRC32 crc = new CRC32();
		crc.update(b, chunk + 4, 4 + length);
		final long v = crc.getValue();
		final int at = chunk + 8 + length;
		for (int i = 0; i < 4; i++)
			b[at + i] = (byte) (v >>> 8 * (3 - i));
	}
}
