package org.nmfusion.nmf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;

import org.junit.jupiter.api.Test;

class NmfCoefficientsTest {

	@Test
	void recoversTheCoefficientsOfAnExactNonNegativeProduct() {
		final int m = 12, n = 3000, k = 3;
		final Random r = new Random(5);
		final float[] w = new float[m * k], h = new float[k * n], v = new float[m * n];
		for (int i = 0; i < w.length; i++)
			w[i] = r.nextFloat() < 0.3 ? 0 : r.nextFloat();
		for (int i = 0; i < h.length; i++)
			h[i] = r.nextFloat() < 0.2 ? 0 : r.nextFloat();
		for (int i = 0; i < m; i++)
			for (int x = 0; x < n; x++)
				for (int j = 0; j < k; j++)
					v[i * n + x] += w[i * k + j] * h[j * n + x];
		final float[] got = Nmf.coefficients(v, m, n, w, k, 200);
		for (int i = 0; i < h.length; i++)
			assertEquals(h[i], got[i], 2e-3, "H at " + i);
		// the same V given as two blocks of rows
		final float[] top = java.util.Arrays.copyOfRange(v, 0, 5 * n), bottom = java.util.Arrays.copyOfRange(v, 5 * n, m * n);
		final float[] blocks = Nmf.coefficients(new float[][] { top, bottom }, n, w, k, 200);
		for (int i = 0; i < h.length; i++)
			assertEquals(got[i], blocks[i], 1e-6, "blocks at " + i);
		assertThrows(IllegalArgumentException.class, () -> Nmf.coefficients(v, m, n, new float[m * k - 1], k, 3));
	}
}
