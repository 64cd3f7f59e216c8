package org.nmfusion.fusion.method;

import org.nmfusion.image.Plane;
import org.nmfusion.pyramid.GaussianPyramid;
import org.nmfusion.pyramid.LaplacianPyramid;
import org.nmfusion.pyramid.Pyramid;

/**
 * Multi-scale fusion after Liu et al. 2017, composed from three parts: where the weight map W comes from
 * (CNN, CNN mixed with NMF, none), the rule on the detail levels, and the rule on the base (top) level.
 * Laplacian pyramids of both sources (Burt and Adelson 1983) and a Gaussian pyramid of W are combined
 * level by level and reconstructed. The methods {@code cnn}, {@code cnn-nmf} and {@code laplacian-max}
 * are instances of this class (see {@link org.nmfusion.fusion.FusionMethods}).
 */
public final class PyramidMethod extends AbstractFusionMethod {

	/** Where the weight map of A comes from. */
	@FunctionalInterface
	public interface WeightSource {
		/** The weight map of A, or null when the rules need none. */
		Plane weightMap(Plane lumaA, Plane lumaB, FusionOptions options, FusionContext context);
	}

	/** Combines one pyramid level; {@code gw} is the level of W's Gaussian pyramid (null without W). */
	@FunctionalInterface
	public interface LevelRule {
		void combine(float[] la, float[] lb, float[] gw, int width, int height, FusionOptions options, float[] out);
	}

	private final WeightSource weights;
	private final LevelRule detailRule, baseRule;

	public PyramidMethod(final String name, final String description, final boolean usesFocusModel, final WeightSource weights,
		final LevelRule detailRule, final LevelRule baseRule)
	{
		super(name, description, usesFocusModel);
		this.weights = weights;
		this.detailRule = detailRule;
		this.baseRule = baseRule;
	}

	@Override
	public Plane weightMap(final Plane lumaA, final Plane lumaB, final FusionOptions options, final FusionContext context) {
		return weights.weightMap(lumaA, lumaB, options, context);
	}

	@Override
	public Plane fuse(final Plane a, final Plane b, final Plane weightMap, final FusionOptions options, final FusionContext context) {
		final int w = a.width(), h = a.height(), n = options.levelsFor(w, h);
		final Pyramid la = LaplacianPyramid.build(a.data(), w, h, n), lb = LaplacianPyramid.build(b.data(), w, h, n);
		final Pyramid gw = weightMap == null ? null : GaussianPyramid.build(weightMap.data(), w, h, n);
		final float[][] fused = new float[n][];
		for (int l = 0; l < n; l++) {
			final float[] out = new float[la.level(l).length];
			final LevelRule rule = l == n - 1 ? baseRule : detailRule;
			rule.combine(la.level(l), lb.level(l), gw == null ? null : gw.level(l), la.width(l), la.height(l), options, out);
			fused[l] = out;
		}
		return a.with(LaplacianPyramid.reconstruct(new Pyramid(fused, w, h)));
	}
}
