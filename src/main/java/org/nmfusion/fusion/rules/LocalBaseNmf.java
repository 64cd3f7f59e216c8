package org.nmfusion.fusion.rules;

import org.nmfusion.util.PlaneChecks;

/**
 * NMF stage 2 in local windows (docs/method.md, section 5.4): the base (low-pass) pyramid levels LA, LB are fused
 * by a rank-1 NMF of V = [vec(LA), vec(LB)] restricted to the (2r + 1) x (2r + 1) window around each pixel, so
 * the base weights follow local content instead of one global pair of loadings (the global form,
 * {@link BaseLevelNmf}, averages bright and dark structures alike).
 *
 * <p>For a non-negative P x 2 matrix the rank-1 NMF V ~ w h^T is given in closed form by the Perron vector of
 * the 2 x 2 Gram matrix V^T V = [[saa, sab], [sab, sbb]] (the leading singular pair, non-negative by the
 * Perron-Frobenius theorem), so each window costs its three windowed sums. The loadings h = (ha, hb) say how
 * much each source carries in the window; the weight of A is ha^p / (ha^p + hb^p), with the sharpness p
 * (p = 1: proportional to the loadings; large p: the source of larger loading). LF = wA LA + (1 - wA) LB.
 * Negative inputs are shifted by the level's minimum before the factorization. Windows are clipped at the
 * border.
 */
public final class LocalBaseNmf {

	private LocalBaseNmf() {}

	/**
	 * Fuses two detail levels by the local NMF of their magnitudes |LA|, |LB| (the same weights as on the base
	 * level, from the activity of each source around the pixel) into {@code out}, a different array from the inputs.
	 */
	public static void applyToDetail(final float[] la, final float[] lb, final float[] prior, final int width, final int height,
		final int radius, final double power, final float[] out)
	{
		blend(la, lb, prior, width, height, radius, power, true, out);
	}

	/** w <- g w / (g w + (1 - g)(1 - w)): the NMF weights as evidence on the prior weights g (e.g. the CNN map). */
	static void withPrior(final float[] w, final float[] g) {
		for (int i = 0; i < w.length; i++) {
			final double a = (double) g[i] * w[i], b = (1.0 - g[i]) * (1.0 - w[i]);
			w[i] = a + b > 0 ? (float) (a / (a + b)) : 0.5f;
		}
	}

	/**
	 * Fuses two base levels of width x height into {@code out} (a different array from the inputs).
	 *
	 * @param radius window radius r >= 0 (window 2r + 1)
	 * @param power sharpness p > 0 of the weights
	 */
	public static void apply(final float[] la, final float[] lb, final float[] prior, final int width, final int height,
		final int radius, final double power, final float[] out)
	{
		blend(la, lb, prior, width, height, radius, power, false, out);
	}

	private static void blend(final float[] la, final float[] lb, final float[] prior, final int width, final int height, final int radius,
		final double power, final boolean magnitudes, final float[] out)
	{
		final float[] wa = weights(la, lb, width, height, radius, power, magnitudes);
		if (prior != null) withPrior(wa, prior);
		WeightedRule.apply(la, lb, wa, width, height, out);
	}

	/**
	 * The weight of A per pixel, in [0, 1] (0.5 where both windows are zero), from the values (shifted by the minimum
	 * when negative) or, with {@code magnitudes}, from their absolute values.
	 */
	public static float[] weights(final float[] la, final float[] lb, final int width, final int height, final int radius,
		final double power, final boolean magnitudes)
	{
		PlaneChecks.requirePlane(la, width, height, "base level of A");
		PlaneChecks.requirePlane(lb, width, height, "base level of B");
		if (radius < 0) throw new IllegalArgumentException("window radius must be >= 0, got " + radius);
		if (!(power > 0)) throw new IllegalArgumentException("power must be > 0, got " + power);
		double min = 0;
		if (!magnitudes) {
			for (int i = 0; i < la.length; i++)
				min = Math.min(min, Math.min(la[i], lb[i]));
		}
		final int n = la.length;
		final double[] aa = new double[n], bb = new double[n], ab = new double[n];
		for (int i = 0; i < n; i++) {
			final double a = magnitudes ? Math.abs(la[i]) : la[i] - min, b = magnitudes ? Math.abs(lb[i]) : lb[i] - min;
			aa[i] = a * a;
			bb[i] = b * b;
			ab[i] = a * b;
		}
		final double[] saa = WindowSums.box(aa, width, height, radius), sbb = WindowSums.box(bb, width, height, radius),
			sab = WindowSums.box(ab, width, height, radius);
		final float[] w = new float[n];
		for (int i = 0; i < n; i++) {
			final double ha, hb;
			{
				// Perron vector of [[saa, sab], [sab, sbb]]
				final double half = 0.5 * (saa[i] - sbb[i]);
				final double lambda = 0.5 * (saa[i] + sbb[i]) + Math.sqrt(half * half + sab[i] * sab[i]);
				if (lambda <= 0) {
					w[i] = 0.5f;
					continue;
				}
				if (saa[i] >= sbb[i]) {
					ha = lambda - sbb[i];
					hb = sab[i];
				}
				else {
					ha = sab[i];
					hb = lambda - saa[i];
				}
			}
			final double pa = Math.pow(ha, power), pb = Math.pow(hb, power);
			w[i] = pa + pb > 0 ? (float) (pa / (pa + pb)) : 0.5f;
		}
		return w;
	}
}
