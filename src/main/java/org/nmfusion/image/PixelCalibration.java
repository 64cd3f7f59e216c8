package org.nmfusion.image;

import java.util.Objects;

/** Spatial calibration of a 2-D image: pixel width and height in {@code unit} (ImageJ's "pixel" when uncalibrated). */
public final class PixelCalibration {

	/** One pixel per pixel. */
	public static final PixelCalibration UNCALIBRATED = new PixelCalibration(1, 1, "pixel");

	private final double pixelWidth;
	private final double pixelHeight;
	private final String unit;

	public PixelCalibration(double pixelWidth, double pixelHeight, String unit) {
		this.pixelWidth = pixelWidth;
		this.pixelHeight = pixelHeight;
		this.unit = unit == null ? "pixel" : unit;
	}

	public double pixelWidth() { return pixelWidth; }

	public double pixelHeight() { return pixelHeight; }

	public String unit() { return unit; }

	@Override
	public boolean equals(Object o) {
		if (!(o instanceof PixelCalibration)) return false;
		PixelCalibration c = (PixelCalibration) o;
		return pixelWidth == c.pixelWidth && pixelHeight == c.pixelHeight && unit.equals(c.unit);
	}

	@Override
	public int hashCode() { return Objects.hash(pixelWidth, pixelHeight, unit); }

	@Override
	public String toString() { return pixelWidth + " x " + pixelHeight + " " + unit; }
}
