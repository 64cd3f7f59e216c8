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
				final int inner = Math.min(2, w), innerEnd = Math.max(inner, w - 2);
				for (int x = 0; x < inner; x++) out[row + x] = energy(lum, row, up, down, up2, down2, x, w, cw);
				for (int x = innerEnd; x < w; x++) out[row + x] = energy(lum, row, up, down, up2, down2, x, w, cw);
				for (int x = inner; x < innerEnd; x++) { // no reflection needed: the loop the JIT vectorises
					final float c = lum[row + x];
					final float lap = 4 * c - lum[row + x - 1] - lum[row + x + 1] - lum[up + x] - lum[down + x];
					final float lap2 = 4 * c - lum[row + x - 2] - lum[row + x + 2] - lum[up2 + x] - lum[down2 + x];
					out[row + x] = cw != 0 ? lap * lap + cw * lap2 * lap2 : lap * lap;
				}
			}
		});
		BoxFilter.mean(out, out, tmp, w, h, radius);
	}

	/** Two-scale Laplacian energy at (x, row) with reflected column neighbours (the border columns). */
	private static float energy(final float[] lum, final int row, final int up, final int down, final int up2, final int down2, final int x,
		final int w, final float cw)
	{
		final int l = reflect(x - 1, w), r = reflect(x + 1, w), l2 = reflect(x - 2, w), r2 = reflect(x + 2, w);
		final float c = lum[row + x];
		final float lap = 4 * c - lum[row + l] - lum[row + r] - lum[up + x] - lum[down + x];
		float e = lap * lap;
		if (cw != 0) {
			final float lap2 = 4 * c - lum[row + l2] - lum[row + r2] - lum[up2 + x] - lum[down2 + x];
			e += cw * lap2 * lap2;
		}
		return e;
	}

	static int reflect(final int i, final int n) {
		if (n == 1) return 0;
		int j = i;
		while (j < 0 || j >= n) j = j < 0 ? -j : 2 * (n - 1) - j;
		return j;
	}
}
