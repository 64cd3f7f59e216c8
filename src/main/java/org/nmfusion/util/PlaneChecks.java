package org.nmfusion.util;

/**
 * Argument checks for row-major {@code float[]} / {@code byte[]} planes (index y * width + x), without any
 * image-library types; each failure is an IllegalArgumentException naming the problem.
 */
public final class PlaneChecks {

	private PlaneChecks() {}

	/** Requires width, height >= 1 and width * height to fit one Java array. */
	public static void requireSize(int width, int height) {
		if (width < 1 || height < 1) {
			throw new IllegalArgumentException("plane size must be at least 1 x 1, got " + width + " x " + height);
		}
		if ((long) width * height > Integer.MAX_VALUE - 8) {
			throw new IllegalArgumentException("plane " + width + " x " + height + " is too large (at most 2^31 pixels)");
		}
	}

	/** Requires a non-null plane of exactly width * height finite values; {@code what} names it. */
	public static void requirePlane(float[] data, int width, int height, String what) {
		requireSize(width, height);
		if (data == null) throw new IllegalArgumentException(what + " is missing (null)");
		if (data.length != width * height) {
			throw new IllegalArgumentException(what + " has " + data.length + " values but the plane is " + width + " x " +
				height + " = " + width * height + " pixels");
		}
		for (int i = 0; i < data.length; i++) {
			if (!Float.isFinite(data[i])) {
				throw new IllegalArgumentException(what + " contains " + (Float.isNaN(data[i]) ? "NaN" : "an infinite value") +
					" at pixel (x=" + (i % width) + ", y=" + (i / width) + ")");
			}
		}
	}

	/** As {@link #requirePlane}, and every value must lie in [0, 1]. */
	public static void requireUnitPlane(float[] data, int width, int height, String what) {
		requirePlane(data, width, height, what);
		for (int i = 0; i < data.length; i++) {
			if (data[i] < 0 || data[i] > 1) {
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
