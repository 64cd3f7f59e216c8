package org.nmfusion.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HannKernelTest {

	@Test
	void weightsSumToOneAndFollowTheFormula() {
		for (int r = 1; r <= 12; r++) {
			final double[] h = HannKernel.weights(r);
			final int n = 2 * r + 1;
			assertEquals(n, h.length);
			double sum = 0;
			for (double v : h) sum += v;
			assertEquals(1.0, sum, 1e-12, "sum at r=" + r);
			double rawSum = 0;
			for (int i = 0; i < n; i++) rawSum += 0.5 * (1 - Math.cos(2 * Math.PI * (i + 1) / (n + 1)));
			for (int i = 0; i < n; i++) {
				final double raw = 0.5 * (1 - Math.cos(2 * Math.PI * (i + 1) / (n + 1)));
				assertEquals(raw / rawSum, h[i], 1e-15, "formula at r=" + r + ", n=" + i);
				assertEquals(h[i], h[n - 1 - i], 1e-15, "symmetric");
				assertTrue(h[i] > 0, "no zero end taps");
			}
			assertTrue(h[r] > h[0], "peak in the middle");
		}
	}

	@Test
	void radiusOneHasKnownWeights() {
		// N = 3: h = 0.5(1 - cos(2 pi k / 4)), k = 1..3 -> 0.5, 1, 0.5 -> normalised 0.25, 0.5, 0.25
		final double[] h = HannKernel.weights(1);
		assertEquals(0.25, h[0], 1e-15);
		assertEquals(0.5, h[1], 1e-15);
		assertEquals(0.25, h[2], 1e-15);
		assertEquals(Math.sqrt(0.5), HannKernel.sigma(1), 1e-12);
	}

	@Test
	void radiusBelowOneIsRejected() {
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HannKernel.weights(0));
		assertTrue(e.getMessage().contains("radius"), e.getMessage());
	}
}
