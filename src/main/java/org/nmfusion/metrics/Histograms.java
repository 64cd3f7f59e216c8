package org.nmfusion.metrics;

import org.nmfusion.util.Parallel;

/**
 * 256-bin histograms, entropies and the reference's grey-level stretches (docs/metrics.md).
 */
final class Histograms {

	static final int BINS = 256;

	private Histograms() {
	}

	/** Bin index of a grey value: floor(v), which must lie in 0..255. */
	static int bin(double v, String what) {
		int k = (int) Math.floor(v);
		if (k < 0 || k > 255) {
			throw new IllegalArgumentException(what + " has grey value " + v
				+ " outside 0..255 (the metrics expect 8-bit images)");
		}
		return k;
	}

	/**
	 * Probabilities p_k = count(value k) / n.
	 *
	 * @throws IllegalArgumentException for the first value (in index order) outside 0..255
	 */
	static double[] probabilities(double[] x, String what) {
		long[] h = new long[BINS];
		int[] firstBad = { x.length };
		Parallel.forChunks(x.length, CHUNK, (start, end) -> {
			long[] local = new long[BINS];
			for (int i = start; i < end; i++) {
				int k = (int) Math.floor(x[i]);
				if (k < 0 || k > 255) {
					synchronized (firstBad) {
						firstBad[0] = Math.min(firstBad[0], i);
					}
					return;
				}
				local[k]++;
			}
			add(h, local);
		});
		if (firstBad[0] < x.length) bin(x[firstBad[0]], what);
		return probabilities(h, x.length);
	}

	/** Joint probabilities of two images given as grey-level bins (see {@link #stretchedBins}). */
	static double[] jointProbabilities(byte[] x, byte[] y) {
		long[] h = new long[BINS * BINS];
		Parallel.forChunks(x.length, CHUNK, (start, end) -> {
			long[] local = new long[BINS * BINS];
			for (int i = start; i < end; i++) {
				local[(x[i] & 0xFF) * BINS + (y[i] & 0xFF)]++;
			}
			add(h, local);
		});
		return probabilities(h, x.length);
	}

	/** Values per parallel chunk. */
	private static final int CHUNK = 1 << 16;

	private static void add(long[] total, long[] part) {
		synchronized (total) {
			for (int k = 0; k < total.length; k++) total[k] += part[k];
		}
	}

	private static double[] probabilities(long[] counts, int n) {
		double[] p = new double[counts.length];
		for (int k = 0; k < p.length; k++) p[k] = counts[k] / (double) n;
		return p;
	}

	/**
	 * Grey levels 0..255 of the min-max stretch {@code rnd((x - lo) / (hi - lo) * 255)}, all 0 for a
	 * constant image: VIFB's stretch in MI, and {@code normalize1} wherever that is defined (the
	 * histogram metrics NMI, TE and Qncie reject a constant non-zero image first).
	 */
	static byte[] stretchedBins(double[] x) {
		double[] range = minMax(x);
		byte[] bins = new byte[x.length];
		if (range[1] == range[0]) return bins;
		double lo = range[0];
		double span = range[1] - range[0];
		boolean bounded = inUnitRange(span);
		Parallel.forChunks(x.length, CHUNK, (start, end) -> {
			if (bounded) {
				for (int i = start; i < end; i++) bins[i] = (byte) MathUtil.roundNonNegative((x[i] - lo) / span * 255.0);
			}
			else {
				for (int i = start; i < end; i++) bins[i] = (byte) MathUtil.round((x[i] - lo) / span * 255.0);
			}
		});
		return bins;
	}

	/** Row sums of a 256x256 joint distribution (marginal of the first image). */
	static double[] rowSums(double[] joint) {
		double[] r = new double[BINS];
		for (int i = 0; i < BINS; i++) {
			double s = 0;
			for (int j = 0; j < BINS; j++) s += joint[i * BINS + j];
			r[i] = s;
		}
		return r;
	}

	/** Column sums of a 256x256 joint distribution (marginal of the second image). */
	static double[] colSums(double[] joint) {
		double[] c = new double[BINS];
		for (int i = 0; i < BINS; i++) {
			for (int j = 0; j < BINS; j++) c[j] += joint[i * BINS + j];
		}
		return c;
	}

	/** Shannon entropy in bits, zero-probability bins contribute 0. */
	static double entropy2(double[] p) {
		double h = 0;
		for (double v : p) {
			if (v > 0) h -= v * MathUtil.log2(v);
		}
		return h;
	}

	/** Shannon entropy in nats. */
	static double entropyE(double[] p) {
		double h = 0;
		for (double v : p) {
			if (v > 0) h -= v * Math.log(v);
		}
		return h;
	}

	/**
	 * Z. Liu's {@code normalize1}: full-range contrast stretch {@code rnd((x-lo)/(hi-lo)*255)}; an
	 * all-zero image is returned unchanged; a constant non-zero image gives NaN everywhere (as in the
	 * reference, which has no guard).
	 */
	static double[] normalize1(double[] x) {
		double[] range = minMax(x);
		if (range[1] == 0 && range[0] == 0) return x.clone();
		return stretch255(x, range[0], range[1]);
	}

	/** VIFB's stretch inside MI: like normalize1 but a constant image becomes all zeros. */
	static double[] stretchMi(double[] x) {
		double[] range = minMax(x);
		return range[1] == range[0] ? new double[x.length] : stretch255(x, range[0], range[1]);
	}

	/** {min, max} of the values. */
	private static double[] minMax(double[] x) {
		double[] range = { Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY };
		Parallel.forChunks(x.length, CHUNK, (start, end) -> {
			double lo = Double.POSITIVE_INFINITY;
			double hi = Double.NEGATIVE_INFINITY;
			for (int i = start; i < end; i++) {
				lo = Math.min(lo, x[i]);
				hi = Math.max(hi, x[i]);
			}
			synchronized (range) {
				range[0] = Math.min(range[0], lo);
				range[1] = Math.max(range[1], hi);
			}
		});
		return range;
	}

	/** rnd((x - lo) / (hi - lo) * 255); NaN everywhere when hi == lo (0/0), as in the reference. */
	private static double[] stretch255(double[] x, double lo, double hi) {
		double[] out = new double[x.length];
		double range = hi - lo;
		boolean bounded = inUnitRange(range);
		Parallel.forChunks(x.length, CHUNK, (start, end) -> {
			if (bounded) {
				for (int i = start; i < end; i++) out[i] = MathUtil.roundNonNegative((x[i] - lo) / range * 255.0);
			}
			else {
				for (int i = start; i < end; i++) out[i] = MathUtil.round((x[i] - lo) / range * 255.0);
			}
		});
		return out;
	}

	/**
	 * Whether every stretched value (x - lo) / span * 255 of an image with minimum lo and span = max - lo
	 * is known to lie in [+0, 255], so that the stretch may round with {@link MathUtil#roundNonNegative}:
	 * so for a finite, positive span (then 0 <= x - lo <= span for every x, rounding being monotonic).
	 */
	private static boolean inUnitRange(double span) {
		return span > 0 && span < Double.POSITIVE_INFINITY;
	}
}
