package org.nmfusion.fusion.rules;

import org.nmfusion.pyramid.GaussianPyramid;
import org.nmfusion.pyramid.LaplacianPyramid;
import org.nmfusion.pyramid.Pyramid;
import org.nmfusion.util.PlaneChecks;

/**
 * The pyramid fusion of Y. Liu, X. Chen, J. Cheng, H. Peng, "A medical image fusion method based on
 * convolutional neural networks" (Int. Conf. Information Fusion 2017), given the weight map: Laplacian
 * pyramids of A and B, Gaussian pyramid of the weight map W of A, {@link LocalSimilarityRule} at every
 * level including the top, reconstruction. See docs/method.md. Composed directly from the pyramid and the
 * rule, as the tests' reference for the {@code cnn} method (which builds the same from its parts in
 * {@code fusion.method.PyramidMethod}) and for checking both against Liu's own outputs.
 */
public final class LiuPyramidBlend {

	private LiuPyramidBlend() {}

	/**
	 * Fuses a and b (values in [0, 1]) with the weight map w of a (in [0, 1]), all width x height, over
	 * {@code levels} levels (normally {@link Pyramid#levelsFor}) with similarity threshold t (normally
	 * {@link LocalSimilarityRule#DEFAULT_THRESHOLD}).
	 */
	public static float[] fuse(final float[] a, final float[] b, final float[] w, final int width, final int height, final int levels,
		final double threshold)
	{
		PlaneChecks.requirePlane(a, width, height, "image A");
		PlaneChecks.requirePlane(b, width, height, "image B");
		PlaneChecks.requirePlane(w, width, height, "weight map");
		final Pyramid pa = LaplacianPyramid.build(a, width, height, levels);
		final Pyramid pb = LaplacianPyramid.build(b, width, height, levels);
		final Pyramid pw = GaussianPyramid.build(w, width, height, levels);
		final float[][] fused = new float[levels][];
		for (int l = 0; l < levels; l++) {
			fused[l] = new float[pa.width(l) * pa.height(l)];
			LocalSimilarityRule.apply(pa.level(l), pb.level(l), pw.level(l), pa.width(l), pa.height(l), threshold, fused[l]);
		}
		return LaplacianPyramid.reconstruct(new Pyramid(fused, width, height));
	}
}
