package org.nmfusion.train;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nmfusion.testutil.TestImages;

class PatchPairGeneratorTest {
	static TrainingImage image(long seed) {
		return new TrainingImage("t" + seed, 96, 80, TestImages.textured(96, 80, seed), null);
	}

	static double gradEnergy(float[] p, int off) {
		double e = 0;
		for (int y = 0; y < 16; y++) {
			for (int x = 0; x < 16; x++) {
				float v = p[off + y * 16 + x];
				if (x < 15) {
					double d = p[off + y * 16 + x + 1] - v;
					e += d * d;
				}
				if (y < 15) {
					double d = p[off + (y + 1) * 16 + x] - v;
					e += d * d;
				}
			}
		}
		return e;
	}

	@Test
	void sameSeedSamePairsDifferentSeedDifferentPairs() {
		List<TrainingImage> imgs = Arrays.asList(image(1), image(2));
		int n = 50;
		float[][] r1 = gen(imgs, 3, n), r2 = gen(imgs, 3, n), r3 = gen(imgs, 4, n);
		assertArrayEquals(r1[0], r2[0]);
		assertArrayEquals(r1[1], r2[1]);
		assertArrayEquals(r1[2], r2[2]);
		assertFalse(Arrays.equals(r1[0], r3[0]));
	}

	static float[][] gen(List<TrainingImage> imgs, long seed, int n) {
		float[] a = new float[n * 256], b = new float[n * 256], l = new float[n], s = new float[n];
		new PatchPairGenerator(imgs, seed, 0.5, 3, 5 / 255.0, PatchPairGenerator.Augmentation.standard()).fill(a, b, l, s, n);
		return new float[][] { a, b, l, s };
	}

	@Test
	void withoutAugmentationTheLabelledPatchIsTheSharperAndStdFilterHolds() {
		List<TrainingImage> imgs = Collections.singletonList(image(9));
		int n = 400;
		float[] a = new float[n * 256], b = new float[n * 256], l = new float[n], s = new float[n];
		double minStd = 0.05;
		new PatchPairGenerator(imgs, 1, 0.5, 3, minStd, PatchPairGenerator.Augmentation.none()).fill(a, b, l, s, n);
		int ones = 0;
		for (int k = 0; k < n; k++) {
			float[] sharp = l[k] > 0.5f ? a : b, blurred = l[k] > 0.5f ? b : a;
			assertTrue(gradEnergy(sharp, 256 * k) > gradEnergy(blurred, 256 * k), "pair " + k);
			double m = 0, m2 = 0;
			for (int i = 0; i < 256; i++) {
				m += sharp[256 * k + i];
				m2 += sharp[256 * k + i] * sharp[256 * k + i];
			}
			m /= 256;
			assertTrue(Math.sqrt(m2 / 256 - m * m) >= minStd - 1e-6);
			assertTrue(s[k] >= 0.5f && s[k] <= 3f);
			ones += l[k] > 0.5f ? 1 : 0;
		}
		assertTrue(ones > 150 && ones < 250, "orders should be balanced: " + ones);
	}

	@Test
	void alternateOrderIsExactlyBalancedAndAugmentedValuesAreEightBitInUnitRange() {
		List<TrainingImage> imgs = Collections.singletonList(image(5));
		int n = 101;
		float[] a = new float[n * 256], b = new float[n * 256], l = new float[n];
		new PatchPairGenerator(imgs, 2, 0.5, 3, 5 / 255.0, PatchPairGenerator.Augmentation.standard())
			.alternateOrder(true).fill(a, b, l, null, n);
		for (int k = 0; k < n; k++) {
			assertEquals(k % 2 == 0 ? 1f : 0f, l[k]);
		}
		for (float v : a) {
			assertTrue(v >= 0 && v <= 1);
			assertEquals(Math.rint(v * 255), v * 255, 1e-3);
		}
	}

	@Test
	void blurOfConstantIsConstantAndTransformsArePermutations() {
		float[] px = new float[60 * 60];
		Arrays.fill(px, 0.25f);
		float[] out = new float[256], tmp = new float[(16 + 18) * 16];
		PatchPairGenerator.gaussianBlurPatch(new TrainingImage("c", 60, 60, px, null), 20, 20, 2.0, out, tmp);
		for (float v : out) {
			assertEquals(0.25f, v, 1e-6);
		}
		float[] in = new float[256];
		for (int i = 0; i < 256; i++) {
			in[i] = i;
		}
		for (int rot = 0; rot < 4; rot++) {
			for (boolean flip : new boolean[] { false, true }) {
				float[] t = new float[256];
				PatchPairGenerator.transform(in, t, rot, flip);
				float[] sorted = t.clone();
				Arrays.sort(sorted);
				assertArrayEquals(in, sorted);
			}
		}
		float[] r1 = new float[256];
		PatchPairGenerator.transform(in, r1, 1, false);
		assertNotEquals(in[0], r1[0]);
	}

	@Test
	void rejectsBadSigmaAndTooSmallImages() {
		List<TrainingImage> imgs = Collections.singletonList(image(1));
		assertThrows(IllegalArgumentException.class,
			() -> new PatchPairGenerator(imgs, 1, 0, 3, 0, PatchPairGenerator.Augmentation.none()));
		assertThrows(IllegalArgumentException.class, () -> new PatchPairGenerator(
			Collections.singletonList(new TrainingImage("s", 20, 20, new float[400], null)), 1, 0.5, 3, 0,
			PatchPairGenerator.Augmentation.none()));
	}
}
