package org.nmfusion.fusion.rules;

import org.nmfusion.nmf.Nmf;
import org.nmfusion.nmf.NmfOptions;
import org.nmfusion.nmf.NmfResult;

/**
 * NMF stage 2 (docs/method.md, section 5.4): fusion of the top (low-pass) pyramid levels LA, LB by a rank-1 NMF of
 * V = [vec(LA), vec(LB)] (P x 2), V ~ w h^T; LF = w (h1 + h2) / 2. Negative inputs are shifted by the
 * minimum before the factorization and shifted back after. The rank-1 NMF is solved by HALS from an NNDSVD
 * start (for a non-negative matrix the leading singular pair is already optimal, HALS polishes it).
 */
public final class BaseLevelNmf {

	private BaseLevelNmf() {}

	/** Fused top level of two levels of equal size, row-major (any shape). */
	public static double[] fuse(final double[] la, final double[] lb) {
		if (la == null || lb == null) throw new IllegalArgumentException("base level is null");
		if (la.length != lb.length) throw new IllegalArgumentException("base levels differ in size: " + la.length + " vs " + lb.length);
		if (la.length == 0) throw new IllegalArgumentException("base level is empty");
		final int p = la.length;
		double min = Double.POSITIVE_INFINITY;
		for (int t = 0; t < p; t++) {
			if (!Double.isFinite(la[t]) || !Double.isFinite(lb[t]))
				throw new IllegalArgumentException("base level has a NaN or infinite value at index " + t);
			min = Math.min(min, Math.min(la[t], lb[t]));
		}
		final double shift = Math.min(0, min);
		final float[] v = new float[2 * p];
		for (int t = 0; t < p; t++) {
			v[2 * t] = (float) (la[t] - shift);
			v[2 * t + 1] = (float) (lb[t] - shift);
		}
		final NmfResult r = Nmf.factorize(v, p, 2, NmfOptions.builder(1).solver(NmfOptions.Solver.HALS).init(NmfOptions.Init.NNDSVD)
			.maxIterations(50).tolerance(1e-10).threads(1).build());
		final double hMean = 0.5 * ((double) r.h(0, 0) + r.h(0, 1));
		final double[] out = new double[p];
		for (int t = 0; t < p; t++)
			out[t] = r.w(t, 0) * hMean + shift;
		return out;
	}

	/** Float version of {@link #fuse(double[], double[])}. */
	public static float[] fuse(final float[] la, final float[] lb) {
		if (la == null || lb == null) throw new IllegalArgumentException("base level is null");
		final double[] a = new double[la.length], b = new double[lb.length];
		for (int t = 0; t < a.length; t++)
			a[t] = la[t];
		for (int t = 0; t < b.length; t++)
			b[t] = lb[t];
		final double[] f = fuse(a, b);
		final float[] out = new float[f.length];
		for (int t = 0; t < f.length; t++)
			out[t] = (float) f[t];
		return out;
	}
}
