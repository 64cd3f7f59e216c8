package org.nmfusion.util;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

/**
 * The one place where ImgLib2 images become the cores' working format, a row-major array (index
 * {@code y * width + x}, then slice by slice for 3-D images), and where colour becomes luminance
 * (ITU-R BT.601: Y = 0.299 R + 0.587 G + 0.114 B; see docs/method.md).
 */
public final class Planes {

	/** BT.601 luma coefficients of red, green and blue. */
	public static final float LUMA_R = 0.299f, LUMA_G = 0.587f, LUMA_B = 0.114f;

	private Planes() {}

	/** Copies an image of any dimensionality in flat-iteration order into a new float array. */
	public static float[] copy(final RandomAccessibleInterval<? extends RealType<?>> image) {
		final float[] out = new float[size(image)];
		int i = 0;
		for (final RealType<?> t : Views.flatIterable(image))
			out[i++] = t.getRealFloat();
		return out;
	}

	/**
	 * Copies rows {@code y0} (inclusive) to {@code y1} (exclusive) of a 2-D image into {@code out} from index 0,
	 * row-major: the values {@link #copy} puts at {@code y0 * width} to {@code y1 * width}.
	 */
	public static void copyRows(final RandomAccessibleInterval<? extends RealType<?>> image, final int y0, final int y1, final float[] out) {
		final long x0 = image.min(0), top = image.min(1);
		int i = 0;
		for (final RealType<?> t : Views.flatIterable(Views.interval(image, new long[] { x0, top + y0 }, new long[] { image.max(0), top + y1 - 1 })))
			out[i++] = t.getRealFloat();
	}

	/** Whether two images hold the same values in flat-iteration order (float bit patterns, as {@code Arrays.equals} on copies). */
	public static boolean sameValues(final RandomAccessibleInterval<? extends RealType<?>> a,
		final RandomAccessibleInterval<? extends RealType<?>> b)
	{
		if (size(a) != size(b)) return false;
		final java.util.Iterator<? extends RealType<?>> ib = Views.flatIterable(b).iterator();
		for (final RealType<?> t : Views.flatIterable(a))
			if (Float.floatToIntBits(t.getRealFloat()) != Float.floatToIntBits(ib.next().getRealFloat())) return false;
		return true;
	}

	/** Copies an image of any dimensionality in flat-iteration order into a new double array. */
	public static double[] copyDouble(final RandomAccessibleInterval<? extends RealType<?>> image) {
		final double[] out = new double[size(image)];
		int i = 0;
		for (final RealType<?> t : Views.flatIterable(image))
			out[i++] = t.getRealDouble();
		return out;
	}

	/** Number of pixels of an image; rejects images with more than 2^31 - 9 pixels. */
	public static int size(final RandomAccessibleInterval<?> image) {
		if (image == null) throw new IllegalArgumentException("image is missing (null)");
		long n = 1;
		for (int d = 0; d < image.numDimensions(); d++)
			n *= image.dimension(d);
		if (n > Integer.MAX_VALUE - 8) throw new IllegalArgumentException("image too large: " + n + " pixels (at most 2^31 in one array)");
		return (int) n;
	}

	/** Luminance Y = 0.299 R + 0.587 G + 0.114 B of three planes of equal length, in their units. */
	public static float[] luminance(final float[] r, final float[] g, final float[] b) {
		if (r.length != g.length || r.length != b.length) throw new IllegalArgumentException("colour planes differ in size");
		final float[] y = new float[r.length];
		for (int i = 0; i < y.length; i++)
			y[i] = LUMA_R * r[i] + LUMA_G * g[i] + LUMA_B * b[i];
		return y;
	}

	/** Luminance 0.299 r + 0.587 g + 0.114 b in double precision, in the units of r, g, b. */
	public static double luminance(final double r, final double g, final double b) {
		return 0.299 * r + 0.587 * g + 0.114 * b;
	}

	/** Luminance of one packed 0xRRGGBB pixel, 0..255. */
	public static float luminance(final int rgb) {
		return LUMA_R * ((rgb >> 16) & 255) + LUMA_G * ((rgb >> 8) & 255) + LUMA_B * (rgb & 255);
	}
}
