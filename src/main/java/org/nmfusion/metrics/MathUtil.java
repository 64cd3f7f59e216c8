package org.nmfusion.metrics;

import org.nmfusion.util.Parallel;

/** Small numeric helpers shared by the metrics (package-private). */
final class MathUtil {

	private MathUtil() {
	}

	/** MATLAB/Octave {@code round}: nearest integer, ties away from zero. */
	static double round(double x) {
		double ax = Math.abs(x);
		double t = Math.floor(ax);
		if (ax - t >= 0.5) {
			t += 1.0;
		}
		return Math.copySign(t, x);
	}

	/**
	 * {@link #round} of a finite {@code v} that is +0 or positive, the same value without a branch (a loop
	 * of it vectorises): floor(v) plus floor(2 (v - floor(v))), which is 1 exactly where the fraction is
	 * at least 0.5 (the fraction and its double are exact).
	 */
	static double roundNonNegative(double v) {
		double t = Math.floor(v);
		return t + Math.floor(2 * (v - t));
	}

	static double mean(double[] v) {
		double s = 0;
		for (double x : v) s += x;
		return s / v.length;
	}

	/** Mean over the non-NaN entries (NaN if there are none). */
	static double nanMean(double[] v) {
		double s = 0;
		long n = 0;
		for (double x : v) {
			if (!Double.isNaN(x)) {
				s += x;
				n++;
			}
		}
		return s / n;
	}

	static double sum(double[] v) {
		double s = 0;
		for (double x : v) s += x;
		return s;
	}

	/** MATLAB {@code max(a, b)}: a NaN operand is ignored. */
	static double nanMax(double a, double b) {
		if (Double.isNaN(a)) return b;
		if (Double.isNaN(b)) return a;
		return Math.max(a, b);
	}

	static double[] mul(double[] a, double[] b) {
		double[] r = new double[a.length];
		Parallel.forChunks(r.length, 1 << 16, (start, end) -> {
			for (int i = start; i < end; i++) r[i] = a[i] * b[i];
		});
		return r;
	}

	static double log2(double x) {
		return Math.log(x) / Math.log(2.0);
	}

	private static final java.math.MathContext MC = new java.math.MathContext(60);

	/**
	 * Correctly rounded {@code exp(x)} for |x| <= 700 (Taylor series in 60-digit decimal arithmetic,
	 * argument halved until small, then squared back). Used for the Gaussian windows of the
	 * ill-conditioned metrics, whose reference values depend on the last bit of each window entry: glibc's
	 * {@code exp} (used by Octave) is correctly rounded for these arguments, whereas
	 * {@code StrictMath.exp} (fdlibm) is off by one ulp for some of them and {@code Math.exp} is
	 * platform dependent. Slow; for small tables only.
	 */
	static double expExact(double x) {
		if (!(Math.abs(x) <= 700)) {
			throw new IllegalArgumentException("expExact argument out of range: " + x);
		}
		java.math.BigDecimal r = new java.math.BigDecimal(x);
		int halvings = 0;
		java.math.BigDecimal half = new java.math.BigDecimal("0.5");
		while (r.abs().compareTo(new java.math.BigDecimal("0.01")) > 0) {
			r = r.multiply(half, MC);
			halvings++;
		}
		java.math.BigDecimal term = java.math.BigDecimal.ONE;
		java.math.BigDecimal sum = java.math.BigDecimal.ONE;
		for (int k = 1; k < 40; k++) {
			term = term.multiply(r, MC).divide(java.math.BigDecimal.valueOf(k), MC);
			sum = sum.add(term, MC);
		}
		for (int i = 0; i < halvings; i++) {
			sum = sum.multiply(sum, MC);
		}
		return sum.doubleValue();
	}
}
