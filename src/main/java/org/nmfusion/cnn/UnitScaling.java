package org.nmfusion.cnn;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.integer.UnsignedShortType;
import org.nmfusion.util.Planes;

/** Scales network inputs to [0,1] (docs/method.md, section 4): 8-bit / 255, 16-bit / 65535, anything else min-max. */
public final class UnitScaling {
	private UnitScaling() {
	}

	/** Row-major [0,1] copy of a 2-D image. */
	public static float[] toUnit(RandomAccessibleInterval<? extends RealType<?>> img) {
		if (img.numDimensions() != 2) {
			throw new IllegalArgumentException("expected a 2-D gray image, got " + img.numDimensions() + " dimensions");
		}
		RealType<?> t = img.getType();
		float[] out = Planes.copy(img);
		if (t instanceof UnsignedByteType) {
			return scale(out, 0, 255);
		}
		if (t instanceof UnsignedShortType) {
			return scale(out, 0, 65535);
		}
		return minMax(out);
	}

	/** 8-bit data (0..255) to [0,1]. */
	public static float[] fromUnsignedByte(float[] v) {
		return scale(v.clone(), 0, 255);
	}

	/** 16-bit data (0..65535) to [0,1]. */
	public static float[] fromUnsignedShort(float[] v) {
		return scale(v.clone(), 0, 65535);
	}

	/** In-place min-max scaling of float data to [0,1]; a constant image becomes all 0. NaN is rejected. */
	public static float[] minMax(float[] v) {
		float lo = Float.POSITIVE_INFINITY, hi = Float.NEGATIVE_INFINITY;
		for (float x : v) {
			if (Float.isNaN(x)) {
				throw new IllegalArgumentException("image contains NaN");
			}
			lo = Math.min(lo, x);
			hi = Math.max(hi, x);
		}
		if (!(hi > lo) || Float.isInfinite(hi - lo)) {
			if (Float.isInfinite(lo) || Float.isInfinite(hi)) {
				throw new IllegalArgumentException("image contains infinite values");
			}
			java.util.Arrays.fill(v, 0f);
			return v;
		}
		return scale(v, lo, hi);
	}

	private static float[] scale(float[] v, double lo, double hi) {
		double s = 1.0 / (hi - lo);
		for (int i = 0; i < v.length; i++) {
			v[i] = (float) ((v[i] - lo) * s);
		}
		return v;
	}
}
