package org.nmfusion.filter;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.type.NativeType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.real.FloatType;

import org.nmfusion.image.Image2D;
import org.nmfusion.image.ValueCalibration;
import org.nmfusion.util.BadParameterException;
import org.nmfusion.util.FloatImages;

/**
 * Hann-mean denoising (docs/method.md, section 3): the image is averaged with the normalised 2-D Hann window
 * K = h h^T of radius r (see {@link HannKernel}), separably, with a mirror border.
 * <p>
 * Background-aware variant (normalised convolution, Knutsson &amp; Westin 1993): with a threshold t,
 * pixels x &lt;= t are unreliable; with the mask m = [x &gt; t] the output is (K * (m x)) / (K * m),
 * and x itself where K * m = 0. A threshold of {@code NaN} switches the variant off.
 * <p>
 * The input is never modified. Gray images only; RGB images are filtered per channel by the caller.
 */
public final class HannMeanFilter {

	/** The threshold value that switches the background-aware variant off. */
	public static final double NO_THRESHOLD = Double.NaN;

	private HannMeanFilter() {}

	/**
	 * Requires a window radius in [1, min(width, height) - 1]: a window wider than the image would only
	 * mirror the image into itself.
	 *
	 * @param what names the radius in the message (e.g. "denoise radius")
	 * @throws BadParameterException otherwise
	 */
	public static void requireRadiusFits(String what, int radius, long width, long height) {
		if (radius < 1) throw new BadParameterException(what + " must be >= 1 pixel, got " + radius);
		if (radius >= width || radius >= height)
			throw new BadParameterException(what + " " + radius + " is not smaller than the image (" + width + "x" + height + ")", true);
	}

	/** Filters a 2-D image and returns 32-bit float. */
	public static Img<FloatType> filterToFloat(RandomAccessibleInterval<? extends RealType<?>> input, int radius,
		double backgroundThreshold)
	{
		return FloatImages.wrap(filteredPlane(input, radius, backgroundThreshold), input.dimension(0), input.dimension(1));
	}

	/** Filters a 2-D image and returns the input's pixel type (rounded half up and clamped for integer types). */
	public static <T extends RealType<T> & NativeType<T>> Img<T> filter(RandomAccessibleInterval<T> input, int radius,
		double backgroundThreshold)
	{
		return FloatImages.toType(filteredPlane(input, radius, backgroundThreshold), input.dimension(0), input.dimension(1),
			input.getType().createVariable());
	}

	/** Filters a 2-D image of any real pixel type and returns that type (rounded half up and clamped for integer types). */
	public static Img<? extends RealType<?>> filterSameType(RandomAccessibleInterval<? extends RealType<?>> input, int radius,
		double backgroundThreshold)
	{
		return FloatImages.toTypeOf(filteredPlane(input, radius, backgroundThreshold), input);
	}

	private static float[] filteredPlane(RandomAccessibleInterval<? extends RealType<?>> input, int radius, double threshold) {
		final float[] src = FloatImages.toFloats(input, "input image");
		requireRadiusFits("radius", radius, input.dimension(0), input.dimension(1));
		return filter(src, (int) input.dimension(0), (int) input.dimension(1), radius, threshold);
	}

	/**
	 * Hann-mean denoising of every channel of an image. With {@code floatOutput} the result is 32-bit in
	 * real values (a calibrated 16-bit image's calibration function applied); otherwise it keeps the input
	 * type (rounded, clamped) and calibration.
	 */
	public static Image2D filter(Image2D input, int radius, double backgroundThreshold, boolean floatOutput) {
		if (input == null) throw new IllegalArgumentException("no image given (null)");
		if (!floatOutput) return input.mapChannels(input.kind(), c -> filterSameType(c, radius, backgroundThreshold));
		final Image2D.Kind kind = input.isRgb() ? Image2D.Kind.RGB_FLOAT : Image2D.Kind.GRAY32;
		final ValueCalibration values = input.values();
		return input.mapChannels(kind, c -> {
			final float[] plane = values.applyInPlace(filteredPlane(c, radius, backgroundThreshold));
			return FloatImages.wrap(plane, c.dimension(0), c.dimension(1));
		});
	}

	/**
	 * Filters a row-major plane; returns a new plane. The core of this class, exposed for stages that
	 * already work on float arrays; any radius >= 1 works here (the mirror border repeats), while the image
	 * entry points above refuse a radius that does not fit the image ({@link #requireRadiusFits}).
	 */
	public static float[] filter(float[] src, int width, int height, int radius, double backgroundThreshold) {
		final float[] kernel = HannKernel.floatWeights(radius);
		if (Double.isNaN(backgroundThreshold)) return SeparableConvolution.convolve(src, width, height, kernel);
		final float[] masked = new float[src.length];
		final float[] mask = new float[src.length];
		for (int i = 0; i < src.length; i++) {
			if (src[i] > backgroundThreshold) {
				masked[i] = src[i];
				mask[i] = 1;
			}
		}
		final float[] num = SeparableConvolution.convolve(masked, width, height, kernel);
		final float[] den = SeparableConvolution.convolve(mask, width, height, kernel);
		for (int i = 0; i < num.length; i++) num[i] = den[i] > 0 ? num[i] / den[i] : src[i];
		return num;
	}
}
