package org.nmfusion.bench;

import java.io.File;

import ij.IJ;
import ij.ImagePlus;
import ij.ImageStack;
import ij.process.FloatProcessor;
import org.nmfusion.focusstack.SyntheticFocusStack;
import org.nmfusion.focusstack.SyntheticFocusStack.Psf;

/**
 * Writes the project's own held-out synthetic focus stacks (procedural sharp images the CNN never saw, disc
 * and Gaussian defocus, 8- and 12-bit) as OUT/ID/stack.tif, gt.tif, depth.tif, the layout of the shared
 * stacks, so that FocusStackBench scores them alike. Usage: SyntheticStacks OUT
 */
public final class SyntheticStacks {

	/** id, width, height, N, a, PSF, noise, peak (255 or 4080), depth smoothness s, seed. */
	static final Object[][] STACKS = {
		{ "own-disc-8bit", 384, 320, 14, 1.0, Psf.DISC, 1.0, 255, 40.0, 101L },
		{ "own-disc-fine", 448, 192, 24, 0.5, Psf.DISC, 1.0, 255, 28.0, 102L },
		{ "own-gauss-12bit", 320, 256, 10, 1.3, Psf.GAUSSIAN, 16.0, 4080, 48.0, 103L },
		{ "own-disc-12bit", 512, 384, 12, 1.6, Psf.DISC, 16.0, 4080, 64.0, 104L },
	};

	public static void main(final String[] args) {
		for (final Object[] s : STACKS) {
			final String id = (String) s[0];
			final int w = (Integer) s[1], h = (Integer) s[2], n = (Integer) s[3], peak = (Integer) s[7];
			final File dir = new File(args[0], id);
			if (new File(dir, "depth.tif").isFile()) continue;
			dir.mkdirs();
			final float[] sharp = SyntheticFocusStack.proceduralImage(w, h, (Long) s[9]);
			final int scale = peak / 255;
			for (int i = 0; i < sharp.length; i++) sharp[i] *= scale;
			final SyntheticFocusStack st = SyntheticFocusStack.make(sharp, w, h, n, (Double) s[4], (Psf) s[5], (Double) s[6], peak,
				(Double) s[8], (Long) s[9]);
			final ImageStack stack = new ImageStack(w, h);
			for (final float[] p : st.slices()) {
				final FloatProcessor fp = new FloatProcessor(w, h, p);
				stack.addSlice(peak == 255 ? fp.convertToByteProcessor(false) : fp.convertToShortProcessor(false));
			}
			IJ.saveAsTiff(new ImagePlus(id, stack), new File(dir, "stack.tif").getPath());
			IJ.saveAsTiff(new ImagePlus("gt", new FloatProcessor(w, h, sharp)), new File(dir, "gt.tif").getPath());
			IJ.saveAsTiff(new ImagePlus("depth", new FloatProcessor(w, h, st.depth())), new File(dir, "depth.tif").getPath());
			System.err.println("wrote " + dir);
		}
	}

}
