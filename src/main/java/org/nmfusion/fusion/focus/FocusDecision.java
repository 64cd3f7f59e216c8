package org.nmfusion.fusion.focus;

import org.nmfusion.util.PlaneChecks;

/**
 * Liu et al.'s multi-focus decision rule (Y. Liu, X. Chen, H. Peng, Z. Wang, "Multi-focus image fusion with a
 * deep convolutional neural network", Information Fusion 36, 2017): from a focus weight map W in [0, 1]
 * (1 = source A in focus), the binary map D = [W > 0.5] is cleaned by {@link SmallRegionRemoval}, the initial
 * fused gray image G = D a + (1 - D) b is formed, and the final weight map is Wf = guidedFilter(G, D, r, eps)
 * ({@link GuidedFilter}) clamped to [0, 1]. The caller forms F = Wf A + (1 - Wf) B per channel.
 * See docs/method.md.
 */
public final class FocusDecision {

	/** W above this value selects source A. */
	public static final float DECISION_THRESHOLD = 0.5f;

	/** Liu's small-region area ratio, 1 % of the image area. */
	public static final double DEFAULT_AREA_RATIO = SmallRegionRemoval.DEFAULT_RATIO;

	/** Liu's guided filter radius. */
	public static final int DEFAULT_RADIUS = 8;

	/** Liu's guided filter regularisation. */
	public static final double DEFAULT_EPS = 0.1;

	/** Pixels per strip of the guided filter. */
	private static final int STRIP_PIXELS = 1 << 21;

	private FocusDecision() {}

	/** Final weight map with Liu's defaults (area ratio 0.01, r = 8, eps = 0.1). */
	public static float[] finalWeights(float[] weights, float[] a, float[] b, int w, int h) {
		return finalWeights(weights, a, b, w, h, DEFAULT_AREA_RATIO, DEFAULT_RADIUS, DEFAULT_EPS);
	}

	/** Final weight map Wf in [0, 1] from the weight map and the gray sources a, b (all in [0, 1]). */
	public static float[] finalWeights(float[] weights, float[] a, float[] b, int w, int h, double areaRatio,
		int radius, double eps)
	{
		PlaneChecks.requireUnitPlane(a, w, h, "gray source A");
		PlaneChecks.requireUnitPlane(b, w, h, "gray source B");
		final byte[] d = decisionMap(weights, w, h, areaRatio);
		final float[] q = new float[d.length];
		// strips of rows with 2 r rows of context on each side: a kept row sees every row the filter's two box
		// means reach, so memory stays a few strips while an image of at most STRIP_PIXELS is one strip
		final int strip = Math.max(1, STRIP_PIXELS / w), context = 2 * radius;
		for (int y0 = 0; y0 < h; y0 += strip) {
			final int y1 = Math.min(h, y0 + strip), s0 = Math.max(0, y0 - context), s1 = Math.min(h, y1 + context);
			final int from = s0 * w, n = (s1 - s0) * w;
			final float[] guide = new float[n], p = new float[n];
			for (int i = 0; i < n; i++) {
				p[i] = d[from + i];
				guide[i] = d[from + i] == 1 ? a[from + i] : b[from + i];
			}
			final float[] qs = GuidedFilter.filter(guide, p, w, s1 - s0, radius, eps);
			for (int i = (y0 - s0) * w, o = y0 * w, end = (y1 - s0) * w; i < end; i++, o++)
				q[o] = Math.max(0f, Math.min(1f, qs[i]));
		}
		return q;
	}

	/** The cleaned binary decision map: D = [W > 0.5] after small-region removal with the given area ratio. */
	public static byte[] decisionMap(float[] weights, int w, int h, double areaRatio) {
		PlaneChecks.requireUnitPlane(weights, w, h, "weight map");
		final byte[] d = new byte[weights.length];
		for (int i = 0; i < d.length; i++) d[i] = (byte) (weights[i] > DECISION_THRESHOLD ? 1 : 0);
		return SmallRegionRemoval.apply(d, w, h, areaRatio);
	}
}
