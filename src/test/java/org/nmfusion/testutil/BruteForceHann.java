package org.nmfusion.testutil;

/**
 * Independent reference for the Hann-mean filter (docs/method.md, section 3), written from the formula only: the full 2-D kernel
 * K(i,j) = h(i) h(j) / (sum h)^2 applied by direct 2-D summation in double precision, with the
 * mirror border found by repeated reflection.
 */
public final class BruteForceHann {

	private BruteForceHann() {}

	public static double[][] kernel2D(int r) {
		final int n = 2 * r + 1;
		final double[] h = new double[n];
		double s = 0;
		for (int i = 0; i < n; i++) {
			h[i] = 0.5 * (1 - Math.cos(2 * Math.PI * (i + 1) / (n + 1)));
			s += h[i];
		}
		final double[][] k = new double[n][n];
		for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) k[i][j] = h[i] * h[j] / (s * s);
		return k;
	}

	/** Reflects i into [0, n) without repeating the edge pixel, one reflection at a time. */
	public static int reflect(int i, int n) {
		if (n == 1) return 0;
		while (i < 0 || i >= n) {
			if (i < 0) i = -i;
			if (i >= n) i = 2 * (n - 1) - i;
		}
		return i;
	}

	/** Plain (threshold NaN) or background-aware (normalised convolution) Hann mean. */
	public static double[] filter(float[] x, int w, int h, int r, double threshold) {
		final double[][] k = kernel2D(r);
		final double[] out = new double[w * h];
		for (int y = 0; y < h; y++) {
			for (int xx = 0; xx < w; xx++) {
				double num = 0, den = 0;
				for (int dy = -r; dy <= r; dy++) {
					for (int dx = -r; dx <= r; dx++) {
						final double v = x[reflect(y + dy, h) * w + reflect(xx + dx, w)];
						final double m = Double.isNaN(threshold) || v > threshold ? 1 : 0;
						num += k[dy + r][dx + r] * m * v;
						den += k[dy + r][dx + r] * m;
					}
				}
				out[y * w + xx] = Double.isNaN(threshold) ? num : den > 0 ? num / den : x[y * w + xx];
			}
		}
		return out;
	}
}
