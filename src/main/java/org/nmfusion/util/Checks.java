package org.nmfusion.util;

import net.imglib2.Dimensions;
import net.imglib2.util.Intervals;

/** Argument checks shared by all stages; each failure is an IllegalArgumentException naming the problem. */
public final class Checks {

	private Checks() {}

	/** Requires a non-empty 2-D image; {@code what} names it in the message (e.g. "source A"). */
	public static void require2D(Dimensions image, String what) {
		if (image == null) throw new IllegalArgumentException(what + " is missing (null)");
		if (image.numDimensions() != 2) {
			throw new IllegalArgumentException(what + " must be a 2-D image, but it has " +
				image.numDimensions() + " dimensions " + java.util.Arrays.toString(Intervals.dimensionsAsLongArray(image)));
		}
		if (image.dimension(0) < 1 || image.dimension(1) < 1) {
			throw new IllegalArgumentException(what + " is empty (" + image.dimension(0) + " x " + image.dimension(1) + " pixels)");
		}
		if (image.dimension(0) * image.dimension(1) > Integer.MAX_VALUE - 8) {
			throw new IllegalArgumentException(what + " is too large for one plane (" + image.dimension(0) + " x " +
				image.dimension(1) + " pixels; at most 2^31 pixels)");
		}
	}

	/** Requires two images of the same size. */
	public static void requireSameSize(Dimensions a, String nameA, Dimensions b, String nameB) {
		if (!Intervals.equalDimensions(a, b)) {
			throw new IllegalArgumentException("size mismatch: " + nameA + " is " + dims(a) + " but " + nameB + " is " + dims(b));
		}
	}

	/** Requires every value to be finite; names the first NaN or infinite pixel. */
	public static void requireFinite(float[] data, int width, String what) {
		for (int i = 0; i < data.length; i++) {
			if (!Float.isFinite(data[i])) {
				throw new IllegalArgumentException(what + " contains " + (Float.isNaN(data[i]) ? "NaN" : "an infinite value") +
					" at pixel (x=" + (i % width) + ", y=" + (i / width) + ")");
			}
		}
	}

	/** Requires {@code value >= min}. */
	public static void requireAtLeast(long value, long min, String what) {
		if (value < min) throw new IllegalArgumentException(what + " must be >= " + min + ", got " + value);
	}

	private static String dims(Dimensions d) {
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < d.numDimensions(); i++) {
			if (i > 0) sb.append(" x ");
			sb.append(d.dimension(i));
		}
		return sb.toString();
	}
}
