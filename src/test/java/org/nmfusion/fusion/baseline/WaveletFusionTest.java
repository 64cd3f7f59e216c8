package org.nmfusion.fusion.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WaveletFusionTest {

	@Test
	void fusingAnImageWithItselfReturnsIt() {
		for (Wavelet wv : Wavelet.values()) {
			for (int[] s : new int[][] { { 256, 256 }, { 255, 257 }, { 7, 3 }, { 1, 9 }, { 2, 2 } }) {
				final float[] a = Dwt2DTest.random(s[0], s[1], 42 + s[0]);
				final float[] f = WaveletFusion.fuse(a, a.clone(), s[0], s[1], wv);
				for (int i = 0; i < a.length; i++) assertEquals(a[i], f[i], 1e-5, wv + " " + s[0] + "x" + s[1]);
			}
		}
	}

	@Test
	void detailsComeFromTheCheckerboard() {
		// A flat 0.5, B a one-pixel 0/1 checkerboard of mean 0.5. The checkerboard's level-1 energy is all in the
		// diagonal band (its low-pass along x or y vanishes for both wavelets), the flat image has no details, and
		// both approximations carry the same mean, so the fused image is the checkerboard itself.
		final int w = 16, h = 12;
		final float[] flat = new float[w * h], checker = new float[w * h];
		for (int y = 0; y < h; y++) {
			for (int x = 0; x < w; x++) {
				flat[y * w + x] = 0.5f;
				checker[y * w + x] = (x + y) % 2;
			}
		}
		for (Wavelet wv : Wavelet.values()) {
			final float[] f = WaveletFusion.fuse(flat, checker, w, h, wv, 2);
			for (int i = 0; i < f.length; i++) assertEquals(checker[i], f[i], 1e-5, wv + " pixel " + i);
			final float[] g = WaveletFusion.fuse(checker, flat, w, h, wv, 2);
			for (int i = 0; i < g.length; i++) assertEquals(checker[i], g[i], 1e-5, wv + " swapped, pixel " + i);
		}
	}

	@Test
	void ruleAveragesApproximationAndKeepsLargerDetail() {
		final int w = 20, h = 14;
		final WaveletDecomposition a = Dwt2D.forward(Dwt2DTest.random(w, h, 1), w, h, Wavelet.DB2, 2);
		final WaveletDecomposition b = Dwt2D.forward(Dwt2DTest.random(w, h, 2), w, h, Wavelet.DB2, 2);
		final WaveletDecomposition f = WaveletFusion.fuse(a, b);
		for (int i = 0; i < f.approximation().length; i++) {
			assertEquals(0.5f * (a.approximation()[i] + b.approximation()[i]), f.approximation()[i], 1e-6);
		}
		int fromA = 0, fromB = 0;
		for (int l = 0; l < f.levelCount(); l++) {
			final float[][] bands = { a.level(l).horizontal(), b.level(l).horizontal(), f.level(l).horizontal(),
				a.level(l).vertical(), b.level(l).vertical(), f.level(l).vertical(),
				a.level(l).diagonal(), b.level(l).diagonal(), f.level(l).diagonal() };
			for (int k = 0; k < 9; k += 3) {
				for (int i = 0; i < bands[k].length; i++) {
					final float ca = bands[k][i], cb = bands[k + 1][i];
					final float expected = Math.abs(ca) >= Math.abs(cb) ? ca : cb;
					assertEquals(expected, bands[k + 2][i], 0);
					if (expected == ca) fromA++;
					else fromB++;
				}
			}
		}
		assertTrue(fromA > 0 && fromB > 0, "both sources contribute details");
	}

	@Test
	void mismatchedInputsAreNamed() {
		final WaveletDecomposition a = Dwt2D.forward(new float[64], 8, 8, Wavelet.HAAR, 2);
		final WaveletDecomposition b = Dwt2D.forward(new float[64], 8, 8, Wavelet.DB2, 2);
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WaveletFusion.fuse(a, b));
		assertTrue(e.getMessage().contains("decompositions differ"), e.getMessage());
		assertThrows(IllegalArgumentException.class, () -> WaveletFusion.fuse(new float[64], new float[63], 8, 8, Wavelet.HAAR));
	}
}
