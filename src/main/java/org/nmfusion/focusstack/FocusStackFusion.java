package org.nmfusion.focusstack;

import java.util.function.BooleanSupplier;

import org.nmfusion.fusion.focus.GuidedFilter;

/**
 * One-pass fusion of a focus stack of N &gt;= 2 slices (extended depth of field; after Nayar and Nakagawa's
 * shape from focus and Forster et al.'s EDF, without wavelets): pass 1 reads each slice's luminance once, scores
 * its focus ({@link FocusMeasure}) and updates the per-pixel {@link RunningBest}; the sub-slice height of the
 * best slice is smoothed with its confidence as weight ({@link HeightSmoothing}); pass 2 reads each slice's
 * channels once and blends the slices next to the height ({@link SliceBlend}). Memory: about a dozen planes,
 * whatever N. A pair of multi-focus images is a stack of two.
 */
public final class FocusStackFusion {

	/** Progress: {@code done} of {@code total} slice reads finished. */
	@FunctionalInterface
	public interface Progress {
		void update(String step, int done, int total);
	}

	/** Thrown when the caller's cancel flag is raised between two slices. */
	public static final class CanceledException extends RuntimeException {
		private static final long serialVersionUID = 1L;

		CanceledException() {
			super("focus-stack fusion canceled");
		}
	}

	private FocusStackFusion() {}

	public static FocusStackResult fuse(final SliceSource stack, final FocusStackOptions options) {
		return fuse(stack, options, null, null);
	}

	/** Fuses {@code stack}; progress and canceled may be null. */
	public static FocusStackResult fuse(final SliceSource stack, final FocusStackOptions options, final Progress progress,
		final BooleanSupplier canceled)
	{
		final int n = stack.slices(), w = stack.width(), h = stack.height(), size = w * h;
		if (n < 2) throw new IllegalArgumentException("a focus stack needs at least 2 slices, got " + n);
		if (w < 1 || h < 1) throw new IllegalArgumentException("empty slices: " + w + " x " + h);
		final float[] height = new float[size], confidence = new float[size];
		decide(stack, options, height, confidence, progress, canceled);
		final SliceBlend blend = new SliceBlend(height, stack.channels(), options.transition());
		final float[] pixels = new float[size];
		for (int k = 0; k < n; k++) {
			check(canceled);
			if (blend.touches(k)) {
				for (int c = 0; c < stack.channels(); c++) {
					stack.channel(k, c, pixels);
					blend.add(k, c, pixels);
				}
			}
			if (progress != null) progress.update("blend", n + k + 1, 2 * n);
		}
		final float[][] fused = new float[stack.channels()][];
		for (int c = 0; c < fused.length; c++)
			fused[c] = blend.result(c);
		final float[] heightMap = options.edgeRadius() == 0 ? height
			: GuidedFilter.filter(unitGuide(fused), height, w, h, options.edgeRadius(), FocusStackOptions.EDGE_EPS);
		return new FocusStackResult(w, h, fused, heightMap, confidence);
	}

	/**
	 * Pass 1 alone: writes the smoothed sub-slice height map and the confidence of {@code stack} (the decision
	 * that {@link #fuse} blends with).
	 */
	public static void decide(final SliceSource stack, final FocusStackOptions options, final float[] height, final float[] confidence,
		final Progress progress, final BooleanSupplier canceled)
	{
		final int n = stack.slices(), w = stack.width(), h = stack.height(), size = w * h;
		final FocusMeasure measure = new FocusMeasure(options.focusRadius(), options.coarseWeight());
		final RunningBest best = new RunningBest(size);
		final float[] lum = new float[size];
		float[] scores = new float[size], previous = new float[size];
		for (int k = 0; k < n; k++) {
			check(canceled);
			stack.luminance(k, lum);
			measure.score(lum, scores, height, w, h);
			best.accept(k, scores, previous);
			final float[] swap = previous;
			previous = scores;
			scores = swap;
			if (progress != null) progress.update("focus", k + 1, 2 * n);
		}
		best.height(height);
		best.confidence(confidence);
		best.margin(previous);
		HeightSmoothing.smooth(height, previous, scores, lum, w, h, options.smoothRadius());
	}

	/** The mean of the fused channels scaled to [0, 1] (the guide of the edge-respecting height filter). */
	private static float[] unitGuide(final float[][] fused) {
		final float[] g = fused[0].clone();
		for (int c = 1; c < fused.length; c++)
			for (int i = 0; i < g.length; i++) g[i] += fused[c][i];
		float lo = Float.MAX_VALUE, hi = -Float.MAX_VALUE;
		for (final float v : g) {
			lo = Math.min(lo, v);
			hi = Math.max(hi, v);
		}
		final float scale = hi > lo ? 1 / (hi - lo) : 0;
		for (int i = 0; i < g.length; i++) g[i] = (g[i] - lo) * scale;
		return g;
	}

	private static void check(final BooleanSupplier canceled) {
		if (canceled != null && canceled.getAsBoolean()) throw new CanceledException();
	}
}
