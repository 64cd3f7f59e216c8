package org.nmfusion.nmf;

import java.util.Random;

/**
 * Initial W (m x k) and H (k x n) for NMF, with scikit-learn's definitions: NNDSVD (C. Boutsidis and
 * E. Gallopoulos, "SVD based initialization: A head start for nonnegative matrix factorization", Pattern
 * Recognition 41, 2008) from the k leading singular triplets (randomized SVD) with entries below 1e-6
 * set to 0; NNDSVDa, the same with zeros replaced by mean(V); random, sqrt(mean(V) / k) |N(0,1)| with
 * H drawn before W from {@code java.util.Random(seed)}.
 */
public final class NmfInit {

	private static final float ZERO_BELOW = 1e-6f;

	private NmfInit() {}

	/**
	 * Returns {W (m x k), H (k x n)}, flat row-major, for V (m x n, flat row-major, validated as in
	 * {@link Nmf#factorize(float[], int, int, NmfOptions)}).
	 */
	public static float[][] initialize(final float[] v, final int m, final int n, final NmfOptions o) {
		Nmf.validate(v, m, n, o);
		try (MatrixOps ops = new MatrixOps(o.threads())) {
			final NmfProblem p = Nmf.problem(v, m, n, o.rank(), ops);
			final Factors f = initialize(p, o, m > n);
			return Nmf.userFactors(f, m, n, o.rank());
		}
	}

	/** W (internal m x k, flat) and H (internal k x n, rows). */
	static final class Factors {
		final float[] w;
		final float[][] h;

		Factors(final float[] w, final float[][] h) {
			this.w = w;
			this.h = h;
		}
	}

	/** Initial factors of the internal problem; random init is drawn in the caller's orientation. */
	static Factors initialize(final NmfProblem p, final NmfOptions o, final boolean transposed) {
		switch (o.init()) {
			case RANDOM:
				return random(p, o.seed(), transposed);
			case NNDSVD:
				return nndsvd(p, o.seed(), false);
			case NNDSVDA:
				return nndsvd(p, o.seed(), true);
			default:
				throw new IllegalArgumentException("unknown init " + o.init());
		}
	}

	static double mean(final NmfProblem p) {
		double s = 0;
		for (final float[] row : p.v)
			for (final float x : row)
				s += x;
		return s / ((double) p.m * p.n);
	}

	static Factors random(final NmfProblem p, final long seed, final boolean transposed) {
		final int k = p.k;
		// caller's orientation: rows x cols
		final int rows = transposed ? p.n : p.m, cols = transposed ? p.m : p.n;
		final double avg = Math.sqrt(mean(p) / k);
		final Random rnd = new Random(seed);
		final float[] h = new float[k * cols];
		for (int t = 0; t < h.length; t++)
			h[t] = (float) (avg * Math.abs(rnd.nextGaussian()));
		final float[] w = new float[rows * k];
		for (int t = 0; t < w.length; t++)
			w[t] = (float) (avg * Math.abs(rnd.nextGaussian()));
		if (!transposed) return new Factors(w, MatrixOps.toRows(h, k, cols));
		// internal W = H^T (cols x k), internal H = W^T (k x rows)
		return new Factors(p.ops.transpose(h, k, cols), MatrixOps.toRows(p.ops.transpose(w, rows, k), k, rows));
	}

	static Factors nndsvd(final NmfProblem p, final long seed, final boolean fillWithMean) {
		final int m = p.m, n = p.n, k = p.k;
		final RandomizedSvd svd = RandomizedSvd.compute(p, k, seed);
		final float[] w = new float[m * k];
		final float[][] h = new float[k][n];
		// first component: |u1|, |v1| (the Perron vectors, sign-free)
		final double s0 = Math.sqrt(svd.s[0]);
		for (int i = 0; i < m; i++)
			w[i * k] = (float) (s0 * Math.abs(svd.u[i * k]));
		for (int x = 0; x < n; x++)
			h[0][x] = (float) (s0 * Math.abs(svd.vtRows[0][x]));
		for (int j = 1; j < k; j++) {
			double xp = 0, xn = 0, yp = 0, yn = 0;
			for (int i = 0; i < m; i++) {
				final double a = svd.u[i * k + j];
				if (a > 0) xp += a * a;
				else xn += a * a;
			}
			for (int x = 0; x < n; x++) {
				final double a = svd.vtRows[j][x];
				if (a > 0) yp += a * a;
				else yn += a * a;
			}
			xp = Math.sqrt(xp);
			xn = Math.sqrt(xn);
			yp = Math.sqrt(yp);
			yn = Math.sqrt(yn);
			final double mp = xp * yp, mn = xn * yn;
			final boolean positive = mp > mn;
			final double sigma = positive ? mp : mn;
			final double xNorm = positive ? xp : xn, yNorm = positive ? yp : yn;
			if (sigma <= 0 || svd.s[j] <= 0) continue;
			final double lbd = Math.sqrt(svd.s[j] * sigma);
			for (int i = 0; i < m; i++) {
				final double a = svd.u[i * k + j];
				final double part = positive ? Math.max(a, 0) : Math.max(-a, 0);
				w[i * k + j] = (float) (lbd * part / xNorm);
			}
			for (int x = 0; x < n; x++) {
				final double a = svd.vtRows[j][x];
				final double part = positive ? Math.max(a, 0) : Math.max(-a, 0);
				h[j][x] = (float) (lbd * part / yNorm);
			}
		}
		final float fill = fillWithMean ? (float) mean(p) : 0f;
		for (int t = 0; t < w.length; t++)
			if (w[t] < ZERO_BELOW) w[t] = fill;
		for (final float[] row : h)
			for (int t = 0; t < n; t++)
				if (row[t] < ZERO_BELOW) row[t] = fill;
		return new Factors(w, h);
	}
}
