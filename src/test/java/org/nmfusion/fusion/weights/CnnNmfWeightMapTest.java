package org.nmfusion.fusion.weights;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nmfusion.cnn.FakeFocusModel;
import org.nmfusion.fusion.method.FusionOptions;
import org.nmfusion.image.Plane;
import org.nmfusion.testutil.TestImages;

class CnnNmfWeightMapTest {

	/** featureBudget 0: grid rows first, tiles dropped at once; Long.MAX_VALUE: tiles kept until the basis is fitted. */
	private static Plane map(final FakeFocusModel model, final Plane a, final Plane b, final double alpha, final boolean symmetric,
		final long featureBudget)
	{
		return CnnNmfWeightMap.compute(model, a, b, FusionOptions.defaults().nmfRank(), FusionOptions.defaults().tau(), alpha,
			FusionOptions.DEFAULT_NMF_MAX_ITERATIONS, FusionOptions.DEFAULT_NMF_TOLERANCE, FusionOptions.NMF_FIT_PIXELS, symmetric, featureBudget);
	}

	/**
	 * Pairs larger than a CNN tile are done tile by tile (keeping the tiles until the basis is fitted, or with the grid
	 * rows first); with a model whose features are local, both equal the one-piece computation exactly.
	 */
	@Test
	void tileByTileEqualsOnePiece() {
		for (final int[] wh : new int[][] { { 301, 263 }, { 200, 97 } }) {
			final int w = wh[0], h = wh[1];
			final Plane a = new Plane(TestImages.textured(w, h, 5), w, h);
			final Plane b = new Plane(TestImages.blur(TestImages.textured(w, h, 6), w, h, 2), w, h);
			for (final boolean symmetric : new boolean[] { false, true }) {
				final float[] expected = map(new FakeFocusModel(4096), a, b, 0.5, symmetric, Long.MAX_VALUE).data();
				final FakeFocusModel kept = new FakeFocusModel(64), gridRowsFirst = new FakeFocusModel(64);
				assertArrayEquals(expected, map(kept, a, b, 0.5, symmetric, Long.MAX_VALUE).data(),
					w + "x" + h + " tiles kept, symmetric " + symmetric);
				assertArrayEquals(expected, map(gridRowsFirst, a, b, 0.5, symmetric, 0).data(),
					w + "x" + h + " grid rows first, symmetric " + symmetric);
				assertTrue(kept.denseCalls.get() > (symmetric ? 2 : 1) * 4, "should have tiled: " + kept.denseCalls.get() + " CNN calls");
				// the grid rows are an extra, partial pass
				assertTrue(gridRowsFirst.denseCalls.get() > kept.denseCalls.get(), gridRowsFirst.denseCalls.get() + " vs " + kept.denseCalls.get());
			}
		}
	}

	/** Running out of memory while the tiles are kept falls back to the grid rows first, with the same map. */
	@Test
	void outOfMemoryWhileKeepingTilesFallsBackToGridRows() {
		final int w = 301, h = 263;
		final Plane a = new Plane(TestImages.textured(w, h, 5), w, h);
		final Plane b = new Plane(TestImages.blur(TestImages.textured(w, h, 6), w, h, 2), w, h);
		final float[] expected = map(new FakeFocusModel(4096), a, b, 0.5, false, Long.MAX_VALUE).data();
		final FakeFocusModel failsOnce = new FakeFocusModel(64) {
			@Override
			public org.nmfusion.cnn.DenseOutput denseUntiled(final float[] x, final float[] y, final int tw, final int th, final boolean features) {
				if (denseCalls.get() == 5) { // the sixth tile of the first pass finds no memory
					denseCalls.incrementAndGet();
					throw new OutOfMemoryError("fake: tiles kept too long");
				}
				return super.denseUntiled(x, y, tw, th, features);
			}
		};
		assertArrayEquals(expected, map(failsOnce, a, b, 0.5, false, Long.MAX_VALUE).data());
	}

	@Test
	void alphaOneIsTheCnnMap() {
		final int w = 180, h = 150;
		final Plane a = new Plane(TestImages.textured(w, h, 7), w, h);
		final Plane b = new Plane(TestImages.blur(TestImages.textured(w, h, 7), w, h, 2), w, h);
		final FakeFocusModel model = new FakeFocusModel(64);
		assertArrayEquals(CnnWeightMap.compute(model, a, b).data(), map(model, a, b, 1, false, 0).data());
	}
}
