package org.nmfusion.nmf;

import java.util.Random;
import java.util.SplittableRandom;

import org.nmfusion.util.SymmetricEigen;

/**
 * Leading singular triplets of a non-negative m x n matrix V (m &lt;= n) by randomized subspace iteration
 * (Halko, Martinsson and Tropp 2011, as scikit-learn's randomized_svd: k + 10 probe vectors, 7 power
 * iterations when k &lt; 0.1 m, else 4), followed by the exact eigen-decomposition of the small
 * (k+10) x (k+10) matrix B B^T, B = Q^T V. Costs about 2 (q + 1) products of V with m x (k+10) and
 * (k+10) x n matrices.
 */
final class RandomizedSvd {

	/** Jacobi sweeps stop at a squared off-diagonal norm of 1e-30 times the squared diagonal norm. */
	private static final double JACOBI_TOLERANCE = 1e-30;

	final double[] s; // k singular values, descending
	final double[] u; // m x k, column j = left vector j
	final float[][] vtRows; // k x n, row j = right vector j

	private RandomizedSvd(final double[] s, final double[] u, final float[][] vtRows) {
		this.s = s;
		this.u = u;
		this.vtRows = vtRows;
	}

	static RandomizedSvd compute(final NmfProblem p, final int k, final long seed) {
		final int m = p.m, n = p.n;
		final MatrixOps ops = p.ops;
		final int l = Math.min(m, k + 10);
		final int q = k < 0.1 * m ? 7 : 4;
		// Gaussian probe rows, each from its own generator seeded from {@code seed}: parallel and deterministic
		final Random rnd = new Random(seed);
		final long[] rowSeeds = new long[l];
		for (int r = 0; r < l; r++)
			rowSeeds[r] = rnd.nextLong();
		final float[][] omega = new float[l][n];
		ops.workers().forEach(l, r -> gaussians(new SplittableRandom(rowSeeds[r]), omega[r]));
		double[] y = ops.vht(p.v, p.vt, omega, m, n, l); // m x l
		orthonormalizeColumns(y, m, l);
		for (int it = 0; it < q; it++) {
			final float[][] z = ops.wtv(toFloat(y), p.v, m, n, l); // l x n = Q^T V
			y = ops.vht(p.v, p.vt, z, m, n, l);
			orthonormalizeColumns(y, m, l);
		}
		final float[][] b = ops.wtv(toFloat(y), p.v, m, n, l); // l x n
		final double[] bbt = ops.gramRows(b, l, n);
		final SymmetricEigen eig = new SymmetricEigen(bbt, l, JACOBI_TOLERANCE);
		final double[] values = eig.values(), vectors = eig.vectors();
		final double[] s = new double[k];
		final double[] u = new double[m * k];
		final float[][] vt = new float[k][n];
		for (int j = 0; j < k; j++) {
			final double lambda = Math.max(0, values[j]);
			s[j] = Math.sqrt(lambda);
			for (int i = 0; i < m; i++) {
				double acc = 0;
				for (int r = 0; r < l; r++)
					acc += y[i * l + r] * vectors[r * l + j];
				u[i * k + j] = acc;
			}
			if (s[j] > 0) {
				for (int r = 0; r < l; r++) {
					final float a = (float) (vectors[r * l + j] / s[j]);
					if (a != 0) MatrixOps.axpy(a, b[r], vt[j], 0, n);
				}
			}
		}
		return new RandomizedSvd(s, u, vt);
	}

	/** Standard normal values (Box-Muller) into a. */
	static void gaussians(final SplittableRandom rnd, final float[] a) {
		for (int t = 0; t < a.length; t += 2) {
			final double u = 1 - rnd.nextDouble(), v = rnd.nextDouble();
			final double rad = Math.sqrt(-2 * Math.log(u)), ang = 2 * Math.PI * v;
			a[t] = (float) (rad * Math.cos(ang));
			if (t + 1 < a.length) a[t + 1] = (float) (rad * Math.sin(ang));
		}
	}

	/** Modified Gram-Schmidt (twice) on the columns of an m x l matrix; dependent columns become 0. */
	static void orthonormalizeColumns(final double[] a, final int m, final int l) {
		double maxNorm = 0;
		for (int j = 0; j < l; j++)
			maxNorm = Math.max(maxNorm, Math.sqrt(colDot(a, m, l, j, j)));
		final double drop = maxNorm * 1e-6;
		for (int j = 0; j < l; j++) {
			for (int pass = 0; pass < 2; pass++)
				for (int r = 0; r < j; r++) {
					final double d = colDot(a, m, l, j, r);
					for (int i = 0; i < m; i++)
						a[i * l + j] -= d * a[i * l + r];
				}
			final double norm = Math.sqrt(colDot(a, m, l, j, j));
			final double scale = norm > drop && norm > 0 ? 1 / norm : 0;
			for (int i = 0; i < m; i++)
				a[i * l + j] *= scale;
		}
	}

	private static double colDot(final double[] a, final int m, final int l, final int x, final int y) {
		double s = 0;
		for (int i = 0; i < m; i++)
			s += a[i * l + x] * a[i * l + y];
		return s;
	}

	private static float[] toFloat(final double[] a) {
		return MultiplicativeUpdate.toFloat(a);
	}
}
