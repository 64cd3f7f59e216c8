package org.nmfusion.focusstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StackScoresTest {

	@Test
	void psnrOfAConstantErrorOfOneGreyLevelIs48Point13dB() {
		final float[] a = new float[100], b = new float[100];
		java.util.Arrays.fill(b, 1);
		assertEquals(20 * Math.log10(255), StackScores.psnr(new float[][] { a }, new float[][] { b }, 255), 1e-9);
	}

	@Test
	void ssimIsOneForEqualImagesAndLowerForANoisyCopy() {
		final int w = 40, h = 30;
		final float[] a = SyntheticFocusStack.proceduralImage(w, h, 3), b = a.clone();
		assertEquals(1, StackScores.ssim(a, b, w, h, 255), 1e-9);
		final java.util.Random r = new java.util.Random(1);
		for (int i = 0; i < b.length; i++) b[i] += 20 * r.nextGaussian();
		assertTrue(StackScores.ssim(a, b, w, h, 255) < 0.9);
	}

	@Test
	void heightErrors() {
		final float[] h = { 0, 1, 2, 3 }, t = { 0, 1.5f, 2, 5 };
		assertEquals(0.625, StackScores.meanAbsoluteError(h, t), 1e-9);
		assertEquals(75, StackScores.withinOneSlice(h, t), 1e-9);
	}
}
