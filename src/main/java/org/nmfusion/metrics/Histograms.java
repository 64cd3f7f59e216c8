package org.nmfusion.metrics;

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

	/** Probabilities p_k = count(value k) / n. */
	static double[] probabilities(double[] x, String what) {
		long[] h = new long[BINS];
		for (double v : x) h[bin(v, what)]++;
		double[] p = new double[BINS];
		for (int k = 0; k < BINS; k++) p[k] = h[k] / (double) x.length;
		return p;
	}

	/** Joint probability P[i * 256 + j], first image -> row i, second -> column j. */
	static double[] jointProbabilities(double[] x, double[] y, String what) {
		long[] h = new long[BINS * BINS];
		for (int i = 0; i < x.length; i++) {
			h[bin(x[i], what) * BINS + bin(y[i], what)]++;
		}
		double[] p = new double[BINS * BINS];
		for (int k = 0; k < p.length; k++) p[k] = h[k] / (double) x.length;
		return p;
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

	/** normalize1 for the histogram metrics: a constant non-zero image is rejected. */
	static double[] normalize1Checked(double[] x, String metric, String which) {
		double[] n = normalize1(x);
		if (n.length > 0 && Double.isNaN(n[0])) {
			throw new IllegalArgumentException(metric + ": image " + which
					+ " is constant and non-zero; the reference normalisation (normalize1) is undefined");
		}
		return n;
	}

	/** VIFB's stretch inside MI: like normalize1 but a constant image becomes all zeros. */
	static double[] stretchMi(double[] x) {
		double[] range = minMax(x);
		return range[1] == range[0] ? new double[x.length] : stretch255(x, range[0], range[1]);
	}

	/** {min, max} of the values. */
	private static double[] minMax(double[] x) {
		double lo = Double.POSITIVE_INFINITY;
		double hi = Double.NEGATIVE_INFINITY;
		for (double v : x) {
			lo = Math.min(lo, v);
			hi = Math.max(hi, v);
		}
		return new double[] {lo, hi};
	}

	/** rnd((x - lo) / (hi - lo) * 255); NaN everywhere when hi == lo (0/0), as in the reference. */
	private static double[] stretch255(double[] x, double lo, double hi) {
		double[] out = new double[x.length];
		double range = hi - lo;
		for (int i = 0; i < x.length; i++) {
			out[i] = MathUtil.round((x[i] - lo) / range * 255.0);
		}
		return out;
	}
}
