package org.nmfusion.fusion.focus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BoxMeanTest {

	@Test
	void matchesLiteralClippedMean() {
		for (int[] s : new int[][] { { 13, 9 }, { 1, 7 }, { 40, 50 } }) {
			final int w = s[0], h = s[1];
			final float[] in = GuidedFilterTest.random(w, h, w * 31L + h);
			for (int r : new int[] { 0, 1, 3, 20 }) {
				final float[] fast = BoxMean.mean(in, w, h, r);
				final double[] slow = GuidedFilterTest.slowMean(GuidedFilterTest.toDouble(in), w, h, r);
				for (int i = 0; i < in.length; i++) assertEquals(slow[i], fast[i], 1e-6, w + "x" + h + " r=" + r + " pixel " + i);
			}
		}
	}
}
