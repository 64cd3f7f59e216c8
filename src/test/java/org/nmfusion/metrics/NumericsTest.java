package org.nmfusion.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** The shared helpers against independent brute-force computations and the reference tables. */
class NumericsTest {

	private static double[] random(int n, long seed) {
		Random r = new Random(seed);
		double[] x = new double[n];
		for (int i = 0; i < n; i++) x[i] = r.nextInt(256);
		return x;
	}

	@Test
	void roundingIsHalfAwayFromZero() {
		assertEquals(3.0, MathUtil.round(2.5), 0.0);
		assertEquals(-3.0, MathUtil.round(-2.5), 0.0);
		assertEquals(1.0, MathUtil.round(0.5), 0.0);
		assertEquals(0.0, MathUtil.round(0.49999999999999994), 0.0);
		assertEquals(2.0, MathUtil.round(2.4999), 0.0);
	}

	/** The branch-free rounding of the stretch equals {@code round} bit for bit on +0 and positive finite values. */
	@Test
	void roundNonNegativeEqualsRound() {
		double[] edges = { 0.0, 0.49999999999999994, 0.5, 0.5000000000000001, 1.4999999999999998, 1.5, 254.49999999999997,
			254.5, 255.0, Math.ulp(0.0), 4503599627370495.5, 4503599627370497.0, 9007199254740993.0, Double.MAX_VALUE };
		for (double v : edges) {
			assertEquals(Double.doubleToRawLongBits(MathUtil.round(v)), Double.doubleToRawLongBits(MathUtil.roundNonNegative(v)),
				() -> "at " + v);
		}
		Random random = new Random(19);
		for (int k = 0; k < 200_000; k++) {
			double v = k % 2 == 0 ? random.nextDouble() * 255 : Math.floor(random.nextDouble() * 256) + (random.nextBoolean() ? 0.5 : -0.5);
			if (v < 0) continue;
			assertEquals(MathUtil.round(v), MathUtil.roundNonNegative(v), 0.0, () -> "at " + v);
		}
	}

	@Test
	void gaussianFactorsMatchTheSpecTable() {
		// fspecial: normalised 1-D factors (10 decimals)
		assertArrayEquals(new double[] { 0.0010283801, 0.0075987581, 0.0360007721, 0.1093606895, 0.2130055377,
			0.2660117249, 0.2130055377, 0.1093606895, 0.0360007721, 0.0075987581, 0.0010283801 },
			Gaussian.window1d(11, 1.5), 1e-10);
		assertArrayEquals(new double[] { 0.0366328454, 0.1112807585, 0.2167453214, 0.2706821495, 0.2167453214,
			0.1112807585, 0.0366328454 }, Gaussian.window1d(7, 1.5), 1e-10);
		assertArrayEquals(new double[] { 0.1663785106, 0.6672429789, 0.1663785106 }, Gaussian.window1d(3, 0.6), 1e-10);
		double[] w = Gaussian.window1d(7, 1.5);
		double[] k = Gaussian.window2d(7, 1.5, true);
		double sum = 0;
		for (int r = 0; r < 7; r++) {
			for (int c = 0; c < 7; c++) {
				assertEquals(w[r] * w[c], k[r * 7 + c], 1e-16);
				sum += k[r * 7 + c];
			}
		}
		assertEquals(1.0, sum, 1e-15);
	}

	@Test
	void exactExpIsCorrectlyRounded() {
		// glibc exp (what Octave uses) for -10/4.5 and -14/4.5, where fdlibm (StrictMath) is one ulp off
		assertEquals(Double.parseDouble("0x1.bbe01bbab92f7p-4"), MathUtil.expExact(-10 / 4.5), 0.0);
		assertEquals(Double.parseDouble("0x1.6cf71cd6ba47dp-5"), MathUtil.expExact(-14 / 4.5), 0.0);
		Random r = new Random(3);
		for (int i = 0; i < 200; i++) {
			double x = -20 * r.nextDouble();
			double e = MathUtil.expExact(x);
			assertTrue(Math.abs(e - StrictMath.exp(x)) <= Math.ulp(e), "x=" + x);
		}
		assertEquals(1.0, MathUtil.expExact(0), 0.0);
	}

	/** Naive correlation with zero padding; output element (i,j) centred at (i+oi, j+oj). */
	private static double corr(double[] x, int w, int h, double[] k, int kw, int kh, int i, int j) {
		double s = 0;
		for (int r = 0; r < kh; r++) {
			for (int c = 0; c < kw; c++) {
				int y = i + r - kh / 2;
				int xx = j + c - kw / 2;
				if (y >= 0 && y < h && xx >= 0 && xx < w) s += k[r * kw + c] * x[y * w + xx];
			}
		}
		return s;
	}

	@Test
	void correlationsMatchBruteForce() {
		int w = 23;
		int h = 17;
		double[] x = random(w * h, 1);
		double[] k = random(15, 2); // 5 wide x 3 high, asymmetric
		for (int i = 0; i < k.length; i++) k[i] = (k[i] - 128) / 100;
		double[] same = Filters.correlateSame(x, w, h, k, 5, 3);
		double[] valid = Filters.correlateValid(x, w, h, k, 5, 3);
		double[] conv = Filters.convolveSame(x, w, h, k, 5, 3);
		double[] rot = Filters.rot180(k);
		for (int i = 0; i < h; i++) {
			for (int j = 0; j < w; j++) {
				assertEquals(corr(x, w, h, k, 5, 3, i, j), same[i * w + j], 1e-9);
				assertEquals(corr(x, w, h, rot, 5, 3, i, j), conv[i * w + j], 1e-9);
			}
		}
		int ow = w - 4;
		for (int i = 0; i < h - 2; i++) {
			for (int j = 0; j < ow; j++) {
				assertEquals(corr(x, w, h, k, 5, 3, i + 1, j + 2), valid[i * ow + j], 1e-9);
			}
		}
	}

	@Test
	void replicateBorderAndSeparableFilters() {
		int w = 9;
		int h = 6;
		double[] x = random(w * h, 5);
		double[] rep = Filters.correlateReplicate(x, w, h, EdgeIntensity.SOBEL, 3, 3);
		// corner (0,0): rows -1 -> 0 replicated: [1 2 1] * row0 - [1 2 1] * row1 with columns clamped
		double top = x[0] + 2 * x[0] + x[1];
		double bottom = x[w] + 2 * x[w] + x[w + 1];
		assertEquals(top - bottom, rep[0], 1e-12);
		double[] g = Gaussian.window1d(5, 1.0);
		double[] g2 = new double[25];
		for (int r = 0; r < 5; r++) for (int c = 0; c < 5; c++) g2[r * 5 + c] = g[r] * g[c];
		assertArrayEquals(Filters.correlateSame(x, w, h, g2, 5, 5), Filters.separableSame(x, w, h, g, g), 1e-10);
		assertArrayEquals(Filters.correlateValid(x, w, h, g2, 5, 5), Filters.separableValid(x, w, h, g, g), 1e-10);
	}

	/** The windowed moments computed together equal the filtered images and products, bit for bit. */
	@Test
	void momentFiltersEqualFilteredProducts() {
		int w = 37;
		int h = 23;
		double[] x = random(w * h, 21);
		double[] y = random(w * h, 22);
		double[] g = Gaussian.window1d(11, 1.5);
		double[][] same = Filters.separableSameMoments(x, y, w, h, g);
		assertArrayEquals(Filters.separableSame(x, w, h, g, g), same[0], 0.0);
		assertArrayEquals(Filters.separableSame(MathUtil.mul(x, x), w, h, g, g), same[1], 0.0);
		assertArrayEquals(Filters.separableSame(MathUtil.mul(x, y), w, h, g, g), same[2], 0.0);
		double[][] valid = Filters.separableValidMoments(x, null, w, h, g);
		assertEquals(2, valid.length);
		assertArrayEquals(Filters.separableValid(x, w, h, g, g), valid[0], 0.0);
		assertArrayEquals(Filters.separableValid(MathUtil.mul(x, x), w, h, g, g), valid[1], 0.0);
		double[][] pair = Filters.separableSamePair(new double[][] { x, y }, g, Gaussian.window1d(11, 3));
		assertEquals(2, pair.length);
	}

	@Test
	void normalize1StretchesToFullRange() {
		double[] n = Histograms.normalize1(new double[] { 10, 20, 15, 12.5 });
		assertArrayEquals(new double[] { 0, 255, 128, 64 }, n, 0.0); // 127.5 -> 128, 63.75 -> 64
		assertArrayEquals(new double[] { 0, 0 }, Histograms.normalize1(new double[] { 0, 0 }), 0.0);
		assertTrue(Double.isNaN(Histograms.normalize1(new double[] { 7, 7 })[0]));
		assertArrayEquals(new double[] { 0, 0 }, Histograms.stretchMi(new double[] { 7, 7 }), 0.0);
		// the shared histogram bins are these stretches (all 0 for a constant image)
		double[] x = random(500, 9);
		double[] stretched = Histograms.normalize1(x);
		byte[] bins = Histograms.stretchedBins(x);
		for (int i = 0; i < x.length; i++) assertEquals(stretched[i], bins[i] & 0xFF, 0.0);
		assertArrayEquals(new byte[2], Histograms.stretchedBins(new double[] { 7, 7 }));
	}

	@Test
	void rgb2grayFollowsOctave() {
		double[] g = GrayImage.rgb2gray(new double[] { 255, 0, 0, 100 }, new double[] { 0, 255, 0, 150 },
			new double[] { 0, 0, 255, 200 });
		assertEquals(MathUtil.round(0.298936 * 255), g[0], 0.0);
		assertEquals(MathUtil.round(0.587043 * 255), g[1], 0.0);
		assertEquals(MathUtil.round(0.114021 * 255), g[2], 0.0);
		assertEquals(MathUtil.round(0.298936 * 100 + 0.587043 * 150 + 0.114021 * 200), g[3], 0.0);
	}

	@Test
	void medianAndEigenvalues() {
		assertEquals(2.5, Median.of(new double[] { 4, 1, 3, 2 }), 0.0);
		assertEquals(3.0, Median.of(new double[] { 5, 3, 1 }), 0.0);
		double[] big = random(10001, 9);
		double[] sorted = big.clone();
		java.util.Arrays.sort(sorted);
		assertEquals(sorted[5000], Median.of(big.clone()), 0.0);
		// signed values, duplicates, even count: mean of the two middle values
		Random r = new Random(12);
		double[] v = new double[20000];
		for (int i = 0; i < v.length; i++) v[i] = r.nextInt(3) == 0 ? 1.5 : r.nextGaussian() * Math.pow(10, r.nextInt(9) - 4);
		double[] s = v.clone();
		java.util.Arrays.sort(s);
		assertEquals((s[9999] + s[10000]) / 2, Median.of(v), 0.0);
		// squared modulus of a plane stored as rows
		double[][] re = new double[30][41];
		double[][] im = new double[30][41];
		double[] m = new double[30 * 41];
		for (int y = 0; y < 30; y++) {
			for (int x = 0; x < 41; x++) {
				re[y][x] = r.nextGaussian();
				im[y][x] = r.nextGaussian();
				double a = re[y][x] * 0.25;
				double b = im[y][x] * 0.25;
				m[y * 41 + x] = a * a + b * b;
			}
		}
		java.util.Arrays.sort(m);
		assertEquals((m[614] + m[615]) / 2, Median.ofSquaredModulus(re, im, 0.25), 0.0);
	}
}
