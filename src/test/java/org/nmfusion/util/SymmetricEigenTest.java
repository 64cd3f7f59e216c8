package org.nmfusion.util;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SymmetricEigenTest {

	@Test
	void valuesDescendingWithUnitVectorsThatDiagonaliseTheMatrix() {
		final double[] m = { 2, 1, 0, 1, 2, 0, 0, 0, 5 };
		final SymmetricEigen e = new SymmetricEigen(m, 3, 0);
		assertArrayEquals(new double[] { 5, 3, 1 }, e.values(), 1e-12);
		final double[] v = e.vectors();
		final double[] values = e.values();
		for (int j = 0; j < 3; j++) {
			for (int r = 0; r < 3; r++) { // (M v_j)_r = lambda_j v_rj
				double mv = 0;
				for (int c = 0; c < 3; c++) mv += m[r * 3 + c] * v[c * 3 + j];
				assertEquals(values[j] * v[r * 3 + j], mv, 1e-12);
			}
		}
		final double[] d = e.diagonal();
		java.util.Arrays.sort(d);
		assertArrayEquals(new double[] { 1, 3, 5 }, d, 1e-12);
	}

	@Test
	void aDiagonalMatrixNeedsNoRotation() {
		assertArrayEquals(new double[] { 4, -1 }, new SymmetricEigen(new double[] { 4, 0, 0, -1 }, 2, 1e-30).diagonal(), 0);
	}
}
