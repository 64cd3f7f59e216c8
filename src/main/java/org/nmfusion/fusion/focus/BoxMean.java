package org.nmfusion.fusion.focus;

import org.nmfusion.util.Parallel;
import org.nmfusion.util.PlaneChecks;

/**
 * Mean over the (2r + 1) x (2r + 1) box around each pixel, the box clipped at the image border and divided by
 * the number of pixels it actually covers (He et al.'s boxfilter(I, r) ./ boxfilter(ones, r)). O(1) per pixel
 * with double running sums: prefix sums along x, then a sliding window along y.
 */
public final class BoxMean {

	private static final int MIN_ROWS = 16;

	private BoxMean() {}

	/** Returns a new plane with the clipped box mean of radius r >= 0. */
	public static float[] mean(float[] in, int w, int h, int r) {
		PlaneChecks.requirePlane(in, w, h, "box filter input");
		if (r < 0) throw new IllegalArgumentException("radius must be >= 0, got " + r);
		final float[] rows = new float[in.length];
		Parallel.forChunks(h, MIN_ROWS, (y0, y1) -> {
			final double[] prefix = new double[w + 1];
			for (int y = y0; y < y1; y++) {
				final int row = y * w;
				for (int x = 0; x < w; x++) prefix[x + 1] = prefix[x] + in[row + x];
				for (int x = 0; x < w; x++) {
					final int lo = Math.max(0, x - r), hi = Math.min(w - 1, x + r);
					rows[row + x] = (float) ((prefix[hi + 1] - prefix[lo]) / (hi - lo + 1));
				}
			}
		});
		final float[] out = new float[in.length];
		Parallel.forChunks(h, MIN_ROWS, (y0, y1) -> {
			final double[] acc = new double[w];
			int top = Math.max(0, y0 - r), bottom = Math.min(h - 1, y0 + r);
			for (int y = top; y <= bottom; y++) add(acc, rows, y * w, 1);
			for (int y = y0; y < y1; y++) {
				final int newTop = Math.max(0, y - r), newBottom = Math.min(h - 1, y + r);
				for (; bottom < newBottom; bottom++) add(acc, rows, (bottom + 1) * w, 1);
				for (; top < newTop; top++) add(acc, rows, top * w, -1);
				final double inv = 1.0 / (bottom - top + 1);
				final int row = y * w;
				for (int x = 0; x < w; x++) out[row + x] = (float) (acc[x] * inv);
			}
		});
		return out;
	}

	private static void add(double[] acc, float[] rows, int offset, double sign) {
		for (int x = 0; x < acc.length; x++) acc[x] += sign * rows[offset + x];
	}
}
