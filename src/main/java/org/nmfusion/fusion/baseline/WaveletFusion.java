package org.nmfusion.fusion.baseline;

import org.nmfusion.util.PlaneChecks;

/**
 * Classic DWT fusion (H. Li, B.S. Manjunath, S.K. Mitra, "Multisensor image fusion using the wavelet
 * transform", Graphical Models and Image Processing 57, 1995; G. Pajares, J.M. de la Cruz, "A wavelet-based
 * image fusion tutorial", Pattern Recognition 37, 2004): decompose both sources with {@link Dwt2D}, average
 * the approximation bands, keep the detail coefficient of larger magnitude in every detail band of every level
 * (ties keep A), and invert. See docs/method.md.
 */
public final class WaveletFusion {

	/** Default number of decomposition levels. */
	public static final int DEFAULT_LEVELS = 3;

	private WaveletFusion() {}

	/** Fuses two width x height planes with {@link #DEFAULT_LEVELS} levels. */
	public static float[] fuse(float[] a, float[] b, int w, int h, Wavelet wavelet) {
		return fuse(a, b, w, h, wavelet, DEFAULT_LEVELS);
	}

	/** Fuses two width x height planes with (up to) {@code levels} levels, see {@link Dwt2D#levelsThatFit}. */
	public static float[] fuse(float[] a, float[] b, int w, int h, Wavelet wavelet, int levels) {
		PlaneChecks.requirePlane(a, w, h, "source A");
		PlaneChecks.requirePlane(b, w, h, "source B");
		return Dwt2D.inverse(fuse(Dwt2D.forward(a, w, h, wavelet, levels), Dwt2D.forward(b, w, h, wavelet, levels)));
	}

	/** The fusion rule on coefficients: mean of the approximations, max-absolute of every detail band. */
	public static WaveletDecomposition fuse(WaveletDecomposition a, WaveletDecomposition b) {
		if (a == null || b == null) throw new IllegalArgumentException("decomposition " + (a == null ? "A" : "B") + " is missing (null)");
		if (!a.sameLayout(b)) {
			throw new IllegalArgumentException("decompositions differ: A is " + describe(a) + ", B is " + describe(b));
		}
		final float[] approxA = a.approximation(), approxB = b.approximation();
		final float[] approx = new float[approxA.length];
		for (int i = 0; i < approx.length; i++) approx[i] = 0.5f * (approxA[i] + approxB[i]);
		final WaveletLevel[] levels = new WaveletLevel[a.levelCount()];
		for (int l = 0; l < levels.length; l++) {
			final WaveletLevel la = a.level(l), lb = b.level(l);
			levels[l] = new WaveletLevel(la.width(), la.height(), maxAbs(la.horizontal(), lb.horizontal()),
				maxAbs(la.vertical(), lb.vertical()), maxAbs(la.diagonal(), lb.diagonal()));
		}
		return new WaveletDecomposition(a.wavelet(), a.width(), a.height(), approx, a.approximationWidth(),
			a.approximationHeight(), levels);
	}

	private static float[] maxAbs(float[] a, float[] b) {
		final float[] out = new float[a.length];
		for (int i = 0; i < out.length; i++) out[i] = Math.abs(a[i]) >= Math.abs(b[i]) ? a[i] : b[i];
		return out;
	}

	private static String describe(WaveletDecomposition d) {
		return d.wavelet() + " " + d.width() + " x " + d.height() + " with " + d.levelCount() + " levels";
	}
}
