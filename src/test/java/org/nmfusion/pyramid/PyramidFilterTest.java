package org.nmfusion.pyramid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** Compares the fast filters with literal, slow implementations of their definitions (in double). */
class PyramidFilterTest {

	private static final double[] F = { 1 / 16.0, 4 / 16.0, 6 / 16.0, 4 / 16.0, 1 / 16.0 };

	private static final int[][] SIZES = { { 8, 6 }, { 7, 5 }, { 1, 1 }, { 1, 9 }, { 9, 1 }, { 2, 3 }, { 3, 2 }, { 13, 16 }, { 33, 4 } };

	/** Symmetric border with the edge repeated (... c b a | a b c ...), folding as often as needed. */
	private static int symmetric(int i, final int n) {
		while (i < 0 || i >= n) {
			if (i < 0) i = -1 - i;
			if (i >= n) i = 2 * n - 1 - i;
		}
		return i;
	}

	/** imfilter(I, f, 'symmetric') along rows, then along columns, then I(1:2:end, 1:2:end). */
	private static double[][] slowDownsample(final double[][] img) {
		final int r = img.length, c = img[0].length;
		final double[][] h = new double[r][c];
		for (int y = 0; y < r; y++)
			for (int x = 0; x < c; x++)
				for (int k = -2; k <= 2; k++)
					h[y][x] += F[k + 2] * img[y][symmetric(x + k, c)];
		final double[][] v = new double[r][c];
		for (int y = 0; y < r; y++)
			for (int x = 0; x < c; x++)
				for (int k = -2; k <= 2; k++)
					v[y][x] += F[k + 2] * h[symmetric(y + k, r)][x];
		final double[][] out = new double[(r + 1) / 2][(c + 1) / 2];
		for (int y = 0; y < r; y += 2)
			for (int x = 0; x < c; x += 2)
				out[y / 2][x / 2] = v[y][x];
		return out;
	}

	/** Replicate pad 1, 4x on the even positions of a zero grid, zero-padded filter, crop (odd = 2 size - target). */
	private static double[][] slowUpsample(final double[][] img, final int th, final int tw) {
		final int r = img.length, c = img[0].length;
		final double[][] p = new double[r + 2][c + 2];
		for (int i = 0; i < r + 2; i++)
			for (int j = 0; j < c + 2; j++)
				p[i][j] = img[Math.min(Math.max(i - 1, 0), r - 1)][Math.min(Math.max(j - 1, 0), c - 1)];
		final int gr = 2 * (r + 2), gc = 2 * (c + 2);
		final double[][] z = new double[gr][gc];
		for (int i = 0; i < r + 2; i++)
			for (int j = 0; j < c + 2; j++)
				z[2 * i][2 * j] = 4 * p[i][j];
		final double[][] h = new double[gr][gc];
		for (int y = 0; y < gr; y++)
			for (int x = 0; x < gc; x++)
				for (int k = -2; k <= 2; k++)
					if (x + k >= 0 && x + k < gc) h[y][x] += F[k + 2] * z[y][x + k];
		final double[][] v = new double[gr][gc];
		for (int y = 0; y < gr; y++)
			for (int x = 0; x < gc; x++)
				for (int k = -2; k <= 2; k++)
					if (y + k >= 0 && y + k < gr) v[y][x] += F[k + 2] * h[y + k][x];
		final int oddR = 2 * r - th, oddC = 2 * c - tw;
		final int lastRow = gr - 3 - oddR, lastCol = gc - 3 - oddC;
		final double[][] out = new double[lastRow - 1][lastCol - 1];
		for (int y = 2; y <= lastRow; y++)
			for (int x = 2; x <= lastCol; x++)
				out[y - 2][x - 2] = v[y][x];
		return out;
	}

	private static double[][] random(final int w, final int h, final long seed) {
		final Random rnd = new Random(seed);
		final double[][] a = new double[h][w];
		for (final double[] row : a)
			for (int x = 0; x < w; x++) row[x] = rnd.nextFloat(); // float values, exact in both
		return a;
	}

	private static float[] flat(final double[][] a) {
		final int w = a[0].length;
		final float[] f = new float[a.length * w];
		for (int y = 0; y < a.length; y++)
			for (int x = 0; x < w; x++) f[y * w + x] = (float) a[y][x];
		return f;
	}

	private static void assertSame2D(final double[][] expected, final float[] got, final String what) {
		final int w = expected[0].length;
		assertEquals(expected.length * w, got.length, what + ": size");
		for (int y = 0; y < expected.length; y++)
			for (int x = 0; x < w; x++)
				assertEquals(expected[y][x], got[y * w + x], 1e-6, what + " at (x=" + x + ", y=" + y + ")");
	}

	@Test
	void downsampleMatchesDefinition() {
		for (final int[] s : SIZES) {
			final double[][] img = random(s[0], s[1], 31 * s[0] + s[1]);
			final float[] got = PyramidFilter.downsample(flat(img), s[0], s[1]);
			assertSame2D(slowDownsample(img), got, "downsample " + s[0] + " x " + s[1]);
		}
	}

	@Test
	void upsampleMatchesDefinitionForEvenAndOddTargets() {
		for (final int[] s : SIZES) {
			final double[][] img = random(s[0], s[1], 17 * s[0] + s[1]);
			for (final int tw : new int[] { 2 * s[0], 2 * s[0] - 1 })
				for (final int th : new int[] { 2 * s[1], 2 * s[1] - 1 }) {
					final float[] got = PyramidFilter.upsample(flat(img), s[0], s[1], tw, th);
					final double[][] expected = slowUpsample(img, th, tw);
					assertEquals(th, expected.length);
					assertEquals(tw, expected[0].length);
					assertSame2D(expected, got, "upsample " + s[0] + " x " + s[1] + " to " + tw + " x " + th);
				}
		}
	}

	@Test
	void filtersKeepConstants() {
		final float[] c = new float[7 * 4];
		java.util.Arrays.fill(c, 0.3f);
		for (final float v : PyramidFilter.downsample(c, 7, 4)) assertEquals(0.3f, v, 1e-7);
		for (final float v : PyramidFilter.upsample(c, 7, 4, 13, 8)) assertEquals(0.3f, v, 1e-7);
	}

	@Test
	void rejectsBadArguments() {
		assertThrows(IllegalArgumentException.class, () -> PyramidFilter.downsample(new float[6], 2, 2));
		assertThrows(IllegalArgumentException.class, () -> PyramidFilter.downsample(new float[0], 0, 0));
		assertThrows(IllegalArgumentException.class, () -> PyramidFilter.downsample(null, 2, 2));
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PyramidFilter.upsample(new float[6], 3, 2, 7, 4));
		assertTrue(e.getMessage().contains("7 x 4"), e.getMessage());
		assertThrows(IllegalArgumentException.class, () -> PyramidFilter.upsample(new float[6], 3, 2, 6, 2));
	}
}
