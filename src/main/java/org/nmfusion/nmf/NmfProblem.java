package org.nmfusion.nmf;

/**
 * Internal state shared by the solvers: V (m x n, rows), optionally V^T (n x m, rows), ||V||_F^2, the rank and the
 * products.
 */
final class NmfProblem {

	/** Denominator guard, float32 machine epsilon as in scikit-learn. */
	static final float EPS = 1.1920929e-7f;
	/** Smallest denominator of the Frobenius multiplicative update (only guards 0 / 0). */
	static final float TINY = Float.MIN_NORMAL;

	final float[][] v;
	final float[][] vt;
	final int m, n, k;
	final double normSq;
	final MatrixOps ops;

	NmfProblem(final float[][] v, final float[][] vt, final int m, final int n, final int k, final double normSq, final MatrixOps ops) {
		this.v = v;
		this.vt = vt;
		this.m = m;
		this.n = n;
		this.k = k;
		this.normSq = normSq;
		this.ops = ops;
	}

	/** Frobenius loss 0.5 ||V - WH||^2 from the trace identity ||V||^2 - 2 <H, W^T V> + <W^T W, H H^T>. */
	double traceLoss(final double cross, final double[] wtw, final double[] hht) {
		double s = 0;
		for (int t = 0; t < k * k; t++)
			s += wtw[t] * hht[t];
		return Math.max(0, 0.5 * (normSq - 2 * cross + s));
	}
}
