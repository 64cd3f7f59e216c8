package org.nmfusion.focusstack;

import org.nmfusion.util.Parallel;

/**
 * Composes the fused image from a height map, one slice at a time: slice k gets weight 1 where the height is
 * within 0.5 - t of k, 0 beyond 0.5 + t, and a linear ramp between, so the weights of any pixel sum to 1 and a
 * smooth height map gives seamless transitions. Holds one accumulator per channel.
 */
public final class SliceBlend {

	private final float[] height;
	private final float[][] sums;
	private final float transition;

	public SliceBlend(final float[] height, final int channels, final double transition) {
		this.height = height;
		this.transition = (float) transition;
		sums = new float[channels][height.length];
	}

	/** Weight of a slice at distance d >= 0 (in slices) from the height. */
	public static float weight(final float d, final float t) {
		if (t == 0) return d < 0.5f ? 1 : d == 0.5f ? 0.5f : 0;
		return Math.max(0, Math.min(1, (0.5f + t - d) / (2 * t)));
	}

	/** True when slice k has weight somewhere (else its pixels need not be read). */
	public boolean touches(final int k) {
		final float reach = 0.5f + transition;
		for (final float h : height)
			if (Math.abs(h - k) < reach) return true;
		return false;
	}

	/** Adds channel c of slice k. */
	public void add(final int k, final int c, final float[] pixels) {
		final float[] sum = sums[c];
		final float t = transition;
		Parallel.forChunks(height.length, 4096, (i0, i1) -> {
			for (int i = i0; i < i1; i++) {
				final float wk = weight(Math.abs(height[i] - k), t);
				if (wk > 0) sum[i] += wk * pixels[i];
			}
		});
	}

	/** The fused channel c (after every slice was added). */
	public float[] result(final int c) {
		return sums[c];
	}
}
