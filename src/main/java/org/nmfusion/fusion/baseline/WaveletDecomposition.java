package org.nmfusion.fusion.baseline;

/**
 * A multi-level 2-D discrete wavelet decomposition computed by {@link Dwt2D}: the coarsest approximation
 * band and the detail bands of every level, finest level first. The arrays are shared, not copied.
 */
public final class WaveletDecomposition {

	private final Wavelet wavelet;
	private final int width, height;
	private final float[] approximation;
	private final int approximationWidth, approximationHeight;
	private final WaveletLevel[] levels;

	WaveletDecomposition(Wavelet wavelet, int width, int height, float[] approximation, int approximationWidth,
		int approximationHeight, WaveletLevel[] levels)
	{
		this.wavelet = wavelet;
		this.width = width;
		this.height = height;
		this.approximation = approximation;
		this.approximationWidth = approximationWidth;
		this.approximationHeight = approximationHeight;
		this.levels = levels;
	}

	/** The wavelet used. */
	public Wavelet wavelet() {
		return wavelet;
	}

	/** Width of the decomposed image. */
	public int width() {
		return width;
	}

	/** Height of the decomposed image. */
	public int height() {
		return height;
	}

	/** Number of levels actually computed (may be fewer than requested, see {@link Dwt2D#levelsThatFit}). */
	public int levelCount() {
		return levels.length;
	}

	/** Detail bands of level {@code i}, 0 = finest. */
	public WaveletLevel level(int i) {
		return levels[i];
	}

	/** Coarsest approximation (low-pass along x and y), approximationWidth x approximationHeight. */
	public float[] approximation() {
		return approximation;
	}

	/** Width of the approximation band. */
	public int approximationWidth() {
		return approximationWidth;
	}

	/** Height of the approximation band. */
	public int approximationHeight() {
		return approximationHeight;
	}

	/** True when {@code other} has the same wavelet, image size and level count (hence identical band sizes). */
	public boolean sameLayout(WaveletDecomposition other) {
		return other != null && wavelet == other.wavelet && width == other.width && height == other.height &&
			levels.length == other.levels.length;
	}
}
