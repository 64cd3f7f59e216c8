package org.nmfusion.filter;

import org.nmfusion.util.BadParameterException;
/**
 * The 1-D Hann window of docs/method.md, section 3: h(n) = 0.5 (1 - cos(2 pi (n+1) / (N+1))), n = 0..N-1,
 * N = 2r + 1 (no zero end taps), normalised to sum 1. The 2-D kernel is K(i, j) = h(i) h(j),
 * which then also sums to 1.
 */
public final class HannKernel {

	private HannKernel() {}

	/** The normalised 1-D weights, length 2r + 1, in double precision. */
	public static double[] weights(int radius) {
		if (radius < 1) throw new BadParameterException("radius must be >= 1 pixel, got " + radius);
		final int n = 2 * radius + 1;
		final double[] h = new double[n];
		double sum = 0;
		for (int i = 0; i < n; i++) {
			h[i] = 0.5 * (1 - Math.cos(2 * Math.PI * (i + 1) / (n + 1)));
			sum += h[i];
		}
		for (int i = 0; i < n; i++) h[i] /= sum;
		return h;
	}

	/** The normalised 1-D weights as floats. */
	public static float[] floatWeights(int radius) {
		final double[] d = weights(radius);
		final float[] f = new float[d.length];
		for (int i = 0; i < d.length; i++) f[i] = (float) d[i];
		return f;
	}

	/** Standard deviation (pixels) of the normalised 1-D window, for comparison with a Gaussian. */
	public static double sigma(int radius) {
		final double[] h = weights(radius);
		double var = 0;
		for (int i = 0; i < h.length; i++) var += h[i] * (i - radius) * (double) (i - radius);
		return Math.sqrt(var);
	}
}
