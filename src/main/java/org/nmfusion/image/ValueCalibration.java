package org.nmfusion.image;

/**
 * A straight-line value calibration: real value = offset + slope * stored value, as ImageJ keeps for
 * signed 16-bit data such as DICOM CT (Hounsfield units = raw - 32768 - 1024, say). Stored values stay
 * as they are in 8/16-bit images; 32-bit results are written in real values.
 */
public final class ValueCalibration {

	/** No calibration: real value = stored value. */
	public static final ValueCalibration NONE = new ValueCalibration(0, 1);

	private final double offset, slope;
	private final String unit;

	public ValueCalibration(final double offset, final double slope) {
		this(offset, slope, "Gray Value");
	}

	/** A calibration whose real values are in {@code unit} (e.g. "Hounsfield"). */
	public ValueCalibration(final double offset, final double slope, final String unit) {
		if (!Double.isFinite(offset) || !Double.isFinite(slope) || slope == 0)
			throw new IllegalArgumentException(
				"value calibration needs a finite offset and a finite, non-zero slope; got " + offset + " + " + slope + " x");
		this.offset = offset;
		this.slope = slope;
		this.unit = unit == null ? "Gray Value" : unit;
	}

	public double offset() { return offset; }

	public double slope() { return slope; }

	/** Unit of the real values. */
	public String unit() { return unit; }

	public boolean isIdentity() { return offset == 0 && slope == 1; }

	/** The real value of a stored value. */
	public double apply(final double stored) {
		return offset + slope * stored;
	}

	/** Applies the calibration in place to a plane of stored values. */
	public float[] applyInPlace(final float[] stored) {
		if (isIdentity()) return stored;
		for (int i = 0; i < stored.length; i++)
			stored[i] = (float) (offset + slope * stored[i]);
		return stored;
	}

	@Override
	public boolean equals(final Object o) {
		return o instanceof ValueCalibration && ((ValueCalibration) o).offset == offset && ((ValueCalibration) o).slope == slope;
	}

	@Override
	public int hashCode() {
		return Double.hashCode(offset) * 31 + Double.hashCode(slope);
	}

	@Override
	public String toString() {
		return isIdentity() ? "none" : offset + " + " + slope + " x";
	}
}
