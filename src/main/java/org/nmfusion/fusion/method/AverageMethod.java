package org.nmfusion.fusion.method;

import org.nmfusion.image.Plane;

/** Baseline {@code average}: F = (A + B) / 2. */
public final class AverageMethod implements FusionMethod {

	@Override
	public String name() { return "average"; }

	@Override
	public String description() { return "pixel-wise mean of the sources (baseline)"; }

	@Override
	public boolean usesFocusModel() { return false; }

	@Override
	public Plane weightMap(final Plane lumaA, final Plane lumaB, final FusionOptions options, final FusionContext context) {
		return context.givenWeightMap();
	}

	@Override
	public Plane fuse(final Plane a, final Plane b, final Plane weightMap, final FusionOptions options, final FusionContext context) {
		return WeightedBlend.blend(a, b, weightMap);
	}
}
