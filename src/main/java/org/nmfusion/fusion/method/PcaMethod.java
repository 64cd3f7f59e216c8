package org.nmfusion.fusion.method;

import org.nmfusion.fusion.baseline.PcaWeights;
import org.nmfusion.image.Plane;

/**
 * Baseline {@code pca}: F = wA A + wB B with the weights of the first principal component of the two
 * sources' luminance (Naidu and Raol 2008).
 */
public final class PcaMethod extends AbstractFusionMethod {

	public PcaMethod() {
		super("pca", "weights from the first principal component of [A B] (baseline)", false);
	}

	@Override
	public Plane weightMap(final Plane lumaA, final Plane lumaB, final FusionOptions options, final FusionContext context) {
		if (context.givenWeightMap() != null) return context.givenWeightMap();
		return WeightedBlend.constant(lumaA, (float) PcaWeights.of(lumaA.data(), lumaB.data()).wA());
	}

	@Override
	public Plane fuse(final Plane a, final Plane b, final Plane weightMap, final FusionOptions options, final FusionContext context) {
		return WeightedBlend.blend(a, b, weightMap);
	}
}
