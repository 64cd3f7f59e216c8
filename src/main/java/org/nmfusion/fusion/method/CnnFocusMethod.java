package org.nmfusion.fusion.method;

import org.nmfusion.fusion.focus.FocusDecision;
import org.nmfusion.fusion.weights.CnnWeightMap;
import org.nmfusion.image.Plane;

/**
 * {@code cnn-focus}, Liu's multi-focus fusion (Liu, Chen, Peng, Wang, Information Fusion 36, 2017):
 * decision map D = [Wc &gt; 0.5], regions under 1 % of the image removed from D and 1 - D, guided filter
 * (r = 8, eps = 0.1) of D with the initial fused gray image as guide, F = Wf A + (1 - Wf) B.
 */
public final class CnnFocusMethod extends AbstractFusionMethod {

	public CnnFocusMethod() {
		super("cnn-focus", "Liu's multi-focus rule: binary CNN decision map, small regions removed, guided filter", true);
	}

	@Override
	public Plane weightMap(final Plane lumaA, final Plane lumaB, final FusionOptions options, final FusionContext context) {
		final Plane wc = context.givenWeightMap() != null ? context.givenWeightMap()
			: CnnWeightMap.compute(context.focusModel(), lumaA, lumaB, options.symmetric());
		return lumaA.with(FocusDecision.finalWeights(wc.data(), lumaA.data(), lumaB.data(), lumaA.width(), lumaA.height()));
	}

	@Override
	public Plane fuse(final Plane a, final Plane b, final Plane weightMap, final FusionOptions options, final FusionContext context) {
		return WeightedBlend.blend(a, b, weightMap);
	}
}
