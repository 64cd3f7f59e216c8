package org.nmfusion.fusion.baseline;

import org.nmfusion.util.PlaneChecks;

/**
 * Separable multi-level 2-D discrete wavelet transform (S. Mallat, "A theory for multiresolution signal
 * decomposition: the wavelet representation", IEEE TPAMI 11, 1989) with periodic extension and an exact
 * inverse for any image size. At each level the current approximation (width x height) is first padded to
 * even size by replicating its last column and/or row, then filtered and down-sampled along x and along y;
 * the inverse reconstructs the padded plane exactly and crops the padding. A level is only computed while
 * both dimensions of the current approximation are at least the filter length (2 for Haar, 4 for db2), so
 * small images get fewer levels than requested (a 1 x n image gets none: it is its own approximation).
 */
public final class Dwt2D {

	private Dwt2D() {}

	/** Number of levels computed for a width x height image: at most {@code requested}, see the class comment. */
	public static int levelsThatFit(int width, int height, Wavelet wavelet, int requested) {
		PlaneChecks.requireSize(width, height);
		requireWavelet(wavelet);
		if (requested < 0) throw new IllegalArgumentException("levels must be >= 0, got " + requested);
		int levels = 0, w = width, h = height;
		while (levels < requested && w >= wavelet.length() && h >= wavelet.length()) {
			w = (w + 1) / 2;
			h = (h + 1) / 2;
			levels++;
		}
		return levels;
	}

	/** Decomposes a row-major width x height plane into (up to) {@code levels} levels. */
	public static WaveletDecomposition forward(float[] image, int width, int height, Wavelet wavelet, int levels) {
		PlaneChecks.requirePlane(image, width, height, "image");
		final int count = levelsThatFit(width, height, wavelet, levels);
		final float[] lo = wavelet.low(), hi = wavelet.high();
		final WaveletLevel[] out = new WaveletLevel[count];
		float[] approx = image;
		int w = width, h = height;
		for (int l = 0; l < count; l++) {
			final int pw = w + (w & 1), ph = h + (h & 1), bw = pw / 2, bh = ph / 2;
			final float[] padded = padToEven(approx, w, h);
			final float[] rowLo = new float[bw * ph], rowHi = new float[bw * ph];
			DwtPasses.forwardRows(padded, pw, ph, lo, hi, rowLo, rowHi);
			final float[] ll = new float[bw * bh], lh = new float[bw * bh], hl = new float[bw * bh], hh = new float[bw * bh];
			DwtPasses.forwardColumns(rowLo, bw, ph, lo, hi, ll, lh);
			DwtPasses.forwardColumns(rowHi, bw, ph, lo, hi, hl, hh);
			out[l] = new WaveletLevel(w, h, lh, hl, hh);
			approx = ll;
			w = bw;
			h = bh;
		}
		return new WaveletDecomposition(wavelet, width, height, count == 0 ? approx.clone() : approx, w, h, out);
	}

	/** Reconstructs the width x height image from a decomposition (exact up to float rounding). */
	public static float[] inverse(WaveletDecomposition d) {
		if (d == null) throw new IllegalArgumentException("decomposition is missing (null)");
		final float[] lo = d.wavelet().low(), hi = d.wavelet().high();
		float[] approx = d.approximation();
		for (int l = d.levelCount() - 1; l >= 0; l--) {
			final WaveletLevel level = d.level(l);
			final int w = level.width(), h = level.height(), bw = level.bandWidth(), bh = level.bandHeight();
			final int pw = 2 * bw, ph = 2 * bh;
			final float[] rowLo = new float[bw * ph], rowHi = new float[bw * ph], padded = new float[pw * ph];
			DwtPasses.inverseColumns(approx, level.horizontal(), bw, bh, lo, hi, rowLo);
			DwtPasses.inverseColumns(level.vertical(), level.diagonal(), bw, bh, lo, hi, rowHi);
			DwtPasses.inverseRows(rowLo, rowHi, bw, ph, lo, hi, padded);
			approx = crop(padded, pw, w, h);
		}
		return d.levelCount() == 0 ? approx.clone() : approx;
	}

	/** Copy of the plane padded to even width and height by replicating the last column and row. */
	static float[] padToEven(float[] in, int w, int h) {
		final int pw = w + (w & 1), ph = h + (h & 1);
		if (pw == w && ph == h) return in;
		final float[] out = new float[pw * ph];
		for (int y = 0; y < ph; y++) {
			final int src = Math.min(y, h - 1) * w;
			System.arraycopy(in, src, out, y * pw, w);
			if (pw > w) out[y * pw + w] = in[src + w - 1];
		}
		return out;
	}

	private static float[] crop(float[] in, int inWidth, int w, int h) {
		if (inWidth == w && in.length == w * h) return in;
		final float[] out = new float[w * h];
		for (int y = 0; y < h; y++) System.arraycopy(in, y * inWidth, out, y * w, w);
		return out;
	}

	static void requireWavelet(Wavelet wavelet) {
		if (wavelet == null) throw new IllegalArgumentException("wavelet is missing (null)");
	}
}
