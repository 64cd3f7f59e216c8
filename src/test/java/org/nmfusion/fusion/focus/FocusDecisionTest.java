package org.nmfusion.fusion.focus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FocusDecisionTest {

	private static final int W = 64, H = 48, EDGE = 32;

	/** A large image is filtered in strips of rows; it must give the whole-image guided filter's values. */
	@Test
	void stripsEqualTheWholeImageFilter() {
		final int w = 2100, h = 1300, n = w * h; // 2.7 M pixels: two strips
		final float[] weights = new float[n];
		for (int y = 0; y < h; y++)
			for (int x = 0; x < w; x++) weights[y * w + x] = (x / 300 + y / 200) % 2 == 0 ? 0.9f : 0.1f;
		final float[] a = GuidedFilterTest.random(w, h, 21), b = GuidedFilterTest.random(w, h, 22);
		final byte[] d = FocusDecision.decisionMap(weights, w, h, FocusDecision.DEFAULT_AREA_RATIO);
		final float[] guide = new float[n], p = new float[n];
		for (int i = 0; i < n; i++) {
			p[i] = d[i];
			guide[i] = d[i] == 1 ? a[i] : b[i];
		}
		final float[] whole = GuidedFilter.filter(guide, p, w, h, FocusDecision.DEFAULT_RADIUS, FocusDecision.DEFAULT_EPS);
		final float[] got = FocusDecision.finalWeights(weights, a, b, w, h);
		double maxDiff = 0;
		for (int i = 0; i < n; i++) maxDiff = Math.max(maxDiff, Math.abs(Math.max(0f, Math.min(1f, whole[i])) - got[i]));
		assertTrue(maxDiff <= 1e-6, "max difference to the whole-image filter " + maxDiff);
	}

	@Test
	void halfAndHalfWithNoise() {
		final float[] weights = new float[W * H];
		for (int y = 0; y < H; y++) {
			for (int x = 0; x < EDGE; x++) weights[y * W + x] = 1;
		}
		// isolated wrong decisions on both sides, one of them a diagonal pair
		weights[5 * W + 5] = 0;
		weights[20 * W + 10] = 0.2f;
		weights[21 * W + 11] = 0.4f;
		weights[40 * W + 30] = 0;
		weights[10 * W + 45] = 0.9f;
		weights[30 * W + 50] = 1;
		weights[0 * W + 63] = 0.7f;
		final float[] a = GuidedFilterTest.random(W, H, 11), b = GuidedFilterTest.random(W, H, 12);

		final byte[] d = FocusDecision.decisionMap(weights, W, H, FocusDecision.DEFAULT_AREA_RATIO);
		for (int y = 0; y < H; y++) {
			for (int x = 0; x < W; x++) assertEquals(x < EDGE ? 1 : 0, d[y * W + x], "decision at x=" + x + ", y=" + y);
		}

		final float[] wf = FocusDecision.finalWeights(weights, a, b, W, H);
		final int reach = 2 * FocusDecision.DEFAULT_RADIUS; // a's window, then the mean of a's window
		for (int y = 0; y < H; y++) {
			for (int x = 0; x < W; x++) {
				final float v = wf[y * W + x];
				assertTrue(v >= 0 && v <= 1, "clamped to [0, 1] at x=" + x + ", y=" + y);
				if (x < EDGE - reach) assertEquals(1, v, 1e-6, "left at x=" + x + ", y=" + y);
				if (x >= EDGE + reach) assertEquals(0, v, 1e-6, "right at x=" + x + ", y=" + y);
			}
		}
		// across the edge the weight falls from A to B
		assertTrue(wf[24 * W + EDGE - 2] > wf[24 * W + EDGE + 2], "decreasing across the edge");
	}

	@Test
	void badInputIsNamed() {
		final float[] w = new float[16];
		w[5] = 1.5f;
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
			() -> FocusDecision.finalWeights(w, new float[16], new float[16], 4, 4));
		assertTrue(e.getMessage().contains("weight map") && e.getMessage().contains("x=1, y=1"), e.getMessage());
		assertThrows(IllegalArgumentException.class, () -> FocusDecision.finalWeights(new float[16], new float[16], new float[15], 4, 4));
	}
}
