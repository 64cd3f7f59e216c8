package org.nmfusion.fusion.method;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;
import org.nmfusion.fusion.FusionMethods;
import org.nmfusion.fusion.rules.LiuPyramidBlend;
import org.nmfusion.image.Plane;
import org.nmfusion.testutil.TestImages;

class PyramidMethodTest {

	/** Level-by-level fusion in strips of rows must equal fusing whole pyramids, bit for bit. */
	@Test
	void stripwiseFusionEqualsWholePyramids() {
		final FusionMethod cnn = FusionMethods.byName("cnn");
		final FusionOptions options = FusionOptions.defaults();
		// 2100 and 1500 wide: the first levels have several strips; 37 x 29: one strip per level
		for (final int[] wh : new int[][] { { 2100, 1100 }, { 1500, 701 }, { 37, 29 } }) {
			final int w = wh[0], h = wh[1], n = w * h;
			final float[] a = TestImages.textured(w, h, 1), b = TestImages.blur(TestImages.textured(w, h, 2), w, h, 1.5);
			final float[] weights = TestImages.randomFloats(n, 3, 1f);
			final float[] expected = LiuPyramidBlend.fuse(a, b, weights, w, h, options.levelsFor(w, h), options.threshold());
			final Plane got = cnn.fuse(new Plane(a, w, h), new Plane(b, w, h), new Plane(weights, w, h), options, FusionContext.of(null));
			assertArrayEquals(expected, got.data(), w + "x" + h);
		}
	}
}
