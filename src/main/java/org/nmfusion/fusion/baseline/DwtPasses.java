package org.nmfusion.fusion.baseline;

import org.nmfusion.util.Parallel;

/**
 * One-level periodic 1-D analysis and synthesis of an orthonormal two-channel filter bank along the rows
 * (x) or the columns (y) of a row-major plane whose transformed dimension N is even:
 * lo[k] = sum_n h[n] x[(2k + n) mod N], hi[k] = sum_n g[n] x[(2k + n) mod N]. Synthesis is the transpose,
 * x[2m + p] = sum_j h[2j + p] lo[(m - j) mod N/2] + g[2j + p] hi[(m - j) mod N/2], which inverts the
 * analysis exactly (up to float rounding) because the periodised filter bank is orthogonal for every even N.
 */
final class DwtPasses {

	/** Rows per parallel chunk below which one thread does the work. */
	private static final int MIN_ROWS = 16;

	private DwtPasses() {}

	/** Analysis along x of a w x h plane (w even) into lo and hi planes of (w / 2) x h. */
	static void forwardRows(float[] in, int w, int h, float[] hLow, float[] hHigh, float[] lo, float[] hi) {
		final int half = w / 2, taps = hLow.length;
		Parallel.forChunks(h, MIN_ROWS, (y0, y1) -> {
			final float[] buf = new float[w + taps - 2];
			for (int y = y0; y < y1; y++) {
				final int row = y * w, out = y * half;
				System.arraycopy(in, row, buf, 0, w);
				for (int i = w; i < buf.length; i++) buf[i] = in[row + i % w];
				for (int k = 0; k < half; k++) {
					float sl = 0, sh = 0;
					for (int n = 0; n < taps; n++) {
						final float v = buf[2 * k + n];
						sl += hLow[n] * v;
						sh += hHigh[n] * v;
					}
					lo[out + k] = sl;
					hi[out + k] = sh;
				}
			}
		});
	}

	/** Synthesis along x: lo and hi planes of half x h back into a (2 half) x h plane. */
	static void inverseRows(float[] lo, float[] hi, int half, int h, float[] hLow, float[] hHigh, float[] out) {
		final int w = 2 * half, taps = hLow.length, lead = taps / 2 - 1;
		Parallel.forChunks(h, MIN_ROWS, (y0, y1) -> {
			final float[] bl = new float[half + lead], bh = new float[half + lead];
			for (int y = y0; y < y1; y++) {
				final int in = y * half, row = y * w;
				for (int t = 0; t < lead; t++) {
					final int k = Math.floorMod(t - lead, half);
					bl[t] = lo[in + k];
					bh[t] = hi[in + k];
				}
				System.arraycopy(lo, in, bl, lead, half);
				System.arraycopy(hi, in, bh, lead, half);
				for (int m = 0; m < half; m++) {
					float even = 0, odd = 0;
					for (int j = 0; j <= lead; j++) {
						final int t = m - j + lead;
						even += hLow[2 * j] * bl[t] + hHigh[2 * j] * bh[t];
						odd += hLow[2 * j + 1] * bl[t] + hHigh[2 * j + 1] * bh[t];
					}
					out[row + 2 * m] = even;
					out[row + 2 * m + 1] = odd;
				}
			}
		});
	}

	/** Analysis along y of a w x h plane (h even) into lo and hi planes of w x (h / 2). */
	static void forwardColumns(float[] in, int w, int h, float[] hLow, float[] hHigh, float[] lo, float[] hi) {
		final int half = h / 2, taps = hLow.length;
		Parallel.forChunks(half, MIN_ROWS / 2, (k0, k1) -> {
			for (int k = k0; k < k1; k++) {
				final int out = k * w;
				for (int n = 0; n < taps; n++) {
					final int src = ((2 * k + n) % h) * w;
					final float cl = hLow[n], ch = hHigh[n];
					if (n == 0) {
						for (int x = 0; x < w; x++) {
							lo[out + x] = cl * in[src + x];
							hi[out + x] = ch * in[src + x];
						}
					}
					else {
						for (int x = 0; x < w; x++) {
							lo[out + x] += cl * in[src + x];
							hi[out + x] += ch * in[src + x];
						}
					}
				}
			}
		});
	}

	/** Synthesis along y: lo and hi planes of w x half back into a w x (2 half) plane. */
	static void inverseColumns(float[] lo, float[] hi, int w, int half, float[] hLow, float[] hHigh, float[] out) {
		final int taps = hLow.length;
		Parallel.forChunks(2 * half, MIN_ROWS, (y0, y1) -> {
			for (int y = y0; y < y1; y++) {
				final int m = y / 2, p = y % 2, row = y * w;
				for (int j = 0; 2 * j + p < taps; j++) {
					final int src = Math.floorMod(m - j, half) * w;
					final float cl = hLow[2 * j + p], ch = hHigh[2 * j + p];
					if (j == 0) {
						for (int x = 0; x < w; x++) out[row + x] = cl * lo[src + x] + ch * hi[src + x];
					}
					else {
						for (int x = 0; x < w; x++) out[row + x] += cl * lo[src + x] + ch * hi[src + x];
					}
				}
			}
		});
	}
}
