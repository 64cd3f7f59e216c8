package org.nmfusion.fusion.method;

import org.nmfusion.focusstack.ArraySliceSource;
import org.nmfusion.focusstack.FocusStackFusion;
import org.nmfusion.focusstack.FocusStackOptions;
import org.nmfusion.focusstack.SliceBlend;
import org.nmfusion.fusion.focus.FocusDecision;
import org.nmfusion.image.Plane;

/**
 * {@code focus-stack}: a multi-focus pair fused as a focus stack of two slices (docs/method.md, section 9.1): the
 * one-pass decision of {@link FocusStackFusion} (two-scale Laplacian-energy focus, sub-slice height smoothed with
 * its confidence) on the two luminance planes, and the weight of A that the slice blend gives slice 0 at that
 * height, F = W A + (1 - W) B for every channel. No CNN.
 */
public final class FocusStackMethod extends AbstractFusionMethod {

	public FocusStackMethod() {
		super("focus-stack", "a multi-focus pair as a focus stack of two: Laplacian-energy focus, smoothed height, slice blend", false);
	}

	@Override
	public Plane weightMap(final Plane lumaA, final Plane lumaB, final FusionOptions options, final FusionContext context) {
		if (context.givenWeightMap() != null) return context.givenWeightMap();
		final int w = lumaA.width(), h = lumaA.height();
		final FocusStackOptions o = FocusStackOptions.defaults().withFocusRadius(options.focusRadius()).withSmoothRadius(options.smoothRadius())
			.withTransition(options.transition());
		final float[] height = new float[w * h], confidence = new float[w * h];
		FocusStackFusion.decide(ArraySliceSource.gray(new float[][] { lumaA.data(), lumaB.data() }, w, h), o, height, confidence, null, null);
		final float[] wa = new float[w * h];
		for (int i = 0; i < wa.length; i++)
			wa[i] = SliceBlend.weight(Math.abs(height[i]), (float) o.transition());
		switch (options.refine()) {
			case REGIONS: {
				final byte[] d = FocusDecision.decisionMap(wa, w, h, FocusDecision.DEFAULT_AREA_RATIO);
				for (int i = 0; i < wa.length; i++)
					wa[i] = d[i];
				return lumaA.with(wa);
			}
			case GUIDED:
				return lumaA.with(FocusDecision.finalWeights(wa, lumaA.data(), lumaB.data(), w, h));
			default:
				return lumaA.with(wa);
		}
	}

	@Override
	public Plane fuse(final Plane a, final Plane b, final Plane weightMap, final FusionOptions options, final FusionContext context) {
		return WeightedBlend.blend(a, b, weightMap);
	}
}
