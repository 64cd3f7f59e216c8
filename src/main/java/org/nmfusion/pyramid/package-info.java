/**
 * Gaussian and Laplacian pyramids (Burt and Adelson 1983) exactly as in the reference code of Y. Liu,
 * X. Chen, J. Cheng, H. Peng, "A medical image fusion method based on convolutional neural networks"
 * (Int. Conf. Information Fusion 2017); see docs/method.md.
 *
 * <p>Entry points: {@link org.nmfusion.pyramid.GaussianPyramid}, {@link org.nmfusion.pyramid.LaplacianPyramid}
 * (build and reconstruct), {@link org.nmfusion.pyramid.PyramidFilter} (downsample, upsample) and the
 * immutable {@link org.nmfusion.pyramid.Pyramid}. Images are row-major {@code float[]} planes (index
 * y * width + x); any size works, including odd, non-square and 1-pixel-wide levels.
 *
 * <p>Layer 1: may import only the JDK and {@code util}.
 */
package org.nmfusion.pyramid;
