package org.nmfusion.fusion.weights;

import org.nmfusion.cnn.FocusModel;
import org.nmfusion.image.Plane;

/**
 * The CNN weight map Wc of Liu et al. 2017: dense Siamese CNN scores spread over their 16x16 blocks
 * and averaged per pixel (1 = A sharper or more active). Inputs are gray [0, 1] planes of one size.
 */
public final class CnnWeightMap {

	private CnnWeightMap() {}

	public static Plane compute(final FocusModel model, final Plane a, final Plane b) {
		return compute(model, a, b, false);
	}

	/** With {@code symmetric}, W = (f(A, B) + 1 - f(B, A)) / 2 (two CNN passes; identical sources give 0.5). */
	public static Plane compute(final FocusModel model, final Plane a, final Plane b, final boolean symmetric) {
		final float[] w = model.denseInference(a.data(), b.data(), a.width(), a.height(), false).weightMap();
		if (symmetric) symmetrise(w, model.denseInference(b.data(), a.data(), a.width(), a.height(), false).weightMap());
		return a.with(w);
	}

	/** In place: w = (w + 1 - swapped) / 2. */
	static void symmetrise(final float[] w, final float[] swapped) {
		for (int i = 0; i < w.length; i++)
			w[i] = 0.5f * (w[i] + 1 - swapped[i]);
	}
}
