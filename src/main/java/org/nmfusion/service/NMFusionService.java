package org.nmfusion.service;

import ij.ImagePlus;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.real.FloatType;

import org.nmfusion.io.Image2D;
import org.scijava.service.SciJavaService;

/**
 * The scriptable NMFusion API: one call per pipeline stage, on ImageJ 1.x images
 * ({@link ImagePlus}), on {@link Image2D} (gray or RGB channels) or on plain ImgLib2 images.
 * In a SciJava script: {@code #@ NMFusionService nmfusion}. Inputs are never modified; bad input
 * raises IllegalArgumentException with a message naming the problem.
 */
public interface NMFusionService extends SciJavaService {

	// --- Stage 1: Hann-mean denoising (SPEC section 1) ---

	/**
	 * Hann-mean denoising of a single-plane image (8/16/32-bit gray or RGB, per channel).
	 *
	 * @param radius Hann window radius in pixels (>= 1)
	 * @param backgroundThreshold pixels <= this value are ignored (normalised convolution); NaN = off
	 * @param floatOutput 32-bit result (three 32-bit channels for RGB) instead of the input type
	 * @return a new image with the input's calibration
	 */
	ImagePlus denoise(ImagePlus input, int radius, double backgroundThreshold, boolean floatOutput);

	/** Hann-mean denoising with the background variant off and output in the input type. */
	default ImagePlus denoise(ImagePlus input, int radius) {
		return denoise(input, radius, Double.NaN, false);
	}

	/** Hann-mean denoising of each channel of an {@link Image2D}. */
	Image2D denoise(Image2D input, int radius, double backgroundThreshold, boolean floatOutput);

	/** Hann-mean denoising of a 2-D ImgLib2 image into 32-bit float. */
	Img<FloatType> denoiseToFloat(RandomAccessibleInterval<? extends RealType<?>> input, int radius,
		double backgroundThreshold);
}
