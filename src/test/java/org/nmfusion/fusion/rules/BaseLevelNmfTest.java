package org.nmfusion.fusion.rules;

import org.nmfusion.nmf.NmfTestData;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BaseLevelNmfTest {

	private static double[] random(final int n, final double lo, final double hi, final long seed) {
		final float[] f = NmfTestData.uniform(n, lo, hi, seed);
		final double[] d = new double[n];
		for (int t = 0; t < n; t++)
			d[t] = f[t];
		return d;
	}

	@Test
	void identicalLevelsAreReturnedUnchanged() {
		final double[] a = random(64, 0.1, 0.9, 1);
		final double[] f = BaseLevelNmf.fuse(a, a.clone());
		for (int t = 0; t < a.length; t++)
			assertEquals(a[t], f[t], 1e-6);
	}

	@Test
	void proportionalLevelsGiveTheMeanScale() {
		// V = a [1, 2] is exactly rank 1: LF = w (h1 + h2) / 2 = 1.5 a
		final double[] a = random(50, 0.1, 0.9, 2);
		final double[] b = new double[a.length];
		for (int t = 0; t < a.length; t++)
			b[t] = 2 * a[t];
		final double[] f = BaseLevelNmf.fuse(a, b);
		for (int t = 0; t < a.length; t++)
			assertEquals(1.5 * a[t], f[t], 1e-6);
	}

	@Test
	void negativeLevelsAreShiftedAndShiftedBack() {
		final double[] a = random(30, -0.5, 0.5, 3);
		final double[] f = BaseLevelNmf.fuse(a, a.clone());
		for (int t = 0; t < a.length; t++)
			assertEquals(a[t], f[t], 1e-6);
		final double[] c = new double[9];
		java.util.Arrays.fill(c, -2);
		for (final double v : BaseLevelNmf.fuse(c, c.clone()))
			assertEquals(-2, v, 1e-12);
	}

	@Test
	void fusedLevelLiesBetweenDifferentInputsOnAverage() {
		final double[] a = random(40, 0.1, 0.5, 4), b = random(40, 0.5, 0.9, 5);
		final double[] f = BaseLevelNmf.fuse(a, b);
		double ma = 0, mb = 0, mf = 0;
		for (int t = 0; t < a.length; t++) {
			ma += a[t];
			mb += b[t];
			mf += f[t];
		}
		assertTrue(mf > ma && mf < mb, ma + " < " + mf + " < " + mb);
		final float[] ff = BaseLevelNmf.fuse(new float[] { 1, 2 }, new float[] { 1, 2 });
		assertEquals(2f, ff[1], 1e-5f);
	}

	@Test
	void badInputIsRejected() {
		assertTrue(assertThrows(IllegalArgumentException.class, () -> BaseLevelNmf.fuse(new double[3], new double[4])).getMessage()
			.contains("differ in size"));
		assertTrue(assertThrows(IllegalArgumentException.class, () -> BaseLevelNmf.fuse(new double[] { Double.NaN }, new double[1]))
			.getMessage().contains("NaN"));
	}
}
