package org.nmfusion.pyramid;

import org.nmfusion.util.Parallel;
import org.nmfusion.util.PlaneChecks;

/**
 * Laplacian pyramid of Burt and Adelson 1983 as used by Liu et al. 2017: L_l = G_l - upsample(G_{l+1})
 * for l below the top, and the top level is the low-pass residual G_{n-1}; reconstruction adds the
 * upsampled coarser result back level by level. See docs/method.md.
 */
public final class LaplacianPyramid {

	private LaplacianPyramid() {}

	/** The Laplacian pyramid with the given number of levels (1 to {@link Pyramid#maxLevels}). */
	public static Pyramid build(final float[] img, final int width, final int height, final int levels) {
		PlaneChecks.requirePlane(img, width, height, "image");
		Pyramid.checkLevels(levels, width, height);
		final float[][] lap = new float[levels][];
		final int[] ws = new int[levels], hs = new int[levels];
		float[] g = img;
		int w = width, h = height;
		for (int l = 0; l < levels - 1; l++) {
			final int nw = Pyramid.half(w), nh = Pyramid.half(h);
			final float[] next = PyramidFilter.reduce(g, w, h);
			final float[] detail = PyramidFilter.expand(next, nw, nh, w, h);
			for (int i = 0; i < detail.length; i++) detail[i] = g[i] - detail[i];
			lap[l] = detail;
			ws[l] = w;
			hs[l] = h;
			g = next;
			w = nw;
			h = nh;
		}
		lap[levels - 1] = g == img ? img.clone() : g;
		ws[levels - 1] = w;
		hs[levels - 1] = h;
		return new Pyramid(lap, ws, hs);
	}

	/**
	 * Rows [y0, y1) of the detail level L = G - upsample(G'), where G is a width x height Gaussian level and
	 * G' = {@link PyramidFilter#downsample}(G) the next one; written to {@code out} from index 0. Equal to the
	 * same rows of {@link #build}'s level, without making the whole level.
	 */
	public static void detailRows(final float[] g, final float[] next, final int width, final int height, final int y0, final int y1,
		final float[] out)
	{
		PlaneChecks.requirePlane(g, width, height, "Gaussian level");
		final int nw = Pyramid.half(width), nh = Pyramid.half(height);
		PlaneChecks.requirePlane(next, nw, nh, "next Gaussian level");
		if (y0 < 0 || y1 > height || y0 > y1) throw new IllegalArgumentException("rows " + y0 + ".." + y1 + " are outside 0.." + height);
		if (out == null || out.length < (y1 - y0) * width) throw new IllegalArgumentException("output holds fewer than " + (y1 - y0) + " rows");
		Parallel.forChunks(y1 - y0, PyramidFilter.minRows(width), (r0, r1) -> PyramidFilter.expandRows(next, nw, nh, width, y0 + r0, y0 + r1, out,
			r0 * width));
		final int o = y0 * width, n = (y1 - y0) * width;
		for (int i = 0; i < n; i++)
			out[i] = g[o + i] - out[i];
	}

	/**
	 * One collapse step in place: {@code fine} (width x height) += upsample(coarse), coarse being the next coarser
	 * level, of size ceil(width / 2) x ceil(height / 2). Equal to {@link #reconstruct}'s step without a full-size
	 * temporary.
	 */
	public static void addUpsampled(final float[] coarse, final float[] fine, final int width, final int height) {
		PlaneChecks.requirePlane(fine, width, height, "fine level");
		final int cw = Pyramid.half(width), ch = Pyramid.half(height);
		PlaneChecks.requirePlane(coarse, cw, ch, "coarse level");
		PyramidFilter.expandAdd(coarse, cw, ch, fine, width, height);
	}

	/** Collapses a Laplacian pyramid: R = L_{n-1}, then R = L_l + upsample(R) down to level 0. */
	public static float[] reconstruct(final Pyramid pyramid) {
		if (pyramid == null) throw new IllegalArgumentException("pyramid is missing (null)");
		final int top = pyramid.levels() - 1;
		float[] r = pyramid.levelArray(top).clone();
		for (int l = top - 1; l >= 0; l--) {
			final float[] up = PyramidFilter.expand(r, pyramid.width(l + 1), pyramid.height(l + 1), pyramid.width(l), pyramid.height(l));
			final float[] lap = pyramid.levelArray(l);
			for (int i = 0; i < up.length; i++) up[i] += lap[i];
			r = up;
		}
		return r;
	}
}
