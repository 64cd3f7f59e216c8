package org.nmfusion.fusion.method;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;
import org.nmfusion.fusion.FusionMethods;
import org.nmfusion.fusion.rules.LiuPyramidBlend;
import org.nmfusion.fusion.rules.LocalBaseNmf;
import org.nmfusion.image.Plane;
import org.nmfusion.pyramid.GaussianPyramid;
import org.nmfusion.pyramid.LaplacianPyramid;
import org.nmfusion.pyramid.Pyramid;
import org.nmfusion.testutil.TestImages;

class PyramidMethodTest {

	/** Level-by-level fusion in strips of rows must equal fusing whole pyramids, bit for bit. */
	@Test
	void stripwiseFusionEqualsWholePyramids() {
		final FusionMethod cnn = FusionMethods.byName("cnn");
		final FusionOptions options = FusionOptions.defaults();
		// 2100 and 1500 wide: the first levels have several strips; 37 x 29: one strip per level; 600000 wide: strips of one row
		for (final int[] wh : new int[][] { { 2100, 1100 }, { 1500, 701 }, { 37, 29 }, { 600000, 9 } }) {
			final int w = wh[0], h = wh[1], n = w * h;
			final float[] a = TestImages.textured(w, h, 1), b = TestImages.blur(TestImages.textured(w, h, 2), w, h, 1.5);
			final float[] weights = TestImages.randomFloats(n, 3, 1f);
			final float[] expected = LiuPyramidBlend.fuse(a, b, weights, w, h, options.levelsFor(w, h), options.threshold());
			final Plane got = cnn.fuse(new Plane(a, w, h), new Plane(b, w, h), new Plane(weights, w, h), options, FusionContext.of(null));
			assertArrayEquals(expected, got.data(), w + "x" + h);
			final Plane inA = cnn.fuseReusingA(new Plane(a.clone(), w, h), new Plane(b, w, h), new Plane(weights, w, h), options,
				FusionContext.of(null));
			assertArrayEquals(expected, inA.data(), w + "x" + h + ", built in A's pixels");
		}
	}

	/** The local NMF rules (5 x 5 windows on the finest level here) fused in strips equal the same rules on whole levels. */
	@Test
	void stripwiseLocalNmfRulesEqualWholeLevels() {
		final FusionMethods.Spec spec = FusionMethods.spec("medical(detail-radius=2;coarse-radius=1;base-radius=1)", FusionOptions.defaults());
		final FusionOptions o = spec.options;
		for (final int[] wh : new int[][] { { 2100, 1100 }, { 37, 29 } }) {
			final int w = wh[0], h = wh[1], n = w * h, levels = o.levelsFor(w, h);
			final float[] a = TestImages.textured(w, h, 4), b = TestImages.blur(TestImages.textured(w, h, 5), w, h, 1.5);
			final float[] weights = TestImages.randomFloats(n, 6, 1f);
			final Pyramid pa = LaplacianPyramid.build(a, w, h, levels), pb = LaplacianPyramid.build(b, w, h, levels),
				pw = GaussianPyramid.build(weights, w, h, levels);
			final float[][] fused = new float[levels][];
			for (int l = 0; l < levels; l++) {
				fused[l] = new float[pa.width(l) * pa.height(l)];
				if (l == levels - 1)
					LocalBaseNmf.apply(pa.level(l), pb.level(l), pw.level(l), pa.width(l), pa.height(l), o.baseRadius(),
						o.basePower(), fused[l]);
				else
					LocalBaseNmf.applyToDetail(pa.level(l), pb.level(l), pw.level(l), pa.width(l), pa.height(l),
						l == 0 ? o.detailRadius() : o.coarseRadius(), o.detailPower(), fused[l]);
			}
			final float[] expected = LaplacianPyramid.reconstruct(new Pyramid(fused, w, h));
			final Plane got = spec.method.fuse(new Plane(a, w, h), new Plane(b, w, h), new Plane(weights, w, h), o, FusionContext.of(null));
			assertArrayEquals(expected, got.data(), w + "x" + h);
			final Plane inA = spec.method.fuseReusingA(new Plane(a.clone(), w, h), new Plane(b, w, h), new Plane(weights, w, h), o,
				FusionContext.of(null));
			assertArrayEquals(expected, inA.data(), w + "x" + h + ", built in A's pixels");
		}
	}
}
