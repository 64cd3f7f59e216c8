package org.nmfusion.resample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nmfusion.testutil.TestImages;

class WeightMapResamplingTest {

	/** The definition (docs/method.md, section 4.4): scatter each score over its block, divide by the count. */
	private static float[] bruteForce(final float[] s, final int sh, final int sw, final int stride, final int block, final int h, final int w) {
		final double[] sum = new double[h * w];
		final int[] cnt = new int[h * w];
		for (int j = 0; j < sh; j++)
			for (int i = 0; i < sw; i++)
				for (int y = stride * j; y < Math.min(h, stride * j + block); y++)
					for (int x = stride * i; x < Math.min(w, stride * i + block); x++) {
						sum[y * w + x] += s[j * sw + i];
						cnt[y * w + x]++;
					}
		final float[] out = new float[h * w];
		for (int t = 0; t < out.length; t++)
			out[t] = cnt[t] == 0 ? 0.5f : (float) (sum[t] / cnt[t]);
		return out;
	}

	@Test
	void blockAverageMatchesScatterDefinition() {
		// CNN geometry: H x W image, score map (ceil(H/2) - 7) x (ceil(W/2) - 7), stride 2
		for (final int[] size : new int[][] { { 40, 33 }, { 16, 16 }, { 21, 50 } }) {
			final int h = size[0], w = size[1];
			final int sh = (h + 1) / 2 - 7, sw = (w + 1) / 2 - 7;
			final float[] s = TestImages.randomFloats(sh * sw, h * 31 + w, 1f);
			final float[] expected = bruteForce(s, sh, sw, 2, 16, h, w);
			final float[] got = WeightMapResampling.blockAverage(s, sw, sh, 2, 16, w, h);
			for (int t = 0; t < got.length; t++)
				assertEquals(expected[t], got[t], 1e-6, "pixel " + t + " of " + h + " x " + w);
		}
		// stride 1 (the NMF map) with uncovered pixels
		final float[] s = TestImages.randomFloats(12 * 9, 3, 1f);
		final float[] expected = bruteForce(s, 12, 9, 1, 4, 20, 15);
		final float[] got = WeightMapResampling.blockAverage(s, 9, 12, 1, 4, 15, 20);
		for (int t = 0; t < got.length; t++)
			assertEquals(expected[t], got[t], 1e-6, "pixel " + t);
		assertEquals(0.5f, got[19 * 15 + 14]);
	}

	@Test
	void upsamplingKeepsConstantsAndLinearRampsAndHasTheRequestedSize() {
		final int h = 5, w = 7;
		final float[] ramp = new float[h * w];
		for (int y = 0; y < h; y++)
			for (int x = 0; x < w; x++)
				ramp[y * w + x] = 2 * x + 3 * y;
		final float[] up = WeightMapResampling.upsample2x(ramp, w, h, 2 * w, 2 * h - 1);
		assertEquals((2 * h - 1) * 2 * w, up.length);
		// interior output (y, x) samples input ((y + 0.5) / 2 - 0.5, ...): exact on a linear ramp
		for (int y = 1; y < 2 * h - 2; y++)
			for (int x = 1; x < 2 * w - 1; x++)
				assertEquals(2 * ((x + 0.5) / 2 - 0.5) + 3 * ((y + 0.5) / 2 - 0.5), up[y * 2 * w + x], 1e-5, y + "," + x);
		// border clamps to the edge value
		assertEquals(ramp[0], up[0], 0);
		final float[] c = new float[h * w];
		java.util.Arrays.fill(c, 0.25f);
		for (final float v : WeightMapResampling.pooledToImage(c, w, h, 2 * w, 2 * h))
			assertEquals(0.25f, v, 1e-7);
	}

	@Test
	void badSizesAreRejected() {
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
			() -> WeightMapResampling.upsample2x(new float[5], 3, 2, 6, 4));
		assertTrue(e.getMessage().contains("size mismatch"), e.getMessage());
		assertThrows(IllegalArgumentException.class, () -> WeightMapResampling.blockAverage(new float[6], 3, 2, 0, 16, 6, 4));
	}

	@Test
	void blockAveragesNeverLeaveTheScoreRange() {
		// Regression: the bundled model's score map of examples/mri-ct (denoised, 121 x 121) gave weights of
		// slightly negative values (-1.4e-17, -4.4e-16) through summed-area round-off, which the weighted average rejects.
		final ij.ImagePlus scores = ij.IJ.openImage(getClass().getResource("/fusion/mri-ct-scores.tif").getPath());
		final float[] s = (float[]) scores.getProcessor().getPixels();
		final float[] w = WeightMapResampling.blockAverage(s, scores.getWidth(), scores.getHeight(), 2, 16, 256, 256);
		for (int i = 0; i < w.length; i++) assertTrue(w[i] >= 0f && w[i] <= 1f, "weight " + w[i] + " at " + i);
	}
}
