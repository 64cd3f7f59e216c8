package org.nmfusion.fusion.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

class PcaWeightsTest {

	@Test
	void fusingAnImageWithItselfReturnsIt() {
		final Random rnd = new Random(1);
		final float[] a = new float[31 * 17];
		for (int i = 0; i < a.length; i++) a[i] = rnd.nextFloat();
		final float[] f = PcaWeights.fuse(a, a.clone(), 31, 17);
		for (int i = 0; i < a.length; i++) assertEquals(a[i], f[i], 1e-6);
	}

	@Test
	void rankOneTwoPixelCase() {
		// a = (0, 2), b = (0, 1): deviations (-1, 1) and (-0.5, 0.5); covariance (population)
		// [[1, 0.5], [0.5, 0.25]] has rank 1, first eigenvector (2, 1) / sqrt 5 -> wA = 2/3, wB = 1/3
		final PcaWeights p = PcaWeights.of(new float[] { 0, 2 }, new float[] { 0, 1 });
		assertEquals(2.0 / 3, p.wA(), 1e-12);
		assertEquals(1.0 / 3, p.wB(), 1e-12);
		final float[] f = PcaWeights.fuse(new float[] { 0, 2 }, new float[] { 0, 1 }, 2, 1);
		assertEquals(0, f[0], 1e-6);
		assertEquals(2 * 2.0 / 3 + 1.0 / 3, f[1], 1e-6);
	}

	@Test
	void fullRankCase() {
		// a = (4, 0, 0, 0), b = (2, 0, 2, 0): deviations (3, -1, -1, -1) and (1, -1, 1, -1), covariance
		// [[3, 1], [1, 1]]; lambda = 2 + sqrt 2, eigenvector (lambda - 1, 1) = (1 + sqrt 2, 1)
		// -> wA = (1 + sqrt 2) / (2 + sqrt 2) = 1 / sqrt 2
		final PcaWeights p = PcaWeights.of(new float[] { 4, 0, 0, 0 }, new float[] { 2, 0, 2, 0 });
		assertEquals(1 / Math.sqrt(2), p.wA(), 1e-12);
		assertEquals(1 - 1 / Math.sqrt(2), p.wB(), 1e-12);
		// swapping the sources swaps the weights (the other branch of the eigenvector formula)
		final PcaWeights q = PcaWeights.of(new float[] { 2, 0, 2, 0 }, new float[] { 4, 0, 0, 0 });
		assertEquals(p.wB(), q.wA(), 1e-12);
	}

	@Test
	void degenerateCasesGiveHalf() {
		final PcaWeights constant = PcaWeights.of(new float[] { 3, 3, 3 }, new float[] { 7, 7, 7 });
		assertEquals(0.5, constant.wA(), 0);
		assertEquals(0.5, constant.wB(), 0);
		// only A varies: all weight on A
		assertEquals(1.0, PcaWeights.of(new float[] { 0, 1, 0 }, new float[] { 5, 5, 5 }).wA(), 1e-12);
	}

	@Test
	void badInputIsNamed() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
			() -> PcaWeights.fuse(new float[6], new float[5], 3, 2));
		assertTrue(e.getMessage().contains("source B"), e.getMessage());
	}
}
