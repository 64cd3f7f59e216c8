package org.nmfusion.focusstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SyntheticFocusStackTest {

	@Test
	void depthLiesInsideTheStackAndTheSliceAtTheDepthIsTheSharpest() {
		final int w = 96, h = 80, n = 8;
		final float[] sharp = SyntheticFocusStack.proceduralImage(w, h, 5);
		final SyntheticFocusStack s = SyntheticFocusStack.make(sharp, w, h, n, 1.5, SyntheticFocusStack.Psf.DISC, 0, 255, 20, 5);
		for (final float d : s.depth()) assertTrue(d >= 0.3 - 1e-4 && d <= n - 1.3 + 1e-4, "depth " + d);
		double nearest = 0, farthest = 0;
		for (int i = 0; i < w * h; i++) {
			final int k = Math.round(s.depth()[i]), far = k < n / 2 ? n - 1 : 0;
			nearest += Math.abs(s.slices()[k][i] - sharp[i]);
			farthest += Math.abs(s.slices()[far][i] - sharp[i]);
		}
		assertTrue(nearest < farthest / 3, nearest + " vs " + farthest);
	}

	@Test
	void discBlurKeepsTheMeanAndFlattensAnImpulseIntoADisc() {
		final int w = 21, h = 21;
		final float[] impulse = new float[w * h];
		impulse[10 * w + 10] = 1;
		final float[] d = SyntheticFocusStack.discBlur(impulse, w, h, 3);
		double sum = 0;
		for (final float v : d) sum += v;
		assertEquals(1, sum, 1e-5);
		assertEquals(d[10 * w + 10], d[10 * w + 13], 1e-7);
		assertEquals(0, d[10 * w + 14], 1e-7);
	}
}
