package org.nmfusion.fusion.weights;

import org.nmfusion.fusion.method.FusionOptions;

import org.nmfusion.nmf.NmfOptions;
import org.nmfusion.nmf.NmfResult;
import org.nmfusion.nmf.NmfTestData;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import net.imglib2.img.array.ArrayImgs;

class FeatureNmfWeightMapTest {

	private static final int C = 6, PH = 12, PW = 16, P = PH * PW;

	/** A is active (strong features) on the left half, B on the right half; weak background elsewhere. */
	private static float[][] leftRight() {
		final float[] pa = NmfTestData.uniform(C, 0.5, 1, 1), pb = NmfTestData.uniform(C, 0.5, 1, 2);
		final float[] noise = NmfTestData.uniform(2 * C * P, 0, 0.01, 3);
		final float[] fa = new float[C * P], fb = new float[C * P];
		for (int c = 0; c < C; c++)
			for (int y = 0; y < PH; y++)
				for (int x = 0; x < PW; x++) {
					final int p = y * PW + x;
					final boolean left = x < PW / 2;
					fa[c * P + p] = (left ? pa[c] : 0.02f) + noise[c * P + p];
					fb[c * P + p] = (left ? 0.02f : pb[c]) + noise[(C + c) * P + p];
				}
		return new float[][] { fa, fb };
	}

	@Test
	void weightMapFollowsTheMoreActiveSource() {
		final float[][] f = leftRight();
		final FeatureNmfWeightMap.Result r = FeatureNmfWeightMap.compute(f[0], f[1], C, PW, PH, NmfOptions.builder(4).maxIterations(300).build(),
			FusionOptions.defaults().tau());
		final float[] wn = r.wnPooled();
		for (int y = 0; y < PH; y++)
			for (int x = 0; x < PW; x++) {
				final float v = wn[y * PW + x];
				if (x < PW / 2) assertTrue(v > 0.8, "left pixel " + x + "," + y + " = " + v);
				else assertTrue(v < 0.2, "right pixel " + x + "," + y + " = " + v);
			}
		// definitions
		final double[] a = r.a(), b = r.b(), d = r.discriminability();
		final NmfResult nmf = r.nmf();
		for (int j = 0; j < nmf.rank(); j++) {
			double sa = 0, sb = 0;
			for (int i = 0; i < C; i++) {
				sa += nmf.w(i, j);
				sb += nmf.w(C + i, j);
			}
			assertEquals(sa, a[j], 1e-5);
			assertEquals(sb, b[j], 1e-5);
			assertEquals(Math.abs(sa - sb) / (sa + sb), d[j], 1e-6);
		}
		for (final int j : r.kept())
			assertTrue(d[j] >= FusionOptions.defaults().tau());
		final float[] actA = r.actA(), actB = r.actB();
		for (int p = 0; p < P; p++)
			assertEquals(actA[p] / (actA[p] + actB[p] + FeatureNmfWeightMap.EPS), wn[p], 1e-6);
		// image resolution: even and odd sizes
		assertEquals(2 * PH * 2 * PW, r.wn(2 * PW, 2 * PH).length);
		final float[] full = r.wn(2 * PW - 1, 2 * PH - 1);
		assertEquals((2 * PH - 1) * (2 * PW - 1), full.length);
		assertTrue(full[(PH) * (2 * PW - 1)] > 0.8 && full[PH * (2 * PW - 1) + 2 * PW - 2] < 0.2);
	}

	@Test
	void noComponentPassingTauKeepsAllAndFusedFeaturesAreTheReconstruction() {
		final float[][] f = leftRight();
		final FeatureNmfWeightMap.Result r = FeatureNmfWeightMap.compute(f[0], f[1], C, PW, PH, NmfOptions.builder(3).maxIterations(100).build(),
			1.5);
		assertArrayEquals(new int[] { 0, 1, 2 }, r.kept());
		assertArrayEquals(r.nmf().reconstruct(), r.fusedFeatures(), 1e-5f);
		// with a subset kept, fused features are W_S H_S
		final FeatureNmfWeightMap.Result s = FeatureNmfWeightMap.compute(f[0], f[1], C, PW, PH, NmfOptions.builder(3).maxIterations(100).build(),
			0.5);
		final NmfResult n = s.nmf();
		final float[] fused = s.fusedFeatures();
		for (int i = 0; i < 2 * C; i += 5)
			for (int p = 0; p < P; p += 7) {
				double e = 0;
				for (final int j : s.kept())
					e += n.w(i, j) * n.h(j, p);
				assertEquals(e, fused[i * P + p], 1e-5);
			}
	}

	@Test
	void imageInputMatchesArrayInputAndRankIsCapped() {
		final float[][] f = leftRight();
		final NmfOptions o = NmfOptions.builder(40).maxIterations(50).build(); // 40 > 2C = 12: capped
		final FeatureNmfWeightMap.Result a = FeatureNmfWeightMap.compute(f[0], f[1], C, PW, PH, o, 0.1);
		final FeatureNmfWeightMap.Result b = FeatureNmfWeightMap.compute(ArrayImgs.floats(f[0], PW, PH, C), ArrayImgs.floats(f[1], PW, PH, C), o,
			0.1);
		assertEquals(2 * C, a.nmf().rank());
		assertArrayEquals(a.wnPooled(), b.wnPooled(), 0f);
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
			() -> FeatureNmfWeightMap.compute(f[0], new float[3], C, PW, PH, o, 0.1));
		assertTrue(e.getMessage().contains("size mismatch"), e.getMessage());
	}
}
