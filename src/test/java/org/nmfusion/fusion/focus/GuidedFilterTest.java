package org.nmfusion.fusion.focus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

class GuidedFilterTest {

	static float[] random(int w, int h, long seed) {
		final Random rnd = new Random(seed);
		final float[] a = new float[w * h];
		for (int i = 0; i < a.length; i++) a[i] = rnd.nextFloat();
		return a;
	}

	static double[] toDouble(float[] a) {
		final double[] d = new double[a.length];
		for (int i = 0; i < a.length; i++) d[i] = a[i];
		return d;
	}

	/** Literal clipped box mean: loops over the window. */
	static double[] slowMean(double[] in, int w, int h, int r) {
		final double[] out = new double[in.length];
		for (int y = 0; y < h; y++) {
			for (int x = 0; x < w; x++) {
				double sum = 0;
				int count = 0;
				for (int yy = y - r; yy <= y + r; yy++) {
					for (int xx = x - r; xx <= x + r; xx++) {
						if (xx < 0 || yy < 0 || xx >= w || yy >= h) continue;
						sum += in[yy * w + xx];
						count++;
					}
				}
				out[y * w + x] = sum / count;
			}
		}
		return out;
	}

	/** He et al.'s Algorithm 1 written out in double. */
	private static double[] slowGuided(double[] I, double[] p, int w, int h, int r, double eps) {
		final int n = I.length;
		final double[] ii = new double[n], ip = new double[n];
		for (int i = 0; i < n; i++) {
			ii[i] = I[i] * I[i];
			ip[i] = I[i] * p[i];
		}
		final double[] meanI = slowMean(I, w, h, r), meanP = slowMean(p, w, h, r);
		final double[] corrI = slowMean(ii, w, h, r), corrIp = slowMean(ip, w, h, r);
		final double[] a = new double[n], b = new double[n];
		for (int i = 0; i < n; i++) {
			final double varI = corrI[i] - meanI[i] * meanI[i];
			final double covIp = corrIp[i] - meanI[i] * meanP[i];
			a[i] = covIp / (varI + eps);
			b[i] = meanP[i] - a[i] * meanI[i];
		}
		final double[] meanA = slowMean(a, w, h, r), meanB = slowMean(b, w, h, r);
		final double[] q = new double[n];
		for (int i = 0; i < n; i++) q[i] = meanA[i] * I[i] + meanB[i];
		return q;
	}

	@Test
	void constantInputStaysConstant() {
		final int w = 21, h = 17;
		final float[] p = new float[w * h];
		Arrays.fill(p, 0.3f);
		final float[] q = GuidedFilter.filter(random(w, h, 5), p, w, h, 4, 0.01);
		for (float v : q) assertEquals(0.3, v, 1e-5);
	}

	@Test
	void tinyEpsWithSelfGuideKeepsTheInput() {
		final int w = 30, h = 20;
		final float[] img = random(w, h, 6);
		final float[] q = GuidedFilter.filter(img, img, w, h, 3, 1e-6);
		for (int i = 0; i < img.length; i++) assertEquals(img[i], q[i], 1e-3);
		// a large eps smooths instead: the result differs clearly somewhere
		final float[] smooth = GuidedFilter.filter(img, img, w, h, 3, 10);
		double maxDiff = 0;
		for (int i = 0; i < img.length; i++) maxDiff = Math.max(maxDiff, Math.abs(img[i] - smooth[i]));
		assertTrue(maxDiff > 0.2, "large eps smooths, max change " + maxDiff);
	}

	@Test
	void matchesLiteralFormulas() {
		final int w = 13, h = 9;
		final float[] guide = random(w, h, 7), p = random(w, h, 8);
		for (int r : new int[] { 1, 2, 8 }) {
			for (double eps : new double[] { 0.1, 0.001 }) {
				final float[] fast = GuidedFilter.filter(guide, p, w, h, r, eps);
				final double[] slow = slowGuided(toDouble(guide), toDouble(p), w, h, r, eps);
				for (int i = 0; i < fast.length; i++) assertEquals(slow[i], fast[i], 1e-4, "r=" + r + " eps=" + eps + " pixel " + i);
			}
		}
	}

	@Test
	void badArgumentsAreNamed() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
			() -> GuidedFilter.filter(new float[4], new float[4], 2, 2, 1, 0));
		assertTrue(e.getMessage().contains("eps"), e.getMessage());
		e = assertThrows(IllegalArgumentException.class, () -> GuidedFilter.filter(new float[4], new float[4], 2, 2, -1, 0.1));
		assertTrue(e.getMessage().contains("radius"), e.getMessage());
		e = assertThrows(IllegalArgumentException.class, () -> GuidedFilter.filter(new float[4], new float[3], 2, 2, 1, 0.1));
		assertTrue(e.getMessage().contains("filter input"), e.getMessage());
	}
}
