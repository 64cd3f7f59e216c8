package org.nmfusion.fusion.rules;

/** Sums over the (2r + 1) x (2r + 1) window around each pixel, clipped at the border, by running sums (O(1) per pixel). */
final class WindowSums {

	private WindowSums() {}

	/** Window sums of {@code v} (width x height, row-major). */
	static double[] box(final double[] v, final int width, final int height, final int r) {
		final double[] rows = new double[v.length];
		for (int y = 0; y < height; y++) {
			final int o = y * width;
			double s = 0;
			for (int x = 0; x <= Math.min(r, width - 1); x++)
				s += v[o + x];
			for (int x = 0; x < width; x++) {
				rows[o + x] = s;
				final int add = x + r + 1, drop = x - r;
				if (add < width) s += v[o + add];
				if (drop >= 0) s -= v[o + drop];
			}
		}
		final double[] out = new double[v.length];
		for (int x = 0; x < width; x++) {
			double s = 0;
			for (int y = 0; y <= Math.min(r, height - 1); y++)
				s += rows[y * width + x];
			for (int y = 0; y < height; y++) {
				out[y * width + x] = s;
				final int add = y + r + 1, drop = y - r;
				if (add < height) s += rows[add * width + x];
				if (drop >= 0) s -= rows[drop * width + x];
			}
		}
		return out;
	}
}
