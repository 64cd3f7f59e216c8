package org.nmfusion.focusstack;

/**
 * Scores of a fused focus stack against its ground truth, as the shared benchmark defines them
 * (reference/peers/README.md, "edf"): PSNR over every pixel and channel; SSIM of Wang et al. 2004 (Gaussian
 * window sigma 1.5, 11 x 11, K1 0.01, K2 0.03, dynamic range = peak, population statistics, mean over the map
 * less a 5-pixel border); the height map's mean absolute error in slices and its share within one slice.
 */
public final class StackScores {

	private static final int RADIUS = 5;
	private static final double SIGMA = 1.5;

	private StackScores() {}

	/** PSNR in dB of {@code fused} against {@code truth} (channels x pixels), with the given peak value. */
	public static double psnr(final float[][] fused, final float[][] truth, final double peak) {
		double sum = 0;
		long n = 0;
		for (int c = 0; c < fused.length; c++) {
			for (int i = 0; i < fused[c].length; i++) {
				final double d = fused[c][i] - truth[c][i];
				sum += d * d;
			}
			n += fused[c].length;
		}
		return 10 * Math.log10(peak * peak / (sum / n));
	}

	/** Mean SSIM of two gray planes (w x h, both sides > 10) over the map less a 5-pixel border. */
	public static double ssim(final float[] x, final float[] y, final int w, final int h, final double peak) {
		if (w <= 2 * RADIUS || h <= 2 * RADIUS) throw new IllegalArgumentException("SSIM needs an image larger than 10 x 10, got " + w + " x " + h);
		final double[] g = gaussian();
		final int size = w * h;
		final double[] xx = new double[size], yy = new double[size], xy = new double[size], xd = new double[size], yd = new double[size];
		for (int i = 0; i < size; i++) {
			xd[i] = x[i];
			yd[i] = y[i];
			xx[i] = (double) x[i] * x[i];
			yy[i] = (double) y[i] * y[i];
			xy[i] = (double) x[i] * y[i];
		}
		final double[][] m = { xd, yd, xx, yy, xy };
		for (final double[] p : m) validBlur(p, w, h, g);
		final double c1 = Math.pow(0.01 * peak, 2), c2 = Math.pow(0.03 * peak, 2);
		double sum = 0;
		long n = 0;
		for (int yy0 = RADIUS; yy0 < h - RADIUS; yy0++) {
			for (int xx0 = RADIUS; xx0 < w - RADIUS; xx0++) {
				final int i = yy0 * w + xx0;
				final double mx = xd[i], my = yd[i];
				final double vx = xx[i] - mx * mx, vy = yy[i] - my * my, cxy = xy[i] - mx * my;
				sum += (2 * mx * my + c1) * (2 * cxy + c2) / ((mx * mx + my * my + c1) * (vx + vy + c2));
				n++;
			}
		}
		return sum / n;
	}

	/** Mean absolute difference of two height maps, in slices. */
	public static double meanAbsoluteError(final float[] height, final float[] truth) {
		double sum = 0;
		for (int i = 0; i < height.length; i++)
			sum += Math.abs(height[i] - truth[i]);
		return sum / height.length;
	}

	/** Share (per cent) of pixels whose height is within one slice of the truth. */
	public static double withinOneSlice(final float[] height, final float[] truth) {
		long n = 0;
		for (int i = 0; i < height.length; i++)
			if (Math.abs(height[i] - truth[i]) <= 1) n++;
		return 100.0 * n / height.length;
	}

	private static double[] gaussian() {
		final double[] g = new double[2 * RADIUS + 1];
		double s = 0;
		for (int i = -RADIUS; i <= RADIUS; i++)
			s += g[i + RADIUS] = Math.exp(-i * i / (2 * SIGMA * SIGMA));
		for (int i = 0; i < g.length; i++)
			g[i] /= s;
		return g;
	}

	/** Separable Gaussian blur, in place, exact wherever the window lies inside the image (the rest is unused). */
	private static void validBlur(final double[] p, final int w, final int h, final double[] g) {
		final double[] row = new double[Math.max(w, h)];
		for (int y = 0; y < h; y++) {
			for (int x = RADIUS; x < w - RADIUS; x++) {
				double s = 0;
				for (int j = -RADIUS; j <= RADIUS; j++) s += g[j + RADIUS] * p[y * w + x + j];
				row[x] = s;
			}
			for (int x = RADIUS; x < w - RADIUS; x++) p[y * w + x] = row[x];
		}
		for (int x = RADIUS; x < w - RADIUS; x++) {
			for (int y = RADIUS; y < h - RADIUS; y++) {
				double s = 0;
				for (int j = -RADIUS; j <= RADIUS; j++) s += g[j + RADIUS] * p[(y + j) * w + x];
				row[y] = s;
			}
			for (int y = RADIUS; y < h - RADIUS; y++) p[y * w + x] = row[y];
		}
	}
}
