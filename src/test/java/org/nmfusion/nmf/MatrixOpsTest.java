package org.nmfusion.nmf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MatrixOpsTest {

	/** Sizes around the block, chunk and V^T thresholds, including odd ones. */
	@ParameterizedTest
	@CsvSource({ "1, 7, 1", "3, 1000, 2", "31, 300, 5", "32, 300, 5", "45, 5003, 7", "70, 129, 16" })
	void productsMatchNaiveDoubleReference(final int m, final int n, final int k) {
		final float[] v = NmfTestData.uniform(m * n, 0, 1, 1);
		final float[] w = NmfTestData.uniform(m * k, 0, 1, 2);
		final float[] h = NmfTestData.uniform(k * n, 0, 1, 3);
		final float[][] vr = MatrixOps.toRows(v, m, n), hr = MatrixOps.toRows(h, k, n);
		for (final int threads : new int[] { 1, 2, 3 }) {
			try (MatrixOps ops = new MatrixOps(threads)) {
				final float[][] vt = ops.transpose(vr, m, n);
				for (int x = 0; x < n; x++)
					for (int i = 0; i < m; i++)
						assertEquals(v[i * n + x], vt[x][i]);
				final float[][] wtv = ops.wtv(w, vr, m, n, k);
				final double[] vhtT = ops.vht(vr, vt, hr, m, n, k);
				final double[] vhtD = ops.vht(vr, null, hr, m, n, k);
				final double[] wtw = ops.gramColumns(w, m, k);
				final double[] hht = ops.gramRows(hr, k, n);
				for (int j = 0; j < k; j++)
					for (int x = 0; x < n; x++) {
						double s = 0;
						for (int i = 0; i < m; i++)
							s += (double) w[i * k + j] * v[i * n + x];
						assertEquals(s, wtv[j][x], 1e-5 * (1 + s), "W^T V");
					}
				for (int i = 0; i < m; i++)
					for (int j = 0; j < k; j++) {
						double s = 0;
						for (int x = 0; x < n; x++)
							s += (double) v[i * n + x] * h[j * n + x];
						assertEquals(s, vhtT[i * k + j], 1e-5 * (1 + s), "V H^T via V^T");
						assertEquals(s, vhtD[i * k + j], 1e-5 * (1 + s), "V H^T via dots");
					}
				for (int a = 0; a < k; a++)
					for (int b = 0; b < k; b++) {
						double sw = 0, sh = 0;
						for (int i = 0; i < m; i++)
							sw += (double) w[i * k + a] * w[i * k + b];
						for (int x = 0; x < n; x++)
							sh += (double) h[a * n + x] * h[b * n + x];
						assertEquals(sw, wtw[a * k + b], 1e-5 * (1 + sw), "W^T W");
						assertEquals(sh, hht[a * k + b], 1e-5 * (1 + sh), "H H^T");
					}
				double r = 0, f = 0;
				for (int i = 0; i < m; i++)
					for (int x = 0; x < n; x++) {
						double s = v[i * n + x];
						f += s * s;
						for (int j = 0; j < k; j++)
							s -= (double) w[i * k + j] * h[j * n + x];
						r += s * s;
					}
				assertEquals(f, ops.frobeniusSq(vr), 1e-6 * f);
				assertEquals(r, ops.residualSq(vr, w, hr, m, n, k), 1e-5 * r);
			}
		}
	}
}
