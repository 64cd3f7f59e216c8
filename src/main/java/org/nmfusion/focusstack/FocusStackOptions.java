package org.nmfusion.focusstack;

/**
 * Settings of {@link FocusStackFusion}; immutable, changed with the {@code with...} methods. Defaults tuned on
 * the shared synthetic stacks (docs/focus-stacks.md).
 */
public final class FocusStackOptions {

	public static final int DEFAULT_FOCUS_RADIUS = 2, DEFAULT_SMOOTH_RADIUS = 3, DEFAULT_EDGE_RADIUS = 4;
	public static final double DEFAULT_COARSE_WEIGHT = 1, DEFAULT_TRANSITION = 0.1;

	/** Regularisation of the edge-respecting height filter, for a guide scaled to [0, 1]. */
	public static final double EDGE_EPS = 1e-3;

	private final int focusRadius, smoothRadius, edgeRadius;
	private final double coarseWeight, transition;

	private FocusStackOptions(final int focusRadius, final double coarseWeight, final int smoothRadius, final double transition,
		final int edgeRadius)
	{
		if (edgeRadius < 0) throw new IllegalArgumentException("edge-respecting height filter radius must be >= 0, got " + edgeRadius);
		this.edgeRadius = edgeRadius;
		if (focusRadius < 0) throw new IllegalArgumentException("focus window radius must be >= 0, got " + focusRadius);
		if (smoothRadius < 0) throw new IllegalArgumentException("height smoothing radius must be >= 0, got " + smoothRadius);
		if (!(coarseWeight >= 0)) throw new IllegalArgumentException("coarse Laplacian weight must be >= 0, got " + coarseWeight);
		if (!(transition >= 0 && transition <= 0.5))
			throw new IllegalArgumentException("blend transition must be in [0, 0.5] slices, got " + transition);
		this.focusRadius = focusRadius;
		this.coarseWeight = coarseWeight;
		this.smoothRadius = smoothRadius;
		this.transition = transition;
	}

	public static FocusStackOptions defaults() {
		return new FocusStackOptions(DEFAULT_FOCUS_RADIUS, DEFAULT_COARSE_WEIGHT, DEFAULT_SMOOTH_RADIUS, DEFAULT_TRANSITION, DEFAULT_EDGE_RADIUS);
	}

	/** Radius of the focus-measure window (px). */
	public int focusRadius() { return focusRadius; }

	/** Weight of the step-2 Laplacian in the focus measure. */
	public double coarseWeight() { return coarseWeight; }

	/** Box radius of the confidence-weighted height smoothing (three passes; 0 = none). */
	public int smoothRadius() { return smoothRadius; }

	/**
	 * Half-width, in slices, of the blend between the two slices next to the height: 0 takes the nearest slice,
	 * 0.5 blends linearly between them.
	 */
	public double transition() { return transition; }

	/**
	 * Radius of the edge-respecting filter of the output height map (He et al.'s guided filter with the fused
	 * luminance as guide, eps {@link #EDGE_EPS}); 0 = off. It changes the height map only, not the
	 * fused image.
	 */
	public int edgeRadius() { return edgeRadius; }

	public FocusStackOptions withFocusRadius(final int r) {
		return new FocusStackOptions(r, coarseWeight, smoothRadius, transition, edgeRadius);
	}

	public FocusStackOptions withCoarseWeight(final double c) {
		return new FocusStackOptions(focusRadius, c, smoothRadius, transition, edgeRadius);
	}

	public FocusStackOptions withSmoothRadius(final int r) {
		return new FocusStackOptions(focusRadius, coarseWeight, r, transition, edgeRadius);
	}

	public FocusStackOptions withTransition(final double t) {
		return new FocusStackOptions(focusRadius, coarseWeight, smoothRadius, t, edgeRadius);
	}

	public FocusStackOptions withEdgeRadius(final int r) {
		return new FocusStackOptions(focusRadius, coarseWeight, smoothRadius, transition, r);
	}

	@Override
	public String toString() {
		return "focus radius " + focusRadius + ", coarse weight " + coarseWeight + ", smooth radius " + smoothRadius + ", transition " + transition
			+ (edgeRadius > 0 ? ", edge-respecting height radius " + edgeRadius : "");
	}
}
