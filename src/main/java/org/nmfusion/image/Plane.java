package org.nmfusion.image;

/**
 * One gray plane as the algorithm cores work on it: a row-major float array (index
 * {@code y * width + x}) with its width and height. The array is shared, not copied.
 */
public final class Plane {

	private final float[] data;
	private final int width, height;

	public Plane(final float[] data, final int width, final int height) {
		if (width < 1 || height < 1) throw new IllegalArgumentException("empty plane: " + width + " x " + height + " pixels");
		if (data == null || data.length != (long) width * height)
			throw new IllegalArgumentException("plane of " + width + " x " + height + " needs " + (long) width * height + " values, got " +
				(data == null ? "none" : data.length));
		this.data = data;
		this.width = width;
		this.height = height;
	}

	/** The pixels (shared). */
	public float[] data() { return data; }

	public int width() { return width; }

	public int height() { return height; }

	public int size() { return data.length; }

	/** A plane of the same size over other pixels. */
	public Plane with(final float[] pixels) {
		return new Plane(pixels, width, height);
	}

	/** True if both planes have the same width and height. */
	public boolean sameSize(final Plane other) {
		return width == other.width && height == other.height;
	}
}
