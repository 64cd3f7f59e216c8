package org.nmfusion.fusion.weights;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nmfusion.cnn.FakeFocusModel;
import org.nmfusion.fusion.method.FusionOptions;
import org.nmfusion.image.Plane;
import org.nmfusion.testutil.TestImages;

class CnnNmfWeightMapTest {

	/** featureBudget 0: tile by tile whenever the image needs more than one tile; Long.MAX_VALUE: features held whole. */
	private static Plane map(final FakeFocusModel model, final Plane a, final Plane b, final double alpha, final boolean symmetric,
		final long featureBudget)
	{
		return CnnNmfWeightMap.compute(model, a, b, FusionOptions.DEFAULT_NMF_RANK, FusionOptions.DEFAULT_TAU, alpha,
			FusionOptions.DEFAULT_NMF_MAX_ITERATIONS, FusionOptions.DEFAULT_NMF_TOLERANCE, FusionOptions.NMF_FIT_PIXELS, symmetric, featureBudget);
	}

	/**
	 * Images larger than a CNN tile are done tile by tile (basis from grid rows, then each tile's coefficients);
	 * with a model whose features are local, this equals the one-piece computation exactly.
	 */
	@Test
	void tileByTileEqualsOnePiece() {
		for (final int[] wh : new int[][] { { 301, 263 }, { 200, 97 } }) {
			final int w = wh[0], h = wh[1];
			final Plane a = new Plane(TestImages.textured(w, h, 5), w, h);
			final Plane b = new Plane(TestImages.blur(TestImages.textured(w, h, 6), w, h, 2), w, h);
			for (final boolean symmetric : new boolean[] { false, true }) {
				final FakeFocusModel tiled = new FakeFocusModel(64), whole = new FakeFocusModel(64);
				final float[] expected = map(whole, a, b, 0.5, symmetric, Long.MAX_VALUE).data();
				final int wholeCalls = whole.denseCalls.get();
				assertArrayEquals(expected, map(tiled, a, b, 0.5, symmetric, 0).data(), w + "x" + h + " symmetric " + symmetric);
				// the grid rows are an extra (partial) pass
				assertTrue(tiled.denseCalls.get() > wholeCalls, "should have streamed: " + tiled.denseCalls.get() + " vs " + wholeCalls + " CNN calls");
			}
		}
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
