package org.nmfusion.cnn;

import org.nmfusion.testutil.TestImages;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class DenseInferenceTest {

	@Test
	void tiledEqualsUntiledWithFeaturesOnOddAndEvenSizes() {
		for (int[] wh : new int[][] { { 301, 277 }, { 256, 190 }, { 97, 400 } }) {
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

	/** A model that runs out of memory on tiles above a size: the run retries with smaller tiles. */
	private static final class ShortOfMemory extends FakeFocusModel {
		private final int maxPixels;
		final java.util.concurrent.atomic.AtomicInteger refused = new java.util.concurrent.atomic.AtomicInteger();

		ShortOfMemory(int tileSize, int maxPixels) {
			super(tileSize);
			this.maxPixels = maxPixels;
		}

		@Override
		public DenseOutput denseUntiled(float[] a, float[] b, int w, int h, boolean withFeatures) {
			if ((long) w * h > maxPixels) {
				refused.incrementAndGet();
				throw new OutOfMemoryError("fake: no room for a " + w + "x" + h + " tile");
			}
			return super.denseUntiled(a, b, w, h, withFeatures);
		}
	}

	@Test
	void outOfMemoryRetriesWithSmallerTilesThenFails() {
		int w = 500, h = 420;
		float[] a = TestImages.textured(w, h, 21), b = TestImages.blur(TestImages.textured(w, h, 22), w, h, 1.5);
		DenseOutput expected = new FakeFocusModel().denseUntiled(a, b, w, h, true);
		ShortOfMemory model = new ShortOfMemory(1024, 200 * 200);
		DenseOutput got = model.denseInference(a, b, w, h, true);
		assertTrue(model.refused.get() >= 2, "1024 and 512 tiles should have been refused");
		assertArrayEquals(expected.scores, got.scores);
		assertArrayEquals(expected.featuresA, got.featuresA);
		assertArrayEquals(expected.featuresB, got.featuresB);
		OutOfMemoryError e = assertThrows(OutOfMemoryError.class,
			() -> new ShortOfMemory(1024, 50 * 50).denseInference(a, b, w, h, false));
		assertTrue(e.getMessage().contains("fake"), e.getMessage());
	}

	@Test
	void featureRowEqualsTheRowOfTheWholeRun() {
		int w = 203, h = 150;
		float[] a = TestImages.textured(w, h, 31), b = TestImages.blur(TestImages.textured(w, h, 32), w, h, 1.5);
		FakeFocusModel m = new FakeFocusModel();
		DenseOutput whole = m.denseUntiled(a, b, w, h, true);
		int fw = whole.featureWidth, n = fw * whole.featureHeight;
		for (int row : new int[] { 0, 1, 37, whole.featureHeight - 1 }) {
			float[][] f = DenseInference.featureRow(m, a, b, w, h, row, 64);
			for (int c = 0; c < whole.featureChannels; c++) {
				for (int x = 0; x < fw; x++) {
					assertEquals(whole.featuresA[c * n + row * fw + x], f[0][c * fw + x], "A row " + row);
					assertEquals(whole.featuresB[c * n + row * fw + x], f[1][c * fw + x], "B row " + row);
				}
			}
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
