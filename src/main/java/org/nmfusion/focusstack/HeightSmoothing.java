package org.nmfusion.focusstack;

/**
 * Confidence-weighted smoothing of a height map (normalised convolution, Knutsson and Westin 1993): the
 * near-Gaussian mean of weight x height divided by the mean of the weight, so that textured pixels, whose
 * height is reliable, fill in the flat ones, whose best slice is noise. Pixels with no weight around keep
 * their height.
 */
public final class HeightSmoothing {

	private HeightSmoothing() {}

	/**
	 * Smooths {@code height} in place; {@code weight} (>= 0) is overwritten, {@code tmp} and {@code product} are
	 * scratch planes.
	 */
	public static void smooth(final float[] height, final float[] weight, final float[] product, final float[] tmp, final int w, final int h,
		final int radius)
	{
		if (radius == 0) return;
		for (int i = 0; i < height.length; i++)
			product[i] = weight[i] * height[i];
		BoxFilter.smooth(product, tmp, w, h, radius);
		BoxFilter.smooth(weight, tmp, w, h, radius);
		for (int i = 0; i < height.length; i++)
			if (weight[i] > 0) height[i] = product[i] / weight[i];
	}
}
