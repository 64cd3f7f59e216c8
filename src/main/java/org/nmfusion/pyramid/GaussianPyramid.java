package org.nmfusion.pyramid;

import org.nmfusion.util.PlaneChecks;

/**
 * Gaussian pyramid of Burt and Adelson 1983 as used by Liu et al. 2017: G_0 is the image,
 * G_{l+1} = {@link PyramidFilter#downsample}(G_l); see docs/method.md.
 */
public final class GaussianPyramid {

	private GaussianPyramid() {}

	/** The Gaussian pyramid with the given number of levels (1 to {@link Pyramid#maxLevels}). */
	public static Pyramid build(final float[] img, final int width, final int height, final int levels) {
		PlaneChecks.requirePlane(img, width, height, "image");
		Pyramid.checkLevels(levels, width, height);
		final float[][] g = new float[levels][];
		final int[] ws = new int[levels], hs = new int[levels];
		g[0] = img.clone();
		ws[0] = width;
		hs[0] = height;
		for (int l = 1; l < levels; l++) {
			g[l] = PyramidFilter.reduce(g[l - 1], ws[l - 1], hs[l - 1]);
			ws[l] = Pyramid.half(ws[l - 1]);
			hs[l] = Pyramid.half(hs[l - 1]);
		}
		return new Pyramid(g, ws, hs);
	}
}
