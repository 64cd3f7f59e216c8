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
		final float[] guide = new float[d.length], p = new float[d.length];
		for (int i = 0; i < d.length; i++) {
			p[i] = d[i];
			guide[i] = d[i] == 1 ? a[i] : b[i];
		}
		final float[] q = GuidedFilter.filter(guide, p, w, h, radius, eps);
		for (int i = 0; i < q.length; i++) q[i] = Math.max(0f, Math.min(1f, q[i]));
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
