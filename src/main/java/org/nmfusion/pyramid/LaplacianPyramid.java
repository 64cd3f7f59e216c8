package org.nmfusion.pyramid;

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
