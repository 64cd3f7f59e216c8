package org.nmfusion.fusion.method;

import org.nmfusion.fusion.rules.WeightedRule;
import org.nmfusion.image.Plane;

/** F = W A + (1 - W) B per pixel, W the weight of A (a constant 0.5 when W is null). */
final class WeightedBlend {

	private WeightedBlend() {}

	static Plane blend(final Plane a, final Plane b, final Plane w) {
		final float[] x = a.data(), y = b.data(), out = new float[x.length];
		if (w == null) {
			for (int i = 0; i < out.length; i++)
				out[i] = 0.5f * (x[i] + y[i]);
		}
		else WeightedRule.apply(x, y, w.data(), a.width(), a.height(), out);
		return a.with(out);
	}

	/** A constant weight map. */
	static Plane constant(final Plane like, final float weight) {
		final float[] w = new float[like.size()];
		java.util.Arrays.fill(w, weight);
		return like.with(w);
	}
}
