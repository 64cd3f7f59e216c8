package org.nmfusion.cnn;

import org.nmfusion.resample.WeightMapResampling;

/**
 * Weight map Wc from a dense score map (docs/method.md, section 4): score (j, i) is added to the 16x16 block whose top-left
 * corner is (2j, 2i), clipped at the image border, and each pixel gets sum / count (0.5 where no block
 * reaches). Computed by {@link WeightMapResampling#blockAverage}.
 */
public final class WeightMaps {
	private WeightMaps() {
	}

	/** Wc (w x h, row-major) from the sw x sh score map of a w x h image pair. */
	public static float[] fromScores(float[] scores, int sw, int sh, int w, int h) {
		if (w < FocusModel.PATCH || h < FocusModel.PATCH) {
			throw new IllegalArgumentException("image must be at least 16x16 for a weight map, got " + w + "x" + h);
		}
		if (sw < 1 || sh < 1 || scores.length != (long) sw * sh) {
			throw new IllegalArgumentException("score map size " + sw + "x" + sh + " does not match "
				+ scores.length + " values");
		}
		return WeightMapResampling.blockAverage(scores, sw, sh, 2, FocusModel.PATCH, w, h);
	}
}
