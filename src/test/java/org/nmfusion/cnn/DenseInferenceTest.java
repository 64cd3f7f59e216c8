package org.nmfusion.cnn;

import org.nmfusion.testutil.TestImages;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class DenseInferenceTest {

	@Test
	void tiledEqualsUntiledWithFeaturesOnOddAndEvenSizes() {
		for (int[] wh : new int[][] {{301, 277}, {256, 190}, {97, 400}}) {
			int w = wh[0], h = wh[1];
			float[] a = TestImages.textured(w, h, 11), b = TestImages.blur(TestImages.textured(w, h, 12), w, h, 1.5);
			FakeFocusModel tiled = new FakeFocusModel(32);
			DenseOutput t = tiled.denseInference(a, b, w, h, true);
			assertTrue(tiled.denseCalls.get() > 4, "should have tiled");
			DenseOutput u = new FakeFocusModel().denseUntiled(a, b, w, h, true);
			assertEquals(u.scoreWidth, t.scoreWidth);
			assertEquals(u.scoreHeight, t.scoreHeight);
			assertArrayEquals(u.scores, t.scores, w + "x" + h);
			assertArrayEquals(u.featuresA, t.featuresA);
			assertArrayEquals(u.featuresB, t.featuresB);
			assertArrayEquals(u.weightMap(), t.weightMap());
		}
	}

	@Test
	void sizesFollowTheSpec() {
		FakeFocusModel m = new FakeFocusModel();
		DenseOutput o = m.denseInference(new float[33 * 17], new float[33 * 17], 33, 17, true);
		assertEquals(17 - 7, o.scoreWidth);
		assertEquals(9 - 7, o.scoreHeight);
		assertEquals(17, o.featureWidth);
		assertEquals(9, o.featureHeight);
		assertEquals(33 * 17, o.weightMap().length);
		assertFalse(m.denseInference(new float[256], new float[256], 16, 16).hasFeatures());
	}

	@Test
	void badInputsGiveClearErrors() {
		FakeFocusModel m = new FakeFocusModel();
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> m.denseInference(new float[15 * 20], new float[15 * 20], 15, 20));
		assertTrue(e.getMessage().contains("16x16"));
		e = assertThrows(IllegalArgumentException.class,
				() -> m.denseInference(new float[400], new float[399], 20, 20));
		assertTrue(e.getMessage().contains("sizes"));
		assertThrows(IllegalArgumentException.class, () -> DenseInference.run(m, new float[400], new float[400], 20, 20, false, 15));
	}
}
