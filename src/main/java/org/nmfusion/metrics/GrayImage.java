package org.nmfusion.metrics;

import java.util.Arrays;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;
import org.nmfusion.util.Planes;

/**
 * Immutable-by-convention gray image for the metrics: {@code height} rows x {@code width} columns of
 * doubles, row-major ({@code data[y * width + x]}). The metrics treat values as 8-bit grey levels
 * (0..255), exactly as the reference toolbox reads its PNGs.
 *
 * <p>Colour inputs (a third dimension of size 3) are converted once with the reference driver's
 * rule, Octave 7.3 {@code rgb2gray} (docs/metrics.md): {@code rnd(255 * (0.298936 R/255 + 0.587043 G/255
 * + 0.114021 B/255))}, rounded half away from zero and saturated to 0..255.
 */
public final class GrayImage {

	private final int width;
	private final int height;
	private final double[] data;

	/** Wraps {@code data} (not copied; callers must not modify it afterwards). */
	public GrayImage(double[] data, int width, int height) {
		if (width <= 0 || height <= 0) {
			throw new IllegalArgumentException("empty image: " + width + "x" + height);
		}
		if (data == null || data.length != (long) width * height) {
			throw new IllegalArgumentException("data length " + (data == null ? "null" : data.length)
				+ " does not match " + width + "x" + height);
		}
		for (int i = 0; i < data.length; i++) {
			if (!Double.isFinite(data[i])) {
				throw new IllegalArgumentException("image contains " + data[i] + " at x=" + (i % width)
					+ ", y=" + (i / width) + " (NaN/infinite values are not allowed)");
			}
		}
		this.width = width;
		this.height = height;
		this.data = data;
	}

	/**
	 * Converts an ImgLib2 image once. Accepted shapes: 2-D (X, Y) gray; 3-D (X, Y, C) with C = 1
	 * (gray) or C = 3 (RGB, converted with the reference rgb2gray rule).
	 *
	 * @throws IllegalArgumentException for null, empty, wrongly shaped or non-finite input
	 */
	public static GrayImage of(RandomAccessibleInterval<? extends RealType<?>> img) {
		if (img == null) {
			throw new IllegalArgumentException("image is null");
		}
		int nd = img.numDimensions();
		if (nd != 2 && nd != 3) {
			throw new IllegalArgumentException("image must be 2-D (or 3-D with 1 or 3 channels), got "
				+ nd + " dimensions");
		}
		long w = img.dimension(0);
		long h = img.dimension(1);
		long c = nd == 3 ? img.dimension(2) : 1;
		if (w <= 0 || h <= 0 || c <= 0) {
			throw new IllegalArgumentException("empty image: " + w + "x" + h);
		}
		if (c != 1 && c != 3) {
			throw new IllegalArgumentException("image must have 1 or 3 channels, got " + c);
		}
		if (w * h > Integer.MAX_VALUE - 8) {
			throw new IllegalArgumentException("image too large: " + w + "x" + h);
		}
		int n = (int) (w * h);
		double[] all = Planes.copyDouble(img);
		if (c == 1) {
			return new GrayImage(all, (int) w, (int) h);
		}
		for (double v : all) {
			if (!Double.isFinite(v)) {
				throw new IllegalArgumentException("image contains " + v + " (NaN/infinite values are not allowed)");
			}
		}
		return new GrayImage(rgb2gray(Arrays.copyOfRange(all, 0, n),
			Arrays.copyOfRange(all, n, 2 * n), Arrays.copyOfRange(all, 2 * n, 3 * n)), (int) w, (int) h);
	}

	/**
	 * Converts three 2-D colour channels (R, G, B; 0..255) with the reference rgb2gray rule.
	 *
	 * @throws IllegalArgumentException if the channels differ in size or are not 2-D
	 */
	public static GrayImage ofRgb(RandomAccessibleInterval<? extends RealType<?>> red,
		RandomAccessibleInterval<? extends RealType<?>> green, RandomAccessibleInterval<? extends RealType<?>> blue)
	{
		GrayImage r = of(red);
		GrayImage g = of(green);
		GrayImage b = of(blue);
		if (r.width != g.width || r.width != b.width || r.height != g.height || r.height != b.height
			|| red.numDimensions() != 2 || green.numDimensions() != 2 || blue.numDimensions() != 2) {
			throw new IllegalArgumentException("RGB channels must be 2-D and of equal size");
		}
		return ofRgb(r.width, r.height, r.data, g.data, b.data);
	}

	/** Builds a gray image from three RGB planes (0..255, row-major) with the reference rgb2gray rule. */
	public static GrayImage ofRgb(int width, int height, double[] r, double[] g, double[] b) {
		if (r.length != g.length || r.length != b.length || r.length != (long) width * height) {
			throw new IllegalArgumentException("RGB planes do not match " + width + "x" + height);
		}
		return new GrayImage(rgb2gray(r, g, b), width, height);
	}

	/** Octave 7.3 rgb2gray on uint8 values (docs/metrics.md). */
	static double[] rgb2gray(double[] r, double[] g, double[] b) {
		double[] out = new double[r.length];
		for (int i = 0; i < out.length; i++) {
			double v = (r[i] / 255.0 * 0.298936 + g[i] / 255.0 * 0.587043 + b[i] / 255.0 * 0.114021) * 255.0;
			v = MathUtil.round(v);
			out[i] = v < 0 ? 0 : (v > 255 ? 255 : v);
		}
		return out;
	}

	public int width() { return width; }

	public int height() { return height; }

	/** Number of pixels. */
	public int size() { return data.length; }

	/** The backing row-major array (do not modify). */
	public double[] data() { return data; }

	public double get(int x, int y) { return data[y * width + x]; }

	double min() {
		double m = Double.POSITIVE_INFINITY;
		for (double v : data) m = Math.min(m, v);
		return m;
	}

	double max() {
		double m = Double.NEGATIVE_INFINITY;
		for (double v : data) m = Math.max(m, v);
		return m;
	}

	/** Checks that all images are non-null and of equal size. */
	static void checkSameSize(GrayImage a, GrayImage b, GrayImage f) {
		if (a == null || b == null || f == null) {
			throw new IllegalArgumentException("source A, source B and fused image must not be null");
		}
		if (a.width != b.width || a.height != b.height || a.width != f.width || a.height != f.height) {
			throw new IllegalArgumentException("size mismatch: A is " + a.width + "x" + a.height + ", B is "
				+ b.width + "x" + b.height + ", F is " + f.width + "x" + f.height);
		}
	}

	@Override
	public String toString() {
		return "GrayImage[" + width + "x" + height + "]";
	}
}
