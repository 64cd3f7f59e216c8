package org.nmfusion.fusion.baseline;

/**
 * The three detail bands of one level of a 2-D discrete wavelet transform ({@link Dwt2D}), each a row-major
 * plane of bandWidth x bandHeight = ceil(width / 2) x ceil(height / 2), where width x height is the size of
 * the approximation this level decomposed. Named as MATLAB's dwt2: horizontal = low-pass along x and
 * high-pass along y (horizontal edges), vertical = high-pass along x and low-pass along y, diagonal = high-pass
 * along both. The arrays are shared, not copied.
 */
public final class WaveletLevel {

	private final int width, height;
	private final float[] horizontal, vertical, diagonal;

	WaveletLevel(int width, int height, float[] horizontal, float[] vertical, float[] diagonal) {
		this.width = width;
		this.height = height;
		this.horizontal = horizontal;
		this.vertical = vertical;
		this.diagonal = diagonal;
	}

	/** Width of the approximation this level decomposed (before padding to even). */
	public int width() {
		return width;
	}

	/** Height of the approximation this level decomposed (before padding to even). */
	public int height() {
		return height;
	}

	/** Width of each band, ceil(width / 2). */
	public int bandWidth() {
		return (width + 1) / 2;
	}

	/** Height of each band, ceil(height / 2). */
	public int bandHeight() {
		return (height + 1) / 2;
	}

	/** Low-pass along x, high-pass along y. */
	public float[] horizontal() {
		return horizontal;
	}

	/** High-pass along x, low-pass along y. */
	public float[] vertical() {
		return vertical;
	}

	/** High-pass along x and y. */
	public float[] diagonal() {
		return diagonal;
	}
}
