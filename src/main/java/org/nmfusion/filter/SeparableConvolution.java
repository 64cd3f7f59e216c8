package org.nmfusion.filter;

import org.nmfusion.util.Parallel;

/**
 * Separable 2-D correlation of a row-major float plane with a symmetric odd-length 1-D kernel,
 * rows then columns, with the mirror border that does not repeat the edge pixel
 * (... c b | a b c ..., ImgLib2's extendMirrorSingle). Both passes are split over all cores and use
 * inner loops over contiguous pixels that the JIT vectorises.
 */
public final class SeparableConvolution {

	private SeparableConvolution() {}

	/** Returns a new plane: {@code src} filtered along x and then along y with {@code kernel}. */
	public static float[] convolve(float[] src, int width, int height, float[] kernel) {
		final float[] tmp = new float[src.length];
		horizontal(src, tmp, width, height, kernel);
		final float[] dst = new float[src.length];
		vertical(tmp, dst, width, height, kernel);
		return dst;
	}

	/** Mirror index without edge repetition, valid for any offset (periodic with period 2n - 2). */
	public static int mirror(int i, int n) {
		if (n == 1) return 0;
		final int period = 2 * n - 2;
		int m = i % period;
		if (m < 0) m += period;
		return m < n ? m : period - m;
	}

	private static void horizontal(float[] src, float[] dst, int w, int h, float[] k) {
		final int r = k.length / 2;
		Parallel.forChunks(h, 8, (y0, y1) -> {
			final float[] padded = new float[w + 2 * r];
			for (int y = y0; y < y1; y++) {
				final int row = y * w;
				for (int x = -r; x < w + r; x++) padded[x + r] = src[row + mirror(x, w)];
				for (int j = 0; j < k.length; j++) {
					final float kj = k[j];
					for (int x = 0; x < w; x++) dst[row + x] += kj * padded[x + j];
				}
			}
		});
	}

	private static void vertical(float[] src, float[] dst, int w, int h, float[] k) {
		final int r = k.length / 2;
		Parallel.forChunks(h, 8, (y0, y1) -> {
			for (int y = y0; y < y1; y++) {
				final int out = y * w;
				for (int j = 0; j < k.length; j++) {
					final int in = mirror(y + j - r, h) * w;
					final float kj = k[j];
					for (int x = 0; x < w; x++) dst[out + x] += kj * src[in + x];
				}
			}
		});
	}
}
