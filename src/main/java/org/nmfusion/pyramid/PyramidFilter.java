package org.nmfusion.pyramid;

import org.nmfusion.util.Parallel;
import org.nmfusion.util.PlaneChecks;

/**
 * The REDUCE and EXPAND steps of the Laplacian pyramid of Burt and Adelson 1983 with the 5-tap filter
 * [1 4 6 4 1] / 16 (rows, then columns), as in the reference code of Liu et al. 2017; see docs/method.md.
 *
 * <p>{@link #downsample}: filter with a symmetric border that repeats the edge pixel, keep the even
 * samples. {@link #upsample}: pad one replicated pixel on every side, put 4x the values on the even
 * positions of a zero grid twice as large, filter with zero padding and crop to the target size. The
 * upsampling is computed as the equivalent gather (the zero grid is never allocated): along each axis
 * an even output sample is (1 6 1) / 8 of three padded inputs, an odd one the mean of two.
 */
public final class PyramidFilter {

	private static final float F0 = 6f / 16, F1 = 4f / 16, F2 = 1f / 16;

	/** Minimum pixels per parallel chunk. */
	private static final int CHUNK_PIXELS = 1 << 15;

	private PyramidFilter() {}

	/**
	 * Low-pass filters a width x height image and keeps samples 0, 2, 4 ... in both directions; the
	 * result is ceil(width / 2) x ceil(height / 2).
	 */
	public static float[] downsample(final float[] img, final int width, final int height) {
		PlaneChecks.requirePlane(img, width, height, "image");
		return reduce(img, width, height);
	}

	/**
	 * Expands a width x height image to targetWidth x targetHeight, which must be 2 width or 2 width - 1
	 * (and likewise for the height).
	 */
	public static float[] upsample(final float[] img, final int width, final int height, final int targetWidth,
		final int targetHeight)
	{
		PlaneChecks.requirePlane(img, width, height, "image");
		if (targetWidth != 2 * width && targetWidth != 2 * width - 1 || targetHeight != 2 * height && targetHeight != 2 * height - 1) {
			throw new IllegalArgumentException("upsample target " + targetWidth + " x " + targetHeight + " does not fit a " + width +
				" x " + height + " image (need 2n or 2n - 1 per axis)");
		}
		return expand(img, width, height, targetWidth, targetHeight);
	}

	/** {@link #downsample} without argument checks. */
	static float[] reduce(final float[] img, final int w, final int h) {
		final int ow = Pyramid.half(w), oh = Pyramid.half(h);
		// horizontal pass, only at the even columns that are kept
		final float[] rows = new float[h * ow];
		Parallel.forChunks(h, minRows(w), (y0, y1) -> {
			for (int y = y0; y < y1; y++) {
				final int in = y * w, out = y * ow;
				for (int xo = 0; xo < ow; xo++) {
					final int x = 2 * xo;
					if (x >= 2 && x + 2 < w) {
						rows[out + xo] = F2 * img[in + x - 2] + F1 * img[in + x - 1] + F0 * img[in + x] + F1 * img[in + x + 1] + F2 * img[in + x + 2];
					}
					else {
						rows[out + xo] = F2 * img[in + reflect(x - 2, w)] + F1 * img[in + reflect(x - 1, w)] + F0 * img[in + x] +
							F1 * img[in + reflect(x + 1, w)] + F2 * img[in + reflect(x + 2, w)];
					}
				}
			}
		});
		// vertical pass, only at the even rows that are kept
		final float[] out = new float[oh * ow];
		Parallel.forChunks(oh, minRows(ow), (y0, y1) -> {
			for (int yo = y0; yo < y1; yo++) {
				final int y = 2 * yo;
				final int rm2 = reflect(y - 2, h) * ow, rm1 = reflect(y - 1, h) * ow, r0 = y * ow, rp1 = reflect(y + 1, h) * ow,
					rp2 = reflect(y + 2, h) * ow, o = yo * ow;
				for (int x = 0; x < ow; x++) {
					out[o + x] = F2 * rows[rm2 + x] + F1 * rows[rm1 + x] + F0 * rows[r0 + x] + F1 * rows[rp1 + x] + F2 * rows[rp2 + x];
				}
			}
		});
		return out;
	}

	/** {@link #upsample} without argument checks. */
	static float[] expand(final float[] img, final int w, final int h, final int tw, final int th) {
		// horizontal pass on every input row: even x: (P[x/2] + 6 P[x/2 + 1] + P[x/2 + 2]) / 4,
		// odd x: P[(x + 1) / 2] + P[(x + 3) / 2], with P the replicate-padded row (P[j] = row[clamp(j - 1)])
		final float[] rows = new float[h * tw];
		Parallel.forChunks(h, minRows(tw), (y0, y1) -> {
			for (int y = y0; y < y1; y++) {
				final int in = y * w, out = y * tw;
				for (int x = 0; x < tw; x++) {
					if ((x & 1) == 0) {
						final int j = x >> 1;
						rows[out + x] = 0.25f * img[in + Math.max(j - 1, 0)] + 1.5f * img[in + j] + 0.25f * img[in + Math.min(j + 1, w - 1)];
					}
					else {
						final int j = x >> 1;
						rows[out + x] = img[in + j] + img[in + Math.min(j + 1, w - 1)];
					}
				}
			}
		});
		// vertical pass: even y: (R[y/2 - 1] + 6 R[y/2] + R[y/2 + 1]) / 16, odd y: (R[(y-1)/2] + R[(y+1)/2]) / 4,
		// rows clamped to the image
		final float[] out = new float[th * tw];
		Parallel.forChunks(th, minRows(tw), (y0, y1) -> {
			for (int y = y0; y < y1; y++) {
				final int j = y >> 1, o = y * tw;
				if ((y & 1) == 0) {
					final int ra = Math.max(j - 1, 0) * tw, rb = j * tw, rc = Math.min(j + 1, h - 1) * tw;
					for (int x = 0; x < tw; x++) {
						out[o + x] = F2 * rows[ra + x] + F0 * rows[rb + x] + F2 * rows[rc + x];
					}
				}
				else {
					final int ra = j * tw, rb = Math.min(j + 1, h - 1) * tw;
					for (int x = 0; x < tw; x++) {
						out[o + x] = F1 * rows[ra + x] + F1 * rows[rb + x];
					}
				}
			}
		});
		return out;
	}

	/**
	 * Index i mirrored into [0, n) with the edge sample repeated (... c b a | a b c ...), period 2n.
	 */
	static int reflect(final int i, final int n) {
		int m = i % (2 * n);
		if (m < 0) m += 2 * n;
		return m < n ? m : 2 * n - 1 - m;
	}

	/** Rows per chunk so that a chunk has at least CHUNK_PIXELS pixels. */
	static int minRows(final int width) {
		return Math.max(1, CHUNK_PIXELS / Math.max(1, width));
	}
}
