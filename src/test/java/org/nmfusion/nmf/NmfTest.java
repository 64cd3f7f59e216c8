package org.nmfusion.nmf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nmfusion.nmf.NmfOptions.Init;
import org.nmfusion.nmf.NmfOptions.Solver;

import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.img.basictypeaccess.array.FloatArray;
import net.imglib2.type.numeric.real.FloatType;

class NmfTest {

	private static NmfOptions.Builder opts(final int k) {
		return NmfOptions.builder(k).tolerance(0).threads(2);
	}

	@Test
	void halsRecoversPlantedFactorization() {
		final int m = 100, n = 120, k = 5;
		final float[] v = NmfTestData.plantedSparse(m, n, k, 0.5, 11);
		final NmfResult r = Nmf.factorize(v, m, n, opts(k).solver(Solver.HALS).maxIterations(600).build());
		assertTrue(r.relativeError() < 1e-4, "HALS relative error " + r.relativeError());
		assertEquals(r.relativeError(), NmfTestData.relativeError(v, r.reconstruct()), 1e-6);
		assertEquals(600, r.iterations());
		assertFalse(r.converged());
	}

	@Test
	void muRecoversPlantedFactorization() {
		final int m = 100, n = 120, k = 5;
		final float[] v = NmfTestData.plantedSparse(m, n, k, 0.7, 11);
		final NmfResult r = Nmf.factorize(v, m, n, opts(k).solver(Solver.MU).maxIterations(2000).build());
		assertTrue(r.relativeError() < 1e-3, "MU relative error " + r.relativeError());
		assertEquals(r.relativeError(), NmfTestData.relativeError(v, r.reconstruct()), 1e-6);
	}

	@Test
	void tallInputIsSolvedInTransposedOrientation() {
		// 80 x 60: internally V^T is factorized; W and H must still be in the caller's orientation
		final int m = 120, n = 100, k = 5;
		final float[] v = NmfTestData.plantedSparse(m, n, k, 0.5, 5);
		final NmfResult r = Nmf.factorize(v, m, n, opts(k).maxIterations(600).build());
		assertEquals(m * k, r.w().length);
		assertEquals(k * n, r.h().length);
		assertTrue(r.relativeError() < 1e-4, "relative error " + r.relativeError());
		assertEquals(r.relativeError(), NmfTestData.relativeError(v, r.reconstruct()), 1e-6);
	}

	@Test
	void muLossNeverIncreases() {
		final int m = 40, n = 50, k = 5;
		final float[] v = NmfTestData.planted(m, n, k, 0, 0.3, 3);
		for (final Init init : Init.values()) {
			final NmfResult r = Nmf.factorize(v, m, n, opts(k).solver(Solver.MU).init(init).exactLoss(true).maxIterations(300).build());
			final double[] loss = r.lossHistory();
			assertEquals(301, loss.length);
			for (int t = 1; t < loss.length; t++)
				assertTrue(loss[t] <= loss[t - 1] + 1e-9 * loss[0],
					init + ": loss increased at iteration " + t + ": " + loss[t - 1] + " -> " + loss[t]);
			assertTrue(loss[300] < 0.9 * loss[0], init + ": loss hardly decreased");
		}
	}

	@Test
	void traceLossMatchesExactLoss() {
		final int m = 40, n = 300, k = 5;
		final float[] v = NmfTestData.planted(m, n, k, 0, 0.3, 4);
		for (final Solver s : Solver.values()) {
			final NmfResult fast = Nmf.factorize(v, m, n, opts(k).solver(s).maxIterations(50).build());
			final NmfResult exact = Nmf.factorize(v, m, n, opts(k).solver(s).maxIterations(50).exactLoss(true).build());
			final double[] a = fast.lossHistory(), b = exact.lossHistory();
			for (int t = 0; t < a.length; t++)
				assertEquals(b[t], a[t], 1e-3 * b[t], s + " iteration " + t);
			// loss and relative error describe the same residual
			assertEquals(fast.relativeError(), Math.sqrt(2 * b[50] / frob(v)), 1e-6);
		}
	}

	private static double frob(final float[] v) {
		double s = 0;
		for (final float x : v)
			s += (double) x * x;
		return s;
	}

	@Test
	void nndsvdOfRankOneMatrixIsExact() {
		final int m = 37, n = 53;
		final float[] u = NmfTestData.uniform(m, 0.5, 2, 1), w = NmfTestData.uniform(n, 0.5, 2, 2);
		final float[] v = new float[m * n];
		for (int i = 0; i < m; i++)
			for (int x = 0; x < n; x++)
				v[i * n + x] = u[i] * w[x];
		for (final Init init : new Init[] { Init.NNDSVD, Init.NNDSVDA }) {
			final float[][] wh = NmfInit.initialize(v, m, n, NmfOptions.builder(1).init(init).build());
			final float[] rec = new float[m * n];
			for (int i = 0; i < m; i++)
				for (int x = 0; x < n; x++)
					rec[i * n + x] = wh[0][i] * wh[1][x];
			assertTrue(NmfTestData.relativeError(v, rec) < 1e-5, init + " error " + NmfTestData.relativeError(v, rec));
		}
		// tall orientation too
		final float[][] wh = NmfInit.initialize(v, n, m, NmfOptions.builder(1).init(Init.NNDSVD).build());
		assertEquals(n, wh[0].length);
	}

	@Test
	void nndsvdStartsBelowRandomAndIsNonNegative() {
		final int m = 50, n = 70, k = 6;
		final float[] v = NmfTestData.planted(m, n, k, 0, 0.05, 9);
		final NmfResult a = Nmf.factorize(v, m, n, opts(k).init(Init.NNDSVD).maxIterations(0).build());
		final NmfResult b = Nmf.factorize(v, m, n, opts(k).init(Init.RANDOM).maxIterations(0).build());
		assertTrue(a.lossHistory()[0] < b.lossHistory()[0]);
		for (final float x : a.w())
			assertTrue(x >= 0);
		for (final float x : a.h())
			assertTrue(x >= 0);
	}

	@Test
	void equalSeedsGiveIdenticalResultsIndependentOfThreads() {
		final int m = 45, n = 5003, k = 6;
		final float[] v = NmfTestData.planted(m, n, k, 0, 0.2, 8);
		for (final Solver s : Solver.values())
			for (final Init init : Init.values()) {
				final NmfOptions o = opts(k).solver(s).init(init).seed(42).maxIterations(20).build();
				final NmfResult a = Nmf.factorize(v, m, n, o);
				final NmfResult b = Nmf.factorize(v, m, n, o);
				final NmfResult c = Nmf.factorize(v, m, n, o.toBuilder().threads(1).build());
				assertArrayEquals(a.w(), b.w());
				assertArrayEquals(a.h(), b.h());
				assertArrayEquals(a.lossHistory(), b.lossHistory());
				assertArrayEquals(a.w(), c.w());
				assertArrayEquals(a.h(), c.h());
			}
		final NmfOptions r1 = opts(k).init(Init.RANDOM).seed(1).maxIterations(5).build();
		assertFalse(java.util.Arrays.equals(Nmf.factorize(v, m, n, r1).w(), Nmf.factorize(v, m, n, r1.toBuilder().seed(2).build()).w()));
	}

	@Test
	void solversAgreeOnWellConditionedProblem() {
		final int m = 50, n = 60, k = 3;
		final float[] v = NmfTestData.planted(m, n, k, 0.2, 0.05, 21);
		final NmfResult mu = Nmf.factorize(v, m, n, opts(k).solver(Solver.MU).maxIterations(3000).build());
		final NmfResult hals = Nmf.factorize(v, m, n, opts(k).solver(Solver.HALS).maxIterations(3000).build());
		assertEquals(hals.finalLoss(), mu.finalLoss(), 0.01 * hals.finalLoss());
	}

	@Test
	void toleranceStopsEarly() {
		final int m = 30, n = 40, k = 3;
		final float[] v = NmfTestData.planted(m, n, k, 0.1, 0.1, 2);
		final NmfResult r = Nmf.factorize(v, m, n, NmfOptions.builder(k).tolerance(1e-3).maxIterations(1000).build());
		assertTrue(r.converged());
		assertTrue(r.iterations() < 1000);
		final double[] l = r.lossHistory();
		assertTrue(Math.abs(l[l.length - 2] - l[l.length - 1]) / l[l.length - 2] < 1e-3);
		assertEquals(r.iterations(), r.iterationNanos().length);
	}

	@Test
	void klDivergenceDecreasesAndFits() {
		final int m = 30, n = 40, k = 3;
		final float[] v = NmfTestData.planted(m, n, k, 0.1, 0, 6);
		final NmfResult r = Nmf.factorize(v, m, n,
			opts(k).solver(Solver.MU).loss(NmfOptions.Loss.KULLBACK_LEIBLER).maxIterations(1500).build());
		final double[] l = r.lossHistory();
		for (int t = 1; t < l.length; t++)
			assertTrue(l[t] <= l[t - 1] + 1e-9 * l[0], "KL increased at " + t);
		assertTrue(r.relativeError() < 5e-3, "KL relative error " + r.relativeError());
	}

	@Test
	void l1PenaltyMakesHSparser() {
		final int m = 40, n = 60, k = 6;
		final float[] v = NmfTestData.planted(m, n, k, 0, 0.2, 12);
		final NmfResult plain = Nmf.factorize(v, m, n, opts(k).maxIterations(300).build());
		final NmfResult sparse = Nmf.factorize(v, m, n, opts(k).l1H(2.0).maxIterations(300).build());
		assertTrue(zeros(sparse.h()) > zeros(plain.h()) + 20, zeros(sparse.h()) + " vs " + zeros(plain.h()));
		assertTrue(sparse.relativeError() > plain.relativeError());
	}

	private static int zeros(final float[] a) {
		int z = 0;
		for (final float x : a)
			if (x == 0) z++;
		return z;
	}

	@Test
	void stackLayoutsAreTransposesOfEachOther() {
		final int w = 9, h = 7, slices = 5, k = 2;
		final float[] data = NmfTestData.planted(slices, w * h, k, 0.1, 0, 4);
		final ArrayImg<FloatType, FloatArray> stack = ArrayImgs.floats(data, w, h, slices);
		final NmfOptions o = opts(k).maxIterations(400).build();
		final NmfResult rows = Nmf.factorizeStack(stack, Nmf.SliceLayout.ROWS, o);
		final NmfResult cols = Nmf.factorizeStack(stack, Nmf.SliceLayout.COLUMNS, o);
		assertEquals(slices, rows.rows());
		assertEquals(w * h, cols.rows());
		assertTrue(rows.relativeError() < 1e-4);
		assertTrue(cols.relativeError() < 1e-4);
		final float[] rr = rows.reconstruct(), cr = cols.reconstruct();
		for (int s = 0; s < slices; s++)
			for (int p = 0; p < w * h; p++)
				assertEquals(data[s * w * h + p], rr[s * w * h + p], 1e-3);
		for (int s = 0; s < slices; s++)
			for (int p = 0; p < w * h; p++)
				assertEquals(data[s * w * h + p], cr[p * slices + s], 1e-3);
		// 2-D image: row y of the image is row y of V
		final NmfResult img = Nmf.factorize(ArrayImgs.floats(data, w * h, slices), o);
		assertEquals(slices, img.rows());
		assertEquals(w * h, img.columns());
	}

	@Test
	void zeroMatrixGivesZeroFactors() {
		final NmfResult r = Nmf.factorize(new float[12], 3, 4, opts(2).build());
		assertEquals(0, r.relativeError());
		assertEquals(0, r.iterations());
	}

	@Test
	void badInputsAreRejectedWithClearMessages() {
		final NmfOptions o = opts(2).build();
		final float[] ok = NmfTestData.uniform(12, 0, 1, 1);
		assertMessage(() -> Nmf.factorize(with(ok, 5, -1f), 3, 4, o), "negative", "row 1", "column 1");
		assertMessage(() -> Nmf.factorize(with(ok, 2, Float.NaN), 3, 4, o), "NaN");
		assertMessage(() -> Nmf.factorize(with(ok, 0, Float.POSITIVE_INFINITY), 3, 4, o), "infinite");
		assertMessage(() -> Nmf.factorize(ok, 3, 5, o), "size mismatch");
		assertMessage(() -> Nmf.factorize(ok, 3, 4, opts(4).build()), "rank 4 exceeds min(rows, columns) = 3");
		assertMessage(() -> NmfOptions.builder(0).build(), "rank must be >= 1");
		assertMessage(() -> NmfOptions.builder(2).tolerance(-1).build(), "tolerance");
		assertThrows(org.nmfusion.util.BadParameterException.class, () -> NmfOptions.builder(2).maxIterations(1_000_001).build());
		assertEquals(1_000_000, NmfOptions.builder(2).maxIterations(1_000_000).build().maxIterations());
		assertMessage(() -> NmfOptions.builder(2).l1W(Double.NaN).build(), "l1W");
		assertMessage(() -> NmfOptions.builder(2).loss(NmfOptions.Loss.KULLBACK_LEIBLER).solver(Solver.HALS).build(), "Kullback-Leibler");
		assertMessage(() -> Solver.parse("als"), "unknown NMF solver 'als'", "mu, hals");
		assertMessage(() -> Init.parse("svd"), "nndsvd, nndsvda, random");
		assertMessage(() -> Nmf.factorize(ArrayImgs.floats(2, 2, 2), o), "2-D");
		assertEquals(Solver.HALS, Solver.parse(" HALS "));
		assertEquals(NmfOptions.Loss.KULLBACK_LEIBLER, NmfOptions.Loss.parse("kl"));
	}

	private static float[] with(final float[] a, final int idx, final float val) {
		final float[] c = a.clone();
		c[idx] = val;
		return c;
	}

	private static void assertMessage(final org.junit.jupiter.api.function.Executable e, final String... parts) {
		final IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, e);
		for (final String p : parts)
			assertTrue(ex.getMessage().contains(p), "message '" + ex.getMessage() + "' lacks '" + p + "'");
	}
}
