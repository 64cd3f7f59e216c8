package org.nmfusion.fusion.rules;

import java.util.function.IntToDoubleFunction;

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
		final Factors f = factor(la.length, lb.length, t -> la[t], t -> lb[t]);
		final double[] out = new double[la.length];
		for (int t = 0; t < out.length; t++)
			out[t] = f.value(t);
		return out;
	}

	/** Float version of {@link #fuse(double[], double[])}, with the same values and no double copies of the levels. */
	public static float[] fuse(final float[] la, final float[] lb) {
		if (la == null || lb == null) throw new IllegalArgumentException("base level is null");
		final Factors f = factor(la.length, lb.length, t -> la[t], t -> lb[t]);
		final float[] out = new float[la.length];
		for (int t = 0; t < out.length; t++)
			out[t] = (float) f.value(t);
		return out;
	}

	/** The rank-1 factorization of the shifted V = [vec(LA), vec(LB)], P x 2. */
	private static Factors factor(final int p, final int pb, final IntToDoubleFunction la, final IntToDoubleFunction lb) {
		if (p != pb) throw new IllegalArgumentException("base levels differ in size: " + p + " vs " + pb);
		if (p == 0) throw new IllegalArgumentException("base level is empty");
		double min = Double.POSITIVE_INFINITY;
		for (int t = 0; t < p; t++) {
			final double a = la.applyAsDouble(t), b = lb.applyAsDouble(t);
			if (!Double.isFinite(a) || !Double.isFinite(b))
				throw new IllegalArgumentException("base level has a NaN or infinite value at index " + t);
			min = Math.min(min, Math.min(a, b));
		}
		final double shift = Math.min(0, min);
		final float[] v = new float[2 * p];
		for (int t = 0; t < p; t++) {
			v[2 * t] = (float) (la.applyAsDouble(t) - shift);
			v[2 * t + 1] = (float) (lb.applyAsDouble(t) - shift);
		}
		final NmfResult r = Nmf.factorize(v, p, 2, NmfOptions.builder(1).solver(NmfOptions.Solver.HALS).init(NmfOptions.Init.NNDSVD)
			.maxIterations(50).tolerance(1e-10).threads(1).build());
		return new Factors(r, shift);
	}

	/** w, h of the rank-1 factorization and the shift: LF(t) = w(t) (h1 + h2) / 2 + shift. */
	private static final class Factors {
		private final NmfResult r;
		private final double shift, hMean;

		Factors(final NmfResult r, final double shift) {
			this.r = r;
			this.shift = shift;
			hMean = 0.5 * ((double) r.h(0, 0) + r.h(0, 1));
		}

		double value(final int t) {
			return r.w(t, 0) * hMean + shift;
		}
	}
}
