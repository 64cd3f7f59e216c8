package org.nmfusion.cnn;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Random;
import org.junit.jupiter.api.Test;

class WeightMapsTest {

	/** Direct evaluation of the block-averaging rule, for comparison with the difference-array version. */
	static float[] naive(float[] s, int sw, int sh, int w, int h) {
		double[] sum = new double[w * h];
		int[] cnt = new int[w * h];
		for (int j = 0; j < sh; j++) {
			for (int i = 0; i < sw; i++) {
				for (int y = 2 * j; y < Math.min(h, 2 * j + 16); y++) {
					for (int x = 2 * i; x < Math.min(w, 2 * i + 16); x++) {
						sum[y * w + x] += s[j * sw + i];
						cnt[y * w + x]++;
					}
				}
			}
		}
		float[] out = new float[w * h];
		for (int k = 0; k < out.length; k++) {
			out[k] = (float) (sum[k] / cnt[k]);
		}
		return out;
	}

	@Test
	void matchesTheDirectRuleOnEvenAndOddSizes() {
		Random r = new Random(3);
		for (int[] wh : new int[][] { { 16, 16 }, { 17, 16 }, { 33, 21 }, { 40, 64 } }) {
			int w = wh[0], h = wh[1];
			int sw = DenseOutput.scoreWidth(w), sh = DenseOutput.scoreWidth(h);
			float[] s = new float[sw * sh];
			for (int k = 0; k < s.length; k++) {
				s[k] = r.nextFloat();
			}
			float[] fast = WeightMaps.fromScores(s, sw, sh, w, h), slow = naive(s, sw, sh, w, h);
			assertArrayEquals(slow, fast, 1e-5f, w + "x" + h);
		}
	}

	@Test
	void handExample() {
		// 18x16 image: score map 2x1 (ceil(18/2)-7 = 2 columns). Column 0 only from score 0, columns 2..15 both,
		// columns 16..17 only score 1.
		float[] w = WeightMaps.fromScores(new float[] { 1f, 0f }, 2, 1, 18, 16);
		assertEquals(1f, w[0], 0f);
		assertEquals(1f, w[5 * 18 + 1], 0f);
		assertEquals(0.5f, w[5 * 18 + 2], 0f);
		assertEquals(0.5f, w[15 * 18 + 15], 0f);
		assertEquals(0f, w[3 * 18 + 16], 0f);
		assertEquals(0f, w[3 * 18 + 17], 0f);
	}

	@Test
	void rejectsTinyImagesAndMismatchedScores() {
		assertThrows(IllegalArgumentException.class, () -> WeightMaps.fromScores(new float[1], 1, 1, 15, 16));
		assertThrows(IllegalArgumentException.class, () -> WeightMaps.fromScores(new float[3], 2, 2, 20, 20));
	}
}
