package org.nmfusion.fusion.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nmfusion.nmf.Nmf;
import org.nmfusion.nmf.NmfOptions;
import org.nmfusion.nmf.NmfResult;
import org.nmfusion.nmf.NmfTestData;

class LocalBaseNmfTest {

	@Test
	void loadingsEqualAnIterativeRankOneNmfOfEachWindow() {
		// the closed-form Perron vector against the project's HALS solver on the same 3 x 3 window (p = 1: wA = ha / (ha + hb))
		final int w = 9, h = 7;
		final float[] a = NmfTestData.uniform(w * h, 0.1, 0.9, 3), b = NmfTestData.uniform(w * h, 0.0, 0.6, 4);
		final float[] wa = LocalBaseNmf.weights(a, b, w, h, 1, 1, false);
		for (final int[] p : new int[][] { { 4, 3 }, { 1, 1 }, { 7, 5 } }) {
			final float[] v = new float[18];
			int t = 0;
			for (int y = p[1] - 1; y <= p[1] + 1; y++)
				for (int x = p[0] - 1; x <= p[0] + 1; x++) {
					v[2 * t] = a[y * w + x];
					v[2 * t + 1] = b[y * w + x];
					t++;
				}
			final NmfResult r = Nmf.factorize(v, 9, 2, NmfOptions.builder(1).solver(NmfOptions.Solver.HALS).init(NmfOptions.Init.NNDSVD)
				.maxIterations(2000).tolerance(0).threads(1).build());
			final double ha = r.h(0, 0), hb = r.h(0, 1);
			assertEquals(ha / (ha + hb), wa[p[1] * w + p[0]], 1e-4, "window at " + p[0] + "," + p[1]);
		}
	}

	@Test
	void theBrighterWindowWinsAndEqualWindowsShare() {
		final int w = 6, h = 4;
		final float[] a = new float[w * h], b = new float[w * h];
		for (int i = 0; i < a.length; i++) {
			a[i] = i % w < 3 ? 0.8f : 0.2f;
			b[i] = 0.5f;
		}
		final float[] wa = LocalBaseNmf.weights(a, b, w, h, 0, 8, false);
		assertEquals(Math.pow(0.8, 8) / (Math.pow(0.8, 8) + Math.pow(0.5, 8)), wa[0], 1e-6, "radius 0: a soft maximum of the two values");
		assertTrue(wa[w - 1] < 0.05, "the brighter source B wins where A is dark");
		final float[] same = LocalBaseNmf.weights(b, b.clone(), w, h, 2, 8, false);
		for (final float s : same)
			assertEquals(0.5f, s, 1e-6f);
		final float[] zero = LocalBaseNmf.weights(new float[w * h], new float[w * h], w, h, 1, 8, false);
		assertEquals(0.5f, zero[5], 0f, "no signal in either window: an even share");
	}

	@Test
	void detailLevelsAreWeighedByTheirMagnitudes() {
		final int w = 5, h = 5;
		final float[] a = new float[w * h], b = new float[w * h], out = new float[w * h];
		for (int i = 0; i < a.length; i++) {
			a[i] = (i % 2 == 0 ? -1 : 1) * 0.4f; // strong detail of either sign
			b[i] = 0.05f;
		}
		LocalBaseNmf.applyToDetail(a, b, null, w, h, 1, 8, out);
		for (int i = 0; i < out.length; i++)
			assertEquals(a[i], out[i], 1e-4, "the stronger detail, sign kept, at " + i);
	}

	@Test
	void thePriorDecidesWhereTheSourcesAreAlike() {
		final int w = 4, h = 4;
		final float[] a = new float[w * h], b = new float[w * h], prior = new float[w * h], out = new float[w * h];
		for (int i = 0; i < a.length; i++) {
			a[i] = 0.3f;
			b[i] = 0.3f + (i % 2) * 1e-6f;
			prior[i] = 0.9f;
		}
		final float[] wa = LocalBaseNmf.weights(a, b, w, h, 1, 8, false);
		LocalBaseNmf.withPrior(wa, prior);
		for (final float v : wa)
			assertEquals(0.9f, v, 1e-3f);
		LocalBaseNmf.apply(a, b, prior, w, h, 1, 8, out);
		assertEquals(0.3f, out[1], 1e-5f);
	}

	@Test
	void windowSumsEqualDirectSums() {
		final int w = 11, h = 8, r = 2;
		final float[] f = NmfTestData.uniform(w * h, -1, 1, 9);
		final double[] v = new double[w * h];
		for (int i = 0; i < v.length; i++)
			v[i] = f[i];
		final double[] s = WindowSums.box(v, w, h, r);
		for (int y = 0; y < h; y++)
			for (int x = 0; x < w; x++) {
				double d = 0;
				for (int j = Math.max(0, y - r); j <= Math.min(h - 1, y + r); j++)
					for (int i = Math.max(0, x - r); i <= Math.min(w - 1, x + r); i++)
						d += v[j * w + i];
				assertEquals(d, s[y * w + x], 1e-9, "at " + x + "," + y);
			}
	}

	@Test
	void badArgumentsAreRefused() {
		final float[] a = new float[4];
		assertThrows(IllegalArgumentException.class, () -> LocalBaseNmf.weights(a, a, 2, 2, -1, 8, false));
		assertThrows(IllegalArgumentException.class, () -> LocalBaseNmf.weights(a, a, 2, 2, 1, 0, false));
		assertThrows(IllegalArgumentException.class, () -> LocalBaseNmf.weights(a, new float[3], 2, 2, 1, 8, false));
	}
}
