package org.nmfusion.fusion.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.nmfusion.testutil.TestImages;

class LocalSimilarityRuleTest {

	private static float[] run(final float[] la, final float[] lb, final float[] gw, final int w, final int h, final double t) {
		final float[] out = new float[w * h];
		LocalSimilarityRule.apply(la, lb, gw, w, h, t, out);
		return out;
	}

	private static float[] filled(final int n, final float v) {
		final float[] a = new float[n];
		Arrays.fill(a, v);
		return a;
	}

	/**
	 * 3 x 3, LA = 1 at the centre and 0 elsewhere, LB = 1 everywhere, GW = 0.5. Padded LA (mirror without
	 * the edge: row -1 = row 1, column -1 = column 1) has 1 at (1,1) and its mirrors (-1,1), (1,-1), (3,1),
	 * (1,3); the corners (-1,-1) etc. are 0.
	 * <pre>
	 * pixel        EA  EB  S   M = 2S / (EA + EB)
	 * centre        1   9  1   2 / 10 = 0.2
	 * edge (x=1,y=0) 2   9  2   4 / 11 = 0.36
	 * corner (0,0)  3   8  3   6 / 11 = 0.545  (a mirrored corner would give EA 4, EB 9, S 4, M 8 / 13 = 0.615)
	 * </pre>
	 * With t = 0.6 no pixel blends and EB > EA everywhere: all LB = 1; without the zero corners the corner
	 * pixels would blend to 0.5. With t = 0.1 every pixel blends: 0.5 LA + 0.5 LB = 1 at the centre, 0.5
	 * elsewhere.
	 */
	@Test
	void threeByThreeWithZeroCorners() {
		final float[] la = { 0, 0, 0, 0, 1, 0, 0, 0, 0 };
		final float[] lb = filled(9, 1), gw = filled(9, 0.5f);
		assertArrayEquals(filled(9, 1), run(la, lb, gw, 3, 3, LocalSimilarityRule.DEFAULT_THRESHOLD));
		assertArrayEquals(new float[] { 0.5f, 0.5f, 0.5f, 0.5f, 1, 0.5f, 0.5f, 0.5f, 0.5f }, run(la, lb, gw, 3, 3, 0.1));
		// M at the corner is 0.545..., at the edges 0.36...: t = 0.5 blends only the corners
		assertArrayEquals(new float[] { 0.5f, 1, 0.5f, 1, 1, 1, 0.5f, 1, 0.5f }, run(la, lb, gw, 3, 3, 0.5));
	}

	/**
	 * Width 4, height 3, all rows equal: LA row (1 1 2 2), LB row (2 1 -1 3), GW = 0.25. Padded rows
	 * (mirror without the edge): LA (1 | 1 1 2 2 | 2), LB (1 | 2 1 -1 3 | -1); the 3 rows are equal, so a 3 x 3
	 * sum is 3 x the horizontal 3-sum, minus the zero corner for the corner pixels.
	 * <pre>
	 * squares/products  padded row            3-sums x = 0..3   x3
	 * LA^2             (1 | 1 1 4 4 | 4)      3  6  9 12     EA  9 18 27 36   corners  8, 32 (minus 1, 4)
	 * LB^2             (1 | 4 1 1 9 | 1)      6  6 11 11     EB 18 18 33 33   corners 17, 32 (minus 1, 1)
	 * LA LB            (1 | 2 1 -2 6 | -2)    4  1  5  2     S  12  3 15  6   corners 11,  8 (minus 1, -2)
	 * </pre>
	 * x = 0: M = 24/27 = 0.89 (corner 22/25 = 0.88) > 0.6: blend 0.25 * 1 + 0.75 * 2 = 1.75.
	 * x = 1: M = 6/36 = 0.17, EA = EB: LB = 1 (= LA).
	 * x = 2: M = 30/60 = 0.5, EA 27 < EB 33: LB = -1.
	 * x = 3: middle row M = 12/69 = 0.17, EA 36 > EB 33: LA = 2; corners M = 16/64 = 0.25, EA = EB = 32
	 * (not EA > EB): LB = 3. Without the zero corners they would pick LA = 2.
	 */
	@Test
	void fourByThreeBothBranches() {
		final float[] rowA = { 1, 1, 2, 2 }, rowB = { 2, 1, -1, 3 };
		final float[] la = new float[12], lb = new float[12];
		for (int y = 0; y < 3; y++) {
			System.arraycopy(rowA, 0, la, 4 * y, 4);
			System.arraycopy(rowB, 0, lb, 4 * y, 4);
		}
		final float[] out = run(la, lb, filled(12, 0.25f), 4, 3, LocalSimilarityRule.DEFAULT_THRESHOLD);
		assertArrayEquals(new float[] {
			1.75f, 1, -1, 3,
			1.75f, 1, -1, 2,
			1.75f, 1, -1, 3 }, out);
	}

	/**
	 * 1 x 1: the padded 3 x 3 holds the pixel 5 times (4 zero corners), so M = 2 a b / (a^2 + b^2).
	 * a = 1, b = 2: M = 0.8, blend 0.25 + 0.75 * 2 = 1.75; a = 1, b = -2: M = -0.8, EB > EA: LB = -2;
	 * a = -3, b = 2: M = -12/13, EA > EB: LA = -3. a = 1, b = 3: M = 6/10 = 0.6 exactly, not > t: LB = 3.
	 */
	@Test
	void singlePixel() {
		final float[] gw = { 0.25f };
		assertArrayEquals(new float[] { 1.75f }, run(new float[] { 1 }, new float[] { 2 }, gw, 1, 1, 0.6));
		assertArrayEquals(new float[] { -2 }, run(new float[] { 1 }, new float[] { -2 }, gw, 1, 1, 0.6));
		assertArrayEquals(new float[] { -3 }, run(new float[] { -3 }, new float[] { 2 }, gw, 1, 1, 0.6));
		assertArrayEquals(new float[] { 3 }, run(new float[] { 1 }, new float[] { 3 }, gw, 1, 1, 0.6));
	}

	/** The rule on an explicitly padded (h + 2) x (w + 2) array, as the reference code does it. */
	private static float[] literal(final float[] la, final float[] lb, final float[] gw, final int w, final int h, final double t) {
		final double[][] pa = pad(la, w, h), pb = pad(lb, w, h);
		final float[] out = new float[w * h];
		for (int y = 0; y < h; y++)
			for (int x = 0; x < w; x++) {
				double ea = 0, eb = 0, s = 0;
				for (int dy = 0; dy < 3; dy++)
					for (int dx = 0; dx < 3; dx++) {
						final double a = pa[y + dy][x + dx], b = pb[y + dy][x + dx];
						ea += a * a;
						eb += b * b;
						s += a * b;
					}
				final double m = 2 * s / (ea + eb + Math.ulp(1.0));
				final int i = y * w + x;
				out[i] = m > t ? gw[i] * la[i] + (1 - gw[i]) * lb[i] : ea > eb ? la[i] : lb[i];
			}
		return out;
	}

	private static double[][] pad(final float[] a, final int w, final int h) {
		final double[][] p = new double[h + 2][w + 2];
		for (int y = -1; y <= h; y++)
			for (int x = -1; x <= w; x++) {
				if ((y == -1 || y == h) && (x == -1 || x == w)) continue; // zero corners
				final int sy = y < 0 ? Math.min(1, h - 1) : y == h ? Math.max(h - 2, 0) : y;
				final int sx = x < 0 ? Math.min(1, w - 1) : x == w ? Math.max(w - 2, 0) : x;
				p[y + 1][x + 1] = a[sy * w + sx];
			}
		return p;
	}

	@Test
	void matchesExplicitPaddingOnRandomLevels() {
		for (final int[] s : new int[][] { { 1, 1 }, { 1, 6 }, { 6, 1 }, { 2, 2 }, { 7, 4 }, { 33, 20 }, { 300, 200 } }) {
			final int w = s[0], h = s[1], n = w * h;
			final float[] la = TestImages.randomFloats(n, 11 * w + h, 1f), lb = TestImages.randomFloats(n, 13 * w + h, 1f);
			for (int i = 0; i < n; i++) {
				la[i] -= 0.5f; // signed coefficients, some pairs correlated
				lb[i] = i % 3 == 0 ? la[i] * 0.8f + 0.1f * lb[i] : lb[i] - 0.5f;
			}
			final float[] gw = TestImages.randomFloats(n, 17 * w + h, 1f);
			for (final double t : new double[] { 0.6, 0.2 }) {
				final float[] expected = literal(la, lb, gw, w, h, t);
				assertArrayEquals(expected, run(la, lb, gw, w, h, t), w + " x " + h + ", t = " + t);
			}
		}
	}

	@Test
	void rejectsBadArguments() {
		final float[] a = new float[6], b = new float[6], g = new float[6];
		assertThrows(IllegalArgumentException.class, () -> LocalSimilarityRule.apply(a, b, g, 3, 2, 0.6, a));
		assertThrows(IllegalArgumentException.class, () -> LocalSimilarityRule.apply(a, new float[5], g, 3, 2, 0.6, new float[6]));
		assertThrows(IllegalArgumentException.class, () -> LocalSimilarityRule.apply(a, b, g, 3, 2, Double.NaN, new float[6]));
		assertThrows(IllegalArgumentException.class, () -> LocalSimilarityRule.apply(a, b, g, 0, 2, 0.6, new float[6]));
	}

	@Test
	void defaultThresholdIsLiusValue() {
		assertEquals(0.6, LocalSimilarityRule.DEFAULT_THRESHOLD);
	}
}
