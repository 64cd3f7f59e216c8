package org.nmfusion.focusstack;

import org.nmfusion.util.Parallel;

/**
 * Mean over the (2r + 1) x (2r + 1) box around each pixel, clipped at the border and divided by the number of
 * pixels it covers; O(1) per pixel (running sums along x, then along y), into caller-given buffers so that a
 * loop over slices allocates nothing. {@link #smooth} repeats it three times: close to a Gaussian of
 * standard deviation sqrt(r (r + 1)).
 */
public final class BoxFilter {

	private static final int MIN_ROWS = 16;

	private BoxFilter() {}

	/** {@code out} = box mean of {@code in} (radius r >= 0); {@code tmp} is a scratch plane; out may be in. */
	public static void mean(final float[] in, final float[] out, final float[] tmp, final int w, final int h, final int r) {
		if (r == 0) {
			if (out != in) System.arraycopy(in, 0, out, 0, w * h);
			return;
		}
		Parallel.forChunks(h, MIN_ROWS, (y0, y1) -> {
			for (int y = y0; y < y1; y++) {
				final int row = y * w;
				double sum = 0;
				final int first = Math.min(w - 1, r);
				for (int x = 0; x <= first; x++) sum += in[row + x];
				for (int x = 0; x < w; x++) {
					final int lo = x - r, hi = x + r;
					tmp[row + x] = (float) (sum / (Math.min(w - 1, hi) - Math.max(0, lo) + 1));
					if (hi + 1 < w) sum += in[row + hi + 1];
					if (lo >= 0) sum -= in[row + lo];
				}
			}
		});
		Parallel.forChunks(w, 64, (x0, x1) -> {
			final int n = x1 - x0;
			final double[] acc = new double[n];
			for (int y = 0; y <= Math.min(h - 1, r); y++)
				for (int i = 0; i < n; i++) acc[i] += tmp[y * w + x0 + i];
			for (int y = 0; y < h; y++) {
				final int lo = y - r, hi = y + r;
				final double inv = 1.0 / (Math.min(h - 1, hi) - Math.max(0, lo) + 1);
				final int row = y * w + x0;
				for (int i = 0; i < n; i++) out[row + i] = (float) (acc[i] * inv);
				if (hi + 1 < h) {
					final int add = (hi + 1) * w + x0;
					for (int i = 0; i < n; i++) acc[i] += tmp[add + i];
				}
				if (lo >= 0) {
					final int sub = lo * w + x0;
					for (int i = 0; i < n; i++) acc[i] -= tmp[sub + i];
				}
			}
		});
	}

	/** Three box means of radius r in place: a near-Gaussian smoothing of {@code plane}. */
	public static void smooth(final float[] plane, final float[] tmp, final int w, final int h, final int r) {
		for (int pass = 0; pass < 3; pass++)
			mean(plane, plane, tmp, w, h, r);
	}
}
