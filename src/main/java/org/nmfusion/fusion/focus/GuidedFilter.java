package org.nmfusion.fusion.focus;

import org.nmfusion.util.PlaneChecks;

/**
 * Gray-guide guided filter (K. He, J. Sun, X. Tang, "Guided image filtering", ECCV 2010 / IEEE TPAMI 35,
 * 2013, Algorithm 1): with f the clipped box mean of radius r ({@link BoxMean}),
 * a = (f(I p) - f(I) f(p)) / (f(I I) - f(I)^2 + eps), b = f(p) - a f(I), q = f(a) I + f(b).
 * See docs/method.md.
 */
public final class GuidedFilter {

	private GuidedFilter() {}

	/** Filters {@code p} guided by {@code guide} (both width x height); radius r >= 0, eps > 0. */
	public static float[] filter(float[] guide, float[] p, int w, int h, int r, double eps) {
		PlaneChecks.requirePlane(guide, w, h, "guide image");
		PlaneChecks.requirePlane(p, w, h, "filter input");
		if (r < 0) throw new IllegalArgumentException("radius must be >= 0, got " + r);
		if (!(eps > 0) || Double.isInfinite(eps)) throw new IllegalArgumentException("eps must be finite and > 0, got " + eps);
		final int n = guide.length;
		final float[] ii = new float[n], ip = new float[n];
		for (int i = 0; i < n; i++) {
			ii[i] = guide[i] * guide[i];
			ip[i] = guide[i] * p[i];
		}
		final float[] meanI = BoxMean.mean(guide, w, h, r), meanP = BoxMean.mean(p, w, h, r);
		final float[] corrI = BoxMean.mean(ii, w, h, r), corrIp = BoxMean.mean(ip, w, h, r);
		final float[] a = ii, b = ip; // reuse the product buffers
		for (int i = 0; i < n; i++) {
			final float varI = corrI[i] - meanI[i] * meanI[i];
			final float covIp = corrIp[i] - meanI[i] * meanP[i];
			a[i] = (float) (covIp / (varI + eps));
			b[i] = meanP[i] - a[i] * meanI[i];
		}
		final float[] meanA = BoxMean.mean(a, w, h, r), meanB = BoxMean.mean(b, w, h, r);
		final float[] q = new float[n];
		for (int i = 0; i < n; i++) q[i] = meanA[i] * guide[i] + meanB[i];
		return q;
	}
}
