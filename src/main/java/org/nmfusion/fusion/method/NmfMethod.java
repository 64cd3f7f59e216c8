package org.nmfusion.fusion.method;

import org.nmfusion.fusion.rules.BaseLevelNmf;
import org.nmfusion.image.Plane;

/**
 * Baseline {@code nmf}: a rank-1 NMF of the two stacked sources, V = [vec(A), vec(B)] ~ w h^T,
 * F = w (h1 + h2) / 2 (the rule NMFusion uses on the pyramid's base level, here on whole images).
 */
public final class NmfMethod extends AbstractFusionMethod {

	public NmfMethod() {
		super("nmf", "rank-1 NMF of the stacked sources (baseline)", false);
	}

	@Override
	public Plane fuse(final Plane a, final Plane b, final Plane weightMap, final FusionOptions options, final FusionContext context) {
		return a.with(BaseLevelNmf.fuse(a.data(), b.data()));
	}
}
