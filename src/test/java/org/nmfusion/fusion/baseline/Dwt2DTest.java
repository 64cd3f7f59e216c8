package org.nmfusion.fusion.baseline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

class Dwt2DTest {

	private static final int[][] SIZES = { { 256, 256 }, { 255, 257 }, { 7, 3 }, { 1, 9 }, { 2, 2 }, { 9, 5 }, { 5, 64 } };

	static float[] random(int w, int h, long seed) {
		final Random rnd = new Random(seed);
		final float[] a = new float[w * h];
		for (int i = 0; i < a.length; i++) a[i] = rnd.nextFloat();
		return a;
	}

	@Test
	void filtersAreOrthonormal() {
		for (Wavelet wv : Wavelet.values()) {
			final float[] h = wv.lowPass(), g = wv.highPass();
			for (int shift = 0; shift < h.length; shift += 2) {
				double hh = 0, gg = 0, hg = 0;
				for (int n = 0; n + shift < h.length; n++) {
					hh += h[n] * h[n + shift];
					gg += g[n] * g[n + shift];
					hg += h[n] * g[n + shift];
				}
				assertEquals(shift == 0 ? 1 : 0, hh, 1e-6, wv + " low shift " + shift);
				assertEquals(shift == 0 ? 1 : 0, gg, 1e-6, wv + " high shift " + shift);
				assertEquals(0, hg, 1e-6, wv + " cross shift " + shift);
			}
		}
		assertEquals(0.4829629131, Wavelet.DB2.lowPass()[0], 1e-7);
		assertEquals(-0.1294095226, Wavelet.DB2.lowPass()[3], 1e-7);
	}

	@Test
	void perfectReconstructionAtAnySize() {
		for (Wavelet wv : Wavelet.values()) {
			for (int[] s : SIZES) {
				final float[] img = random(s[0], s[1], s[0] * 1000L + s[1]);
				final WaveletDecomposition d = Dwt2D.forward(img, s[0], s[1], wv, 3);
				final float[] back = Dwt2D.inverse(d);
				final String what = wv + " " + s[0] + "x" + s[1] + " (" + d.levelCount() + " levels)";
				assertEquals(img.length, back.length, what);
				for (int i = 0; i < img.length; i++) assertEquals(img[i], back[i], 1e-5, what + " pixel " + i);
			}
		}
	}

	@Test
	void levelCountShrinksForSmallImages() {
		assertEquals(3, Dwt2D.levelsThatFit(256, 256, Wavelet.DB2, 3));
		assertEquals(8, Dwt2D.levelsThatFit(256, 256, Wavelet.HAAR, 20));
		assertEquals(2, Dwt2D.levelsThatFit(7, 3, Wavelet.HAAR, 3)); // 7x3 -> 4x2 -> 2x1
		assertEquals(0, Dwt2D.levelsThatFit(7, 3, Wavelet.DB2, 3)); // 3 < 4 taps
		assertEquals(0, Dwt2D.levelsThatFit(1, 9, Wavelet.HAAR, 3));
		assertEquals(1, Dwt2D.levelsThatFit(2, 2, Wavelet.HAAR, 3));
		assertEquals(0, Dwt2D.levelsThatFit(2, 2, Wavelet.DB2, 3));
		final WaveletDecomposition d = Dwt2D.forward(random(255, 257, 3), 255, 257, Wavelet.DB2, 3);
		assertEquals(3, d.levelCount());
		assertEquals(128, d.level(0).bandWidth());
		assertEquals(129, d.level(0).bandHeight());
		assertEquals(32, d.approximationWidth());
		assertEquals(33, d.approximationHeight());
	}

	@Test
	void haarTwoByTwoByHand() {
		// [[a, b], [c, d]] = [[1, 2], [3, 4]], h = (1, 1)/sqrt2, g = (1, -1)/sqrt2, filtering along x then y:
		// approximation (a + b + c + d) / 2 = 5
		// horizontal (low x, high y) ((a + b) - (c + d)) / 2 = (3 - 7) / 2 = -2
		// vertical (high x, low y) ((a - b) + (c - d)) / 2 = (-1 - 1) / 2 = -1
		// diagonal (high x, high y) ((a - b) - (c - d)) / 2 = (-1 + 1) / 2 = 0
		final WaveletDecomposition d = Dwt2D.forward(new float[] { 1, 2, 3, 4 }, 2, 2, Wavelet.HAAR, 3);
		assertEquals(1, d.levelCount());
		assertArrayEquals(new float[] { 5 }, d.approximation(), 1e-6f);
		assertArrayEquals(new float[] { -2 }, d.level(0).horizontal(), 1e-6f);
		assertArrayEquals(new float[] { -1 }, d.level(0).vertical(), 1e-6f);
		assertArrayEquals(new float[] { 0 }, d.level(0).diagonal(), 1e-6f);
	}

	@Test
	void oddSizesPadByReplication() {
		// 3 x 1 is below Haar's 2 rows, so use 3 x 2: rows (1 2 3 | 3) and (4 5 6 | 6) after padding;
		// approximation of the column pairs: (1+2+4+5)/2 = 6, (3+3+6+6)/2 = 9
		final WaveletDecomposition d = Dwt2D.forward(new float[] { 1, 2, 3, 4, 5, 6 }, 3, 2, Wavelet.HAAR, 1);
		assertArrayEquals(new float[] { 6, 9 }, d.approximation(), 1e-6f);
		assertArrayEquals(new float[] { -1, 0 }, d.level(0).vertical(), 1e-6f); // ((1-2)+(4-5))/2, ((3-3)+(6-6))/2
	}

	@Test
	void badArgumentsAreNamed() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
			() -> Dwt2D.forward(new float[4], 2, 2, Wavelet.HAAR, -1));
		assertTrue(e.getMessage().contains("levels"), e.getMessage());
		e = assertThrows(IllegalArgumentException.class, () -> Dwt2D.forward(new float[4], 2, 2, null, 1));
		assertTrue(e.getMessage().contains("wavelet"), e.getMessage());
		e = assertThrows(IllegalArgumentException.class, () -> Dwt2D.forward(new float[5], 2, 2, Wavelet.HAAR, 1));
		assertTrue(e.getMessage().contains("5 values"), e.getMessage());
	}
}
