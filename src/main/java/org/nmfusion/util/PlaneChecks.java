package org.nmfusion.util;

/**
 * Argument checks for row-major {@code float[]} and {@code byte[]} planes (index y * width + x), JDK only; each failure
 * is an IllegalArgumentException naming the problem.
 */
public final class PlaneChecks {

	private PlaneChecks() {}

	/** Requires width >= 1, height >= 1 and at most Integer.MAX_VALUE pixels. */
	public static void requireSize(final int width, final int height) {
		if (width < 1 || height < 1) {
			throw new IllegalArgumentException("image size must be positive, got " + width + " x " + height + " (width x height)");
		}
		if ((long) width * height > Integer.MAX_VALUE) {
			throw new IllegalArgumentException("image too large for one array: " + width + " x " + height);
		}
	}

	/** Requires a non-null plane of exactly width * height values; {@code what} names it in the message. */
	public static void requirePlane(final float[] plane, final int width, final int height, final String what) {
		requireSize(width, height);
		if (plane == null) throw new IllegalArgumentException(what + " is missing (null)");
		if (plane.length != width * height) {
			throw new IllegalArgumentException("array length mismatch: " + what + " has " + plane.length + " values, but " + width +
				" x " + height + " needs " + width * height);
		}
	}

	/** As {@link #requirePlane}, and every value must lie in [0, 1]. */
	public static void requireUnitPlane(float[] data, int width, int height, String what) {
		requirePlane(data, width, height, what);
		for (int i = 0; i < data.length; i++) {
			if (!(data[i] >= 0 && data[i] <= 1)) {
				throw new IllegalArgumentException(what + " values must lie in [0, 1], found " + data[i] + " at pixel (x=" +
					(i % width) + ", y=" + (i / width) + ")");
			}
		}
	}

	/** Requires a non-null binary (0/1) byte plane of exactly width * height values. */
	public static void requireBinary(byte[] data, int width, int height, String what) {
		requireSize(width, height);
		if (data == null) throw new IllegalArgumentException(what + " is missing (null)");
		if (data.length != width * height) {
			throw new IllegalArgumentException(what + " has " + data.length + " values but the plane is " + width + " x " +
				height + " = " + width * height + " pixels");
		}
		for (int i = 0; i < data.length; i++) {
			if (data[i] != 0 && data[i] != 1) {
				throw new IllegalArgumentException(what + " must be binary (0/1), found " + data[i] + " at pixel (x=" +
					(i % width) + ", y=" + (i / width) + ")");
			}
		}
	}
}
