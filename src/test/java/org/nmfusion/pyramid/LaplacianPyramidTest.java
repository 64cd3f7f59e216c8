package org.nmfusion.pyramid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.nmfusion.testutil.TestImages;

class LaplacianPyramidTest {

	/** width x height */
	private static final int[][] SIZES = { { 256, 256 }, { 255, 257 }, { 3, 1000 }, { 1, 1 }, { 17, 5 }, { 1000, 3 } };

	private static double maxDiff(final float[] a, final float[] b) {
		assertEquals(a.length, b.length);
		double m = 0;
		for (int i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
		return m;
	}

	@Test
	void reconstructionIsExact() {
		for (final int[] s : SIZES) {
			final int w = s[0], h = s[1];
			final float[] img = TestImages.randomFloats(w * h, w * 7919L + h, 1f);
			for (final int levels : new int[] { Pyramid.levelsFor(w, h), Pyramid.maxLevels(w, h) }) {
				final Pyramid lap = LaplacianPyramid.build(img, w, h, levels);
				assertEquals(levels, lap.levels());
				final double d = maxDiff(img, LaplacianPyramid.reconstruct(lap));
				assertTrue(d <= 1e-6, w + " x " + h + ", " + levels + " levels: max error " + d);
			}
		}
	}

	/** The row-wise pieces the streaming fusion uses equal the whole-level computations bit for bit. */
	@Test
	void detailRowsAndInPlaceCollapseEqualWholeLevels() {
		for (final int[] s : new int[][] { { 255, 257 }, { 1000, 3 }, { 17, 5 }, { 600, 900 } }) {
			final int w = s[0], h = s[1];
			final float[] img = TestImages.randomFloats(w * h, w * 31L + h, 1f);
			final Pyramid lap = LaplacianPyramid.build(img, w, h, 2);
			final float[] next = PyramidFilter.downsample(img, w, h);
			final float[] level0 = lap.level(0);
			for (final int[] rows : new int[][] { { 0, h }, { 0, 1 }, { h / 2, h }, { h - 1, h }, { 1, Math.max(1, h - 1) } }) {
				final float[] out = new float[(rows[1] - rows[0]) * w];
				LaplacianPyramid.detailRows(img, next, w, h, rows[0], rows[1], out);
				assertArrayEquals(Arrays.copyOfRange(level0, rows[0] * w, rows[1] * w), out, w + "x" + h + " rows " + rows[0] + ".." + rows[1]);
			}
			final float[] collapsed = lap.level(0);
			LaplacianPyramid.addUpsampled(lap.level(1), collapsed, w, h);
			assertArrayEquals(LaplacianPyramid.reconstruct(lap), collapsed, w + "x" + h);
		}
	}

	@Test
	void levelsAreGaussianDifferences() {
		final int w = 17, h = 5, n = Pyramid.maxLevels(w, h); // levels 17x5, 9x3, 5x2, 3x1, 2x1, 1x1
		final float[] img = TestImages.randomFloats(w * h, 5, 1f);
		final Pyramid g = GaussianPyramid.build(img, w, h, n);
		final Pyramid lap = LaplacianPyramid.build(img, w, h, n);
		assertEquals(6, n);
		assertArrayEquals(new int[] { 17, 9, 5, 3, 2, 1 }, widths(g));
		assertArrayEquals(new int[] { 5, 3, 2, 1, 1, 1 }, heights(g));
		assertArrayEquals(widths(g), widths(lap));
		assertArrayEquals(heights(g), heights(lap));
		assertArrayEquals(img, g.level(0));
		for (int l = 0; l + 1 < n; l++) {
			assertArrayEquals(PyramidFilter.downsample(g.level(l), g.width(l), g.height(l)), g.level(l + 1), "G level " + (l + 1));
			final float[] up = PyramidFilter.upsample(g.level(l + 1), g.width(l + 1), g.height(l + 1), g.width(l), g.height(l));
			final float[] expected = g.level(l);
			for (int i = 0; i < up.length; i++) expected[i] -= up[i];
			assertArrayEquals(expected, lap.level(l), "L level " + l);
		}
		assertArrayEquals(g.level(n - 1), lap.level(n - 1), "top level is the low-pass residual");
	}

	@Test
	void constantImageHasNoDetail() {
		final int w = 37, h = 20, n = Pyramid.levelsFor(w, h);
		final float[] img = new float[w * h];
		Arrays.fill(img, 0.7f);
		final Pyramid lap = LaplacianPyramid.build(img, w, h, n);
		for (int l = 0; l + 1 < n; l++)
			for (final float v : lap.level(l)) assertEquals(0f, v, 1e-6, "level " + l);
		for (final float v : lap.level(n - 1)) assertEquals(0.7f, v, 1e-6, "top");
	}

	@Test
	void buildDoesNotModifyOrShareTheInput() {
		final float[] img = TestImages.randomFloats(4 * 4, 9, 1f);
		final float[] copy = img.clone();
		final Pyramid one = LaplacianPyramid.build(img, 4, 4, 1);
		final Pyramid g = GaussianPyramid.build(img, 4, 4, 2);
		img[0] = 5;
		assertEquals(copy[0], one.level(0)[0]);
		assertEquals(copy[0], g.level(0)[0]);
	}

	@Test
	void rejectsBadArguments() {
		final float[] img = new float[12];
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LaplacianPyramid.build(img, 4, 3, 0));
		assertTrue(e.getMessage().contains("levels"), e.getMessage());
		assertThrows(IllegalArgumentException.class, () -> LaplacianPyramid.build(img, 4, 3, Pyramid.maxLevels(4, 3) + 1));
		e = assertThrows(IllegalArgumentException.class, () -> GaussianPyramid.build(img, 5, 3, 1));
		assertTrue(e.getMessage().contains("length"), e.getMessage());
		e = assertThrows(IllegalArgumentException.class, () -> LaplacianPyramid.build(img, 0, 3, 1));
		assertTrue(e.getMessage().contains("positive"), e.getMessage());
		assertThrows(IllegalArgumentException.class, () -> LaplacianPyramid.reconstruct(null));
	}

	private static int[] widths(final Pyramid p) {
		final int[] w = new int[p.levels()];
		for (int l = 0; l < w.length; l++) w[l] = p.width(l);
		return w;
	}

	private static int[] heights(final Pyramid p) {
		final int[] h = new int[p.levels()];
		for (int l = 0; l < h.length; l++) h[l] = p.height(l);
		return h;
	}
}
