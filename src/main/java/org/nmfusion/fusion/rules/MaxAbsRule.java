package org.nmfusion.fusion.rules;

import org.nmfusion.util.Parallel;
import org.nmfusion.util.PlaneChecks;

/**
 * Choose-max rule for one Laplacian pyramid level (the "laplacian-max" baseline after Burt and Adelson
 * 1983): LF = LA where |LA| >= |LB|, else LB. See docs/method.md.
 */
public final class MaxAbsRule {

	private MaxAbsRule() {}

	/** Writes the coefficient of larger magnitude (A on ties) into {@code out}, which may alias an input. */
	public static void apply(final float[] la, final float[] lb, final int width, final int height, final float[] out) {
		PlaneChecks.requirePlane(la, width, height, "level of A");
		PlaneChecks.requirePlane(lb, width, height, "level of B");
		PlaneChecks.requirePlane(out, width, height, "output");
		Parallel.forChunks(out.length, 1 << 16, (start, end) -> {
			for (int i = start; i < end; i++) {
				final float a = la[i], b = lb[i];
				out[i] = Math.abs(a) >= Math.abs(b) ? a : b;
			}
		});
	}
}
