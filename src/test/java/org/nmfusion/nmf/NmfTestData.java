package org.nmfusion.nmf;

import java.util.SplittableRandom;

/** Random non-negative test matrices. */
public final class NmfTestData {

	private NmfTestData() {}

	public static float[] uniform(final int len, final double lo, final double hi, final long seed) {
		final SplittableRandom r = new SplittableRandom(seed);
		final float[] a = new float[len];
		for (int t = 0; t < len; t++)
			a[t] = (float) (lo + (hi - lo) * r.nextDouble());
		return a;
	}

	/** W0 H0 (m x n) for W0 (m x k) and H0 (k x n) uniform in [lo, 1), plus uniform noise in [0, noise). */
	static float[] planted(final int m, final int n, final int k, final double lo, final double noise, final long seed) {
		final float[] w = uniform(m * k, lo, 1, seed);
		final float[] h = uniform(k * n, lo, 1, seed + 1);
		final float[] e = uniform(m * n, 0, noise, seed + 2);
		return product(w, h, m, n, k, e);
	}

	/** Exactly W0 H0 with W0, H0 uniform in [0.2, 1), sparse with nearly disjoint supports (see below). */
	static float[] plantedSparse(final int m, final int n, final int k, final double zeros, final long seed) {
		final float[] w = uniform(m * k, 0.2, 1, seed);
		final float[] h = uniform(k * n, 0.2, 1, seed + 1);
		final SplittableRandom r = new SplittableRandom(seed + 2);
		// component i % k (resp. x % k) is always present, the others are dropped with probability zeros:
		// nearly disjoint supports keep W0^T W0 and H0 H0^T well conditioned
		for (int i = 0; i < m; i++)
			for (int j = 0; j < k; j++)
				if (j != i % k && r.nextDouble() < zeros) w[i * k + j] = 0;
		for (int j = 0; j < k; j++)
			for (int x = 0; x < n; x++)
				if (j != x % k && r.nextDouble() < zeros) h[j * n + x] = 0;
		return product(w, h, m, n, k, new float[m * n]);
	}

	static double relativeError(final float[] v, final float[] wh) {
		double num = 0, den = 0;
		for (int t = 0; t < v.length; t++) {
			final double d = (double) v[t] - wh[t];
			num += d * d;
			den += (double) v[t] * v[t];
		}
		return Math.sqrt(num / den);
	}

	/** W H + E for row-major W (m x k), H (k x n), E (m x n), products summed in double. */
	private static float[] product(final float[] w, final float[] h, final int m, final int n, final int k, final float[] e) {
		final float[] v = new float[m * n];
		for (int i = 0; i < m; i++)
			for (int x = 0; x < n; x++) {
				double s = 0;
				for (int j = 0; j < k; j++)
					s += (double) w[i * k + j] * h[j * n + x];
				v[i * n + x] = (float) (s + e[i * n + x]);
			}
		return v;
	}
}
