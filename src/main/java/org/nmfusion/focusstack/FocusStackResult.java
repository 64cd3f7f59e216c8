package org.nmfusion.focusstack;

/**
 * What {@link FocusStackFusion} makes of a stack: the fused channels (float, in the stack's units), the height
 * map (sub-slice index, 0 at the first slice, after smoothing) and the confidence (0..1, the margin of the
 * best focus score over the second, relative to the best).
 */
public final class FocusStackResult {

	private final int width, height;
	private final float[][] fused;
	private final float[] heightMap, confidence;

	FocusStackResult(final int width, final int height, final float[][] fused, final float[] heightMap, final float[] confidence) {
		this.width = width;
		this.height = height;
		this.fused = fused;
		this.heightMap = heightMap;
		this.confidence = confidence;
	}

	public int width() { return width; }

	public int height() { return height; }

	public int channels() { return fused.length; }

	/** Fused channel c (not a copy). */
	public float[] fused(final int c) { return fused[c]; }

	/** The height map (not a copy). */
	public float[] heightMap() { return heightMap; }

	/** The confidence map (not a copy). */
	public float[] confidence() { return confidence; }
}
