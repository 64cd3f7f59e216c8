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
	/** Pixels per band of rows that the row-wise upsampling keeps in its buffer. */
	private static final int BAND_PIXELS = 1 << 18;

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
		final float[] out = new float[th * tw];
		Parallel.forChunks(th, minRows(tw), (y0, y1) -> expandRows(img, w, h, tw, y0, y1, out, y0 * tw));
		return out;
	}

	/** In place: target (tw x th) += {@link #upsample}(img), in bands of rows, so no full-size temporary is made. */
	static void expandAdd(final float[] img, final int w, final int h, final float[] target, final int tw, final int th) {
		Parallel.forChunks(th, minRows(tw), (y0, y1) -> {
			final int band = bandRows(tw);
			final float[] up = new float[band * tw];
			for (int b0 = y0; b0 < y1; b0 += band) {
				final int b1 = Math.min(y1, b0 + band), o = b0 * tw, n = (b1 - b0) * tw;
				expandRows(img, w, h, tw, b0, b1, up, 0);
				for (int i = 0; i < n; i++)
					target[o + i] += up[i];
			}
		});
	}

	/**
	 * Rows [y0, y1) of {@link #upsample}(img) to width tw, written to {@code out} from index {@code off}. Horizontal
	 * pass on the input rows a band needs: even x: (P[x/2] + 6 P[x/2 + 1] + P[x/2 + 2]) / 4, odd x: P[(x + 1) / 2] +
	 * P[(x + 3) / 2], with P the replicate-padded row (P[j] = row[clamp(j - 1)]); vertical pass: even y: (R[y/2 - 1] +
	 * 6 R[y/2] + R[y/2 + 1]) / 16, odd y: (R[(y-1)/2] + R[(y+1)/2]) / 4, rows clamped to the image. One thread;
	 * works in bands of rows so that its buffer stays small.
	 */
	static void expandRows(final float[] img, final int w, final int h, final int tw, final int y0, final int y1, final float[] out,
		final int off)
	{
		final int band = bandRows(tw);
		float[] rows = new float[0];
		for (int b0 = y0; b0 < y1; b0 += band) {
			final int b1 = Math.min(y1, b0 + band);
			final int j0 = Math.max(0, (b0 >> 1) - 1), j1 = Math.min(h - 1, ((b1 - 1) >> 1) + 1); // input rows needed
			if (rows.length < (j1 - j0 + 1) * tw) rows = new float[(j1 - j0 + 1) * tw];
			for (int j = j0; j <= j1; j++) {
				final int in = j * w, o = (j - j0) * tw;
				for (int x = 0; x < tw; x++) {
					final int k = x >> 1;
					if ((x & 1) == 0)
						rows[o + x] = 0.25f * img[in + Math.max(k - 1, 0)] + 1.5f * img[in + k] + 0.25f * img[in + Math.min(k + 1, w - 1)];
					else
						rows[o + x] = img[in + k] + img[in + Math.min(k + 1, w - 1)];
				}
			}
			for (int y = b0; y < b1; y++) {
				final int j = y >> 1, o = off + (y - y0) * tw;
				if ((y & 1) == 0) {
					final int ra = (Math.max(j - 1, 0) - j0) * tw, rb = (j - j0) * tw, rc = (Math.min(j + 1, h - 1) - j0) * tw;
					for (int x = 0; x < tw; x++) {
						out[o + x] = F2 * rows[ra + x] + F0 * rows[rb + x] + F2 * rows[rc + x];
					}
				}
				else {
					final int ra = (j - j0) * tw, rb = (Math.min(j + 1, h - 1) - j0) * tw;
					for (int x = 0; x < tw; x++) {
						out[o + x] = F1 * rows[ra + x] + F1 * rows[rb + x];
					}
				}
			}
		}
	}

	/** Rows per band of {@link #expandRows} and {@link #expandAdd}: about BAND_PIXELS pixels, even, at least 2. */
	private static int bandRows(final int width) {
		return Math.max(2, BAND_PIXELS / Math.max(1, width) & ~1);
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
