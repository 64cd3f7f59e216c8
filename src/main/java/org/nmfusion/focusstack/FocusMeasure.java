package org.nmfusion.focusstack;

import org.nmfusion.util.Parallel;

/**
 * Focus score of one slice at every pixel: the local energy of the Laplacian (the mean of its square over a
 * (2r + 1)^2 window; Nayar and Nakagawa's sum-modified-Laplacian family, here at two scales: the 4-neighbour
 * Laplacian at steps 1 and 2, the coarse one weighted by {@code coarseWeight}). Reflecting borders.
 */
public final class FocusMeasure {

	private final int radius;
	private final float coarseWeight;

	public FocusMeasure(final int radius, final double coarseWeight) {
		if (radius < 0) throw new IllegalArgumentException("focus window radius must be >= 0, got " + radius);
		this.radius = radius;
		this.coarseWeight = (float) coarseWeight;
	}

	/** Writes the score plane of {@code lum} into {@code out}; {@code tmp} is a scratch plane. */
	public void score(final float[] lum, final float[] out, final float[] tmp, final int w, final int h) {
		final float cw = coarseWeight;
		Parallel.forChunks(h, 16, (y0, y1) -> {
			for (int y = y0; y < y1; y++) {
				final int up = reflect(y - 1, h) * w, down = reflect(y + 1, h) * w, row = y * w;
				final int up2 = reflect(y - 2, h) * w, down2 = reflect(y + 2, h) * w;
				for (int x = 0; x < w; x++) {
					final int l = reflect(x - 1, w), r = reflect(x + 1, w), l2 = reflect(x - 2, w), r2 = reflect(x + 2, w);
					final float c = lum[row + x];
					final float lap = 4 * c - lum[row + l] - lum[row + r] - lum[up + x] - lum[down + x];
					float e = lap * lap;
					if (cw != 0) {
						final float lap2 = 4 * c - lum[row + l2] - lum[row + r2] - lum[up2 + x] - lum[down2 + x];
						e += cw * lap2 * lap2;
					}
					out[row + x] = e;
				}
			}
		});
		BoxFilter.mean(out, out, tmp, w, h, radius);
	}

	static int reflect(final int i, final int n) {
		if (n == 1) return 0;
		int j = i;
		while (j < 0 || j >= n) j = j < 0 ? -j : 2 * (n - 1) - j;
		return j;
	}
}
