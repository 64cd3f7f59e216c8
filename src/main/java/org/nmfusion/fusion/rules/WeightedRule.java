package org.nmfusion.fusion.rules;

import org.nmfusion.util.Parallel;
import org.nmfusion.util.PlaneChecks;

/**
 * Weighted-average rule for one pyramid level, the blend branch of Liu et al. 2017:
 * LF = GW LA + (1 - GW) LB with GW the Gaussian pyramid level of A's weight map. See docs/method.md.
 */
public final class WeightedRule {

	private WeightedRule() {}

	/** Writes GW LA + (1 - GW) LB into {@code out}, which may alias an input. */
	public static void apply(final float[] la, final float[] lb, final float[] gw, final int width, final int height,
		final float[] out)
	{
		PlaneChecks.requirePlane(la, width, height, "level of A");
		PlaneChecks.requirePlane(lb, width, height, "level of B");
		PlaneChecks.requirePlane(gw, width, height, "weight level");
		PlaneChecks.requirePlane(out, width, height, "output");
		Parallel.forChunks(out.length, 1 << 16, (start, end) -> {
			for (int i = start; i < end; i++) {
				final float g = gw[i];
				out[i] = g * la[i] + (1 - g) * lb[i];
			}
		});
	}
}
