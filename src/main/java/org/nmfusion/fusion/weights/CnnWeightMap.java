package org.nmfusion.fusion.weights;

import org.nmfusion.cnn.DenseOutput;
import org.nmfusion.cnn.FocusModel;
import org.nmfusion.image.Plane;

/**
 * The CNN weight map Wc of Liu et al. 2017: dense Siamese CNN scores spread over their 16x16 blocks
 * and averaged per pixel (1 = A sharper or more active). Inputs are gray [0, 1] planes of one size.
 */
public final class CnnWeightMap {

	private CnnWeightMap() {}

	public static Plane compute(final FocusModel model, final Plane a, final Plane b) {
		final DenseOutput d = model.denseInference(a.data(), b.data(), a.width(), a.height(), false);
		return a.with(d.weightMap());
	}
}
