package org.nmfusion.service;

import ij.ImagePlus;
import ij.ImageStack;
import ij.process.ColorProcessor;
import ij.process.ImageProcessor;
import org.nmfusion.focusstack.SliceSource;
import org.nmfusion.util.Planes;

/**
 * An ImageJ focus stack as a {@link SliceSource}, read in place (the stack keeps its own type; each call
 * converts one plane to float): a stack of N 8/16/32-bit or RGB slices, or a hyperstack of C channels x N
 * slices (one frame), whose decision reads the mean of its channels. An 8/16-bit value calibration is not
 * applied (the fused image keeps the stack's raw values and its calibration).
 */
public final class ImagePlusSlices implements SliceSource {

	private final ImageStack stack;
	private final int slices, channels, stackChannels;
	private final boolean rgb;

	private ImagePlusSlices(final ImagePlus imp) {
		stack = imp.getStack();
		rgb = imp.getType() == ImagePlus.COLOR_RGB;
		stackChannels = imp.getNChannels();
		channels = rgb ? 3 : stackChannels;
		slices = imp.getStackSize() / stackChannels;
	}

	/**
	 * The slices of {@code imp}; a hyperstack with more than one slice and more than one frame is refused.
	 *
	 * @throws IllegalArgumentException for null, a single slice, or slices and frames both above one
	 */
	public static ImagePlusSlices of(final ImagePlus imp) {
		if (imp == null) throw new IllegalArgumentException("no stack given (null)");
		if (imp.getNSlices() > 1 && imp.getNFrames() > 1) {
			throw new IllegalArgumentException("'" + imp.getTitle() + "' has " + imp.getNSlices() + " slices and " + imp.getNFrames() +
				" frames; a focus stack has one of them (reduce the other first)");
		}
		if (imp.getType() == ImagePlus.COLOR_RGB && imp.getNChannels() > 1)
			throw new IllegalArgumentException("'" + imp.getTitle() + "' is RGB with " + imp.getNChannels() + " channels; not supported");
		final ImagePlusSlices s = new ImagePlusSlices(imp);
		if (s.slices < 2) {
			throw new IllegalArgumentException("'" + imp.getTitle() + "' has " + s.slices + " slice; a focus stack needs at least 2 slices");
		}
		return s;
	}

	@Override
	public int width() { return stack.getWidth(); }

	@Override
	public int height() { return stack.getHeight(); }

	@Override
	public int slices() { return slices; }

	@Override
	public int channels() { return channels; }

	/** True for an RGB stack. */
	public boolean isRgb() { return rgb; }

	@Override
	public void luminance(final int k, final float[] dst) {
		if (rgb) {
			final int[] px = (int[]) stack.getPixels(k + 1);
			for (int i = 0; i < dst.length; i++)
				dst[i] = Planes.luminance(px[i]);
			return;
		}
		read(k * stackChannels + 1, dst);
		if (stackChannels == 1) return;
		final float[] tmp = new float[dst.length];
		for (int c = 1; c < stackChannels; c++) {
			read(k * stackChannels + c + 1, tmp);
			for (int i = 0; i < dst.length; i++) dst[i] += tmp[i];
		}
		final float inv = 1f / stackChannels;
		for (int i = 0; i < dst.length; i++) dst[i] *= inv;
	}

	@Override
	public void channel(final int k, final int c, final float[] dst) {
		if (!rgb) {
			read(k * stackChannels + c + 1, dst);
			return;
		}
		final int[] px = (int[]) stack.getPixels(k + 1);
		final int shift = 16 - 8 * c;
		for (int i = 0; i < dst.length; i++)
			dst[i] = px[i] >> shift & 0xff;
	}

	private void read(final int n, final float[] dst) {
		final Object px = stack.getPixels(n);
		if (px instanceof byte[]) {
			final byte[] b = (byte[]) px;
			for (int i = 0; i < dst.length; i++) dst[i] = b[i] & 0xff;
		}
		else if (px instanceof short[]) {
			final short[] s = (short[]) px;
			for (int i = 0; i < dst.length; i++) dst[i] = s[i] & 0xffff;
		}
		else if (px instanceof float[]) System.arraycopy(px, 0, dst, 0, dst.length);
		else {
			final ImageProcessor ip = stack.getProcessor(n);
			if (ip instanceof ColorProcessor) throw new IllegalStateException("unexpected RGB plane");
			for (int i = 0; i < dst.length; i++) dst[i] = ip.getf(i);
		}
	}
}
