package org.nmfusion.fusion.method;

import org.nmfusion.image.Plane;

/** Baseline {@code average}: F = (A + B) / 2. */
public final class AverageMethod extends AbstractFusionMethod {

	public AverageMethod() {
		super("average", "pixel-wise mean of the sources (baseline)", false);
	}

	@Override
	public Plane fuse(final Plane a, final Plane b, final Plane weightMap, final FusionOptions options, final FusionContext context) {
		return WeightedBlend.blend(a, b, weightMap);
	}
}
