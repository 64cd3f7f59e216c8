package org.nmfusion.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** The FFT against a naive O(n^2) DFT for power-of-two, smooth (mixed radix) and prime (Bluestein) sizes. */
class FftTest {

	@Test
	void oneDimensionalMatchesNaiveDft() {
		Random rnd = new Random(42);
		for (int n : new int[] { 1, 2, 3, 7, 8, 12, 16, 30, 97, 101, 120, 505, 510, 520 }) {
			double[] re = new double[n];
			double[] im = new double[n];
			for (int i = 0; i < n; i++) {
				re[i] = rnd.nextDouble() * 255;
				im[i] = rnd.nextDouble() - 0.5;
			}
			for (boolean inverse : new boolean[] { false, true }) {
				double[] r = re.clone();
				double[] i2 = im.clone();
				new Fft(n).transform(r, i2, inverse);
				double sign = inverse ? 1 : -1;
				for (int k = 0; k < n; k++) {
					double sr = 0;
					double si = 0;
					for (int j = 0; j < n; j++) {
						double ang = sign * 2 * Math.PI * ((long) j * k % n) / n;
						sr += re[j] * Math.cos(ang) - im[j] * Math.sin(ang);
						si += re[j] * Math.sin(ang) + im[j] * Math.cos(ang);
					}
					assertEquals(sr, r[k], 1e-9 * n * 255, "n=" + n + " k=" + k + " inverse=" + inverse);
					assertEquals(si, i2[k], 1e-9 * n * 255, "n=" + n + " k=" + k + " inverse=" + inverse);
				}
			}
		}
	}

	@Test
	void twoDimensionalRoundTripAndDc() {
		int w = 13;
		int h = 10;
		double[] x = new double[w * h];
		Random rnd = new Random(7);
		double sum = 0;
		for (int i = 0; i < x.length; i++) {
			x[i] = rnd.nextInt(256);
			sum += x[i];
		}
		double[] re = x.clone();
		double[] im = new double[x.length];
		Fft.fft2(re, im, w, h, false);
		assertEquals(sum, re[0], 1e-9);
		assertEquals(0, im[0], 1e-9);
		// bin (1, 0): sum over rows of exp(-2 pi i y / h) * row sums
		double sr = 0;
		double si = 0;
		for (int y = 0; y < h; y++) {
			for (int xx = 0; xx < w; xx++) {
				double ang = -2 * Math.PI * y / h;
				sr += x[y * w + xx] * Math.cos(ang);
				si += x[y * w + xx] * Math.sin(ang);
			}
		}
		assertEquals(sr, re[w], 1e-9);
		assertEquals(si, im[w], 1e-9);
		Fft.fft2(re, im, w, h, true);
		for (int i = 0; i < x.length; i++) {
			assertEquals(x[i], re[i], 1e-10);
			assertEquals(0, im[i], 1e-10);
		}
	}

	/** The 2-D transform on rows (power-of-two columns by butterflies across rows, others per column). */
	@Test
	void twoDimensionalMatchesNaiveDft() {
		Random rnd = new Random(11);
		for (int[] size : new int[][] { { 8, 16 }, { 16, 4 }, { 6, 10 }, { 7, 32 }, { 32, 7 }, { 5, 3 } }) {
			int w = size[0];
			int h = size[1];
			double[][] re = new double[h][w];
			double[][] im = new double[h][w];
			for (int y = 0; y < h; y++) {
				for (int x = 0; x < w; x++) {
					re[y][x] = rnd.nextDouble() * 255;
					im[y][x] = rnd.nextDouble() - 0.5;
				}
			}
			double[][] r = new double[h][];
			double[][] m = new double[h][];
			for (int y = 0; y < h; y++) {
				r[y] = re[y].clone();
				m[y] = im[y].clone();
			}
			Fft.fft2(r, m, false);
			for (int ky = 0; ky < h; ky++) {
				for (int kx = 0; kx < w; kx++) {
					double sr = 0;
					double si = 0;
					for (int y = 0; y < h; y++) {
						for (int x = 0; x < w; x++) {
							double ang = -2 * Math.PI * ((double) (ky * y % h) / h + (double) (kx * x % w) / w);
							sr += re[y][x] * Math.cos(ang) - im[y][x] * Math.sin(ang);
							si += re[y][x] * Math.sin(ang) + im[y][x] * Math.cos(ang);
						}
					}
					assertEquals(sr, r[ky][kx], 1e-8 * w * h * 255, w + "x" + h + " bin " + kx + "," + ky);
					assertEquals(si, m[ky][kx], 1e-8 * w * h * 255, w + "x" + h + " bin " + kx + "," + ky);
				}
			}
			Fft.fft2(r, m, true);
			for (int y = 0; y < h; y++) {
				for (int x = 0; x < w; x++) {
					assertEquals(re[y][x], r[y][x], 1e-9);
					assertEquals(im[y][x], m[y][x], 1e-9);
				}
			}
		}
	}

	/** The transform of a product equals multiplying and then transforming, bit for bit, on every path. */
	@Test
	void transformOfAProductEqualsMultiplyThenTransform() {
		Random random = new Random(7);
		for (int n : new int[] { 1, 2, 4, 8, 16, 512, 1024, 2048, 12, 257 }) {
			for (boolean inverse : new boolean[] { false, true }) {
				double[] xr = new double[n];
				double[] xi = new double[n];
				double[] g = new double[n];
				for (int k = 0; k < n; k++) {
					xr[k] = random.nextGaussian();
					xi[k] = random.nextGaussian();
					g[k] = random.nextDouble();
				}
				double[] er = new double[n];
				double[] ei = new double[n];
				for (int k = 0; k < n; k++) {
					er[k] = xr[k] * g[k];
					ei[k] = xi[k] * g[k];
				}
				Fft plan = Fft.plan(n);
				plan.transformLine(er, ei, inverse);
				double[] or = new double[n];
				double[] oi = new double[n];
				plan.transformProduct(xr, xi, g, or, oi, inverse);
				for (int k = 0; k < n; k++) {
					assertEquals(Double.doubleToLongBits(er[k]), Double.doubleToLongBits(or[k]), "re, n = " + n + ", k = " + k);
					assertEquals(Double.doubleToLongBits(ei[k]), Double.doubleToLongBits(oi[k]), "im, n = " + n + ", k = " + k);
				}
			}
		}
	}

	@Test
	void signedFrequencies() {
		assertEquals(0, Fft.signedFrequency(0, 5));
		assertEquals(2, Fft.signedFrequency(2, 5));
		assertEquals(-2, Fft.signedFrequency(3, 5));
		assertEquals(-2, Fft.signedFrequency(2, 4)); // Nyquist of an even length is negative
		assertEquals(-1, Fft.signedFrequency(3, 4));
	}
}
