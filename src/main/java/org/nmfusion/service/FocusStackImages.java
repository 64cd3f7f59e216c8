package org.nmfusion.service;

import ij.CompositeImage;
import ij.IJ;
import ij.ImagePlus;
import ij.ImageStack;
import ij.measure.Calibration;
import ij.process.ByteProcessor;
import ij.process.ColorProcessor;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;
import ij.process.ShortProcessor;
import org.nmfusion.io.DerivedImages;
import org.nmfusion.focusstack.FocusStackResult;

/**
 * The ImageJ images of a focus-stack fusion: the fused image in the stack's type (8/16-bit rounded and clipped,
 * 32-bit, RGB, or a C-channel hyperstack of that type) with the stack's calibration; the 32-bit height map
 * (slice index from 0, or the calibrated depth: index x voxel depth) and the 32-bit confidence, when asked for.
 */
public final class FocusStackImages {

	private final ImagePlus fused, heightMap, confidence;

	private FocusStackImages(final ImagePlus fused, final ImagePlus heightMap, final ImagePlus confidence) {
		this.fused = fused;
		this.heightMap = heightMap;
		this.confidence = confidence;
	}

	/**
	 * Converts {@code r}, made from {@code stack}: heights in calibrated z when {@code heightInZ}; the confidence
	 * image only when {@code withConfidence}.
	 */
	public static FocusStackImages of(final FocusStackResult r, final ImagePlus stack, final boolean heightInZ, final boolean withConfidence) {
		final int w = r.width(), h = r.height();
		final ImagePlus fused;
		if (stack.getType() == ImagePlus.COLOR_RGB) fused = new ImagePlus(DerivedImages.derivedTitle(stack, "fused"), rgb(r, w, h));
		else if (r.channels() == 1) fused = new ImagePlus(DerivedImages.derivedTitle(stack, "fused"), gray(r.fused(0), w, h, stack.getBitDepth()));
		else {
			final ImageStack channels = new ImageStack(w, h);
			for (int c = 0; c < r.channels(); c++)
				channels.addSlice("channel " + (c + 1), gray(r.fused(c), w, h, stack.getBitDepth()));
			final ImagePlus imp = new ImagePlus(DerivedImages.derivedTitle(stack, "fused"), channels);
			imp.setDimensions(r.channels(), 1, 1);
			fused = new CompositeImage(imp, stack.isComposite() ? ((CompositeImage) stack).getMode() : IJ.COMPOSITE);
			((CompositeImage) fused).resetDisplayRanges();
		}
		final Calibration cal = stack.getCalibration().copy();
		fused.setCalibration(cal);
		if (fused.getBitDepth() == 32) fused.resetDisplayRange();
		final float[] height = r.heightMap().clone();
		final Calibration hc = DerivedImages.calibration(stack, true);
		if (heightInZ) {
			final double dz = stack.getCalibration().pixelDepth;
			for (int i = 0; i < height.length; i++) height[i] *= dz;
			hc.setValueUnit(stack.getCalibration().getZUnit());
		}
		final ImagePlus heightMap = new ImagePlus(DerivedImages.derivedTitle(stack, "height"), new FloatProcessor(w, h, height));
		heightMap.setCalibration(hc);
		heightMap.resetDisplayRange();
		ImagePlus confidence = null;
		if (withConfidence) {
			confidence = new ImagePlus(DerivedImages.derivedTitle(stack, "confidence"), new FloatProcessor(w, h, r.confidence().clone()));
			confidence.setCalibration(DerivedImages.calibration(stack, true));
			confidence.setDisplayRange(0, 1);
		}
		return new FocusStackImages(fused, heightMap, confidence);
	}

	public ImagePlus fused() { return fused; }

	/** The 32-bit height map. */
	public ImagePlus heightMap() { return heightMap; }

	/** The 32-bit confidence (0..1), or null when not asked for. */
	public ImagePlus confidence() { return confidence; }

	private static ImageProcessor gray(final float[] v, final int w, final int h, final int bitDepth) {
		if (bitDepth == 32) return new FloatProcessor(w, h, v.clone());
		if (bitDepth == 8) {
			final byte[] b = new byte[v.length];
			for (int i = 0; i < v.length; i++) b[i] = (byte) clip(v[i], 255);
			return new ByteProcessor(w, h, b);
		}
		final short[] s = new short[v.length];
		for (int i = 0; i < v.length; i++) s[i] = (short) clip(v[i], 65535);
		return new ShortProcessor(w, h, s, null);
	}

	private static ColorProcessor rgb(final FocusStackResult r, final int w, final int h) {
		final int[] px = new int[w * h];
		final float[] red = r.fused(0), green = r.fused(1), blue = r.fused(2);
		for (int i = 0; i < px.length; i++)
			px[i] = clip(red[i], 255) << 16 | clip(green[i], 255) << 8 | clip(blue[i], 255);
		return new ColorProcessor(w, h, px);
	}

	private static int clip(final float v, final int max) {
		return (int) Math.max(0, Math.min(max, Math.rint(v)));
	}
}
