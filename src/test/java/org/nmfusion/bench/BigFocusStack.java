package org.nmfusion.bench;

import java.io.File;

import ij.ImagePlus;
import ij.ImageStack;
import ij.io.FileSaver;
import ij.process.ByteProcessor;
import org.nmfusion.focusstack.SyntheticFocusStack;

/**
 * Writes a large 8-bit focus stack for the memory and speed check: a 512 x 512 synthetic stack of N slices
 * (procedural image, Gaussian defocus) tiled to SIZE x SIZE. Usage: BigFocusStack N SIZE OUT.tif
 */
public final class BigFocusStack {

	public static void main(final String[] args) {
		final int n = Integer.parseInt(args[0]), size = Integer.parseInt(args[1]), tile = Math.min(512, size);
		final float[] sharp = SyntheticFocusStack.proceduralImage(tile, tile, 77);
		final SyntheticFocusStack s = SyntheticFocusStack.make(sharp, tile, tile, n, 12.0 / n, SyntheticFocusStack.Psf.GAUSSIAN, 1, 255, 64, 77);
		final ImageStack st = new ImageStack(size, size);
		for (final float[] p : s.slices()) {
			final byte[] px = new byte[size * size];
			for (int y = 0; y < size; y++)
				for (int x = 0; x < size; x++) px[y * size + x] = (byte) p[(y % tile) * tile + x % tile];
			st.addSlice(new ByteProcessor(size, size, px));
		}
		new FileSaver(new ImagePlus("big", st)).saveAsTiffStack(new File(args[2]).getPath());
	}
}
