package org.nmfusion.metrics;

import java.util.Arrays;

import org.nmfusion.util.Parallel;

/**
 * Exact median (mean of the two middle values for an even count) by a radix selection: one pass
 * counts the values per 16 leading bits of their sortable bit pattern, a second pass collects the
 * values of the bin(s) holding the middle ranks, which are then sorted. No copy of all values is made.
 */
final class Median {

	private static final int BITS = 16;

	/** Fills {@code out} with the values of row i. */
	private interface Rows {
		void row(int i, double[] out);
	}

	private Median() {
	}

	/** Median of the values (not modified); NaN for none. */
	static double of(double[] v) {
		int w = Math.min(v.length, 4096);
		int h = (v.length + w - 1) / Math.max(1, w);
		return select(h, w, v.length, (i, out) -> {
			int n = Math.min(w, v.length - i * w);
			System.arraycopy(v, i * w, out, 0, n);
			Arrays.fill(out, n, w, Double.NaN); // padding: skipped
		});
	}

	/** Median of {@code (re * scale)^2 + (im * scale)^2} over a complex plane stored as rows. */
	static double ofSquaredModulus(double[][] re, double[][] im, double scale) {
		int w = re[0].length;
		return select(re.length, w, (long) w * re.length, (i, out) -> {
			double[] r = re[i];
			double[] m = im[i];
			for (int j = 0; j < w; j++) {
				double x = r[j] * scale;
				double y = m[j] * scale;
				out[j] = x * x + y * y;
			}
		});
	}

	private static double select(int rows, int w, long n, Rows values) {
		if (n == 0) return Double.NaN;
		int[] counts = new int[1 << BITS];
		Parallel.forChunks(rows, 16, (start, end) -> {
			int[] local = new int[1 << BITS];
			double[] buf = new double[w];
			for (int i = start; i < end; i++) {
				values.row(i, buf);
				for (double x : buf) {
					if (x == x) local[bin(x)]++;
				}
			}
			synchronized (counts) {
				for (int b = 0; b < local.length; b++) counts[b] += local[b];
			}
		});
		long hiRank = n / 2;
		long loRank = n % 2 == 1 ? hiRank : hiRank - 1;
		int loBin = binOfRank(counts, loRank);
		int hiBin = binOfRank(counts, hiRank);
		long before = 0;
		for (int b = 0; b < loBin; b++) before += counts[b];
		long size = 0;
		for (int b = loBin; b <= hiBin; b++) size += counts[b];
		double[] middle = new double[(int) size];
		double[] buf = new double[w];
		int k = 0;
		for (int i = 0; i < rows; i++) {
			values.row(i, buf);
			for (double x : buf) {
				if (x == x) {
					int b = bin(x);
					if (b >= loBin && b <= hiBin) middle[k++] = x;
				}
			}
		}
		Arrays.sort(middle);
		double lo = middle[(int) (loRank - before)];
		double hi = middle[(int) (hiRank - before)];
		return loRank == hiRank ? hi : (lo + hi) / 2;
	}

	private static int binOfRank(int[] counts, long rank) {
		long seen = 0;
		for (int b = 0; b < counts.length; b++) {
			seen += counts[b];
			if (seen > rank) return b;
		}
		throw new IllegalStateException("rank " + rank + " beyond " + seen + " values");
	}

	/** Leading bits of the bit pattern reordered so that unsigned bin order is numeric order. */
	private static int bin(double x) {
		long b = Double.doubleToRawLongBits(x);
		b ^= (b >> 63) & 0x7FFFFFFFFFFFFFFFL;
		return (int) ((b >>> (64 - BITS)) ^ (1 << (BITS - 1)));
	}
}
