package org.nmfusion.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.ImagePlus;
import ij.ImageStack;
import ij.measure.Calibration;
import ij.process.ColorProcessor;
import ij.process.FloatProcessor;
import org.junit.jupiter.api.Test;
import org.nmfusion.focusstack.FocusStackFusion;
import org.nmfusion.focusstack.FocusStackOptions;
import org.nmfusion.focusstack.StackScores;
import org.nmfusion.focusstack.SyntheticFocusStack;

/** Focus stacks as ImageJ images: every type and calibration kept, hyperstack channels from one decision. */
class FocusStackImagesTest {

	static final int W = 96, H = 72, N = 6;

	static SyntheticFocusStack synthetic(final long seed) {
		return SyntheticFocusStack.make(SyntheticFocusStack.proceduralImage(W, H, seed), W, H, N, 1.5, SyntheticFocusStack.Psf.DISC, 1, 255, 24,
			seed);
	}

	private static ImagePlus stack(final int bitDepth, final SyntheticFocusStack s) {
		final ImageStack st = new ImageStack(W, H);
		for (final float[] p : s.slices()) {
			final FloatProcessor fp = new FloatProcessor(W, H, p.clone());
			st.addSlice(bitDepth == 8 ? fp.convertToByteProcessor(false) : bitDepth == 16 ? fp.convertToShortProcessor(false) : fp);
		}
		final ImagePlus imp = new ImagePlus("focus", st);
		final Calibration c = imp.getCalibration();
		c.pixelWidth = c.pixelHeight = 0.5;
		c.pixelDepth = 2;
		c.setUnit("mm");
		return imp;
	}

	private static FocusStackImages fuse(final ImagePlus imp, final boolean z) {
		return FocusStackImages.of(FocusStackFusion.fuse(ImagePlusSlices.of(imp), FocusStackOptions.defaults()), imp, z, true);
	}

	@Test
	void grayStacksKeepTheirTypeAndCalibrationAndTheHeightMapIsInSlicesOrZ() {
		final SyntheticFocusStack s = synthetic(21);
		for (final int bits : new int[] { 8, 16, 32 }) {
			final ImagePlus imp = stack(bits, s);
			final FocusStackImages slices = fuse(imp, false), z = fuse(imp, true);
			assertEquals(bits, slices.fused().getBitDepth());
			assertEquals(0.5, slices.fused().getCalibration().pixelWidth);
			assertEquals("mm", slices.fused().getCalibration().getUnit());
			assertEquals(32, slices.heightMap().getBitDepth());
			final float[] h = (float[]) slices.heightMap().getProcessor().getPixels(), hz = (float[]) z.heightMap().getProcessor().getPixels();
			for (int i = 0; i < h.length; i += 97) assertEquals(2 * h[i], hz[i], 1e-5);
			assertTrue(StackScores.meanAbsoluteError(h, s.depth()) < 0.4, "height MAE");
			assertEquals(32, slices.confidence().getBitDepth());
		}
	}

	@Test
	void anRgbStackStaysRgbAndIsDecidedOnItsLuminance() {
		final SyntheticFocusStack s = synthetic(22);
		final ImageStack st = new ImageStack(W, H);
		for (final float[] p : s.slices()) {
			final int[] px = new int[p.length];
			for (int i = 0; i < p.length; i++) {
				final int v = (int) p[i];
				px[i] = v << 16 | (255 - v) << 8 | v / 2;
			}
			st.addSlice(new ColorProcessor(W, H, px));
		}
		final ImagePlus imp = new ImagePlus("rgb", st);
		final FocusStackImages f = FocusStackImages.of(FocusStackFusion.fuse(ImagePlusSlices.of(imp), FocusStackOptions.defaults()), imp, false,
			false);
		assertEquals(ImagePlus.COLOR_RGB, f.fused().getType());
		assertNull(f.confidence());
		final float[] h = (float[]) f.heightMap().getProcessor().getPixels();
		assertTrue(StackScores.meanAbsoluteError(h, s.depth()) < 0.4, "height MAE");
	}

	@Test
	void aHyperstackFusesEveryChannelFromOneDecision() {
		final SyntheticFocusStack s = synthetic(23);
		final ImageStack st = new ImageStack(W, H);
		for (final float[] p : s.slices()) {
			final float[] inverted = new float[p.length];
			for (int i = 0; i < p.length; i++) inverted[i] = 255 - p[i];
			st.addSlice(new FloatProcessor(W, H, p.clone()).convertToShortProcessor(false));
			st.addSlice(new FloatProcessor(W, H, inverted).convertToShortProcessor(false));
		}
		final ImagePlus imp = new ImagePlus("hyper", st);
		imp.setDimensions(2, N, 1);
		final FocusStackImages f = fuse(imp, false);
		assertEquals(2, f.fused().getNChannels());
		assertEquals(16, f.fused().getBitDepth());
		final short[] a = (short[]) f.fused().getStack().getPixels(1), b = (short[]) f.fused().getStack().getPixels(2);
		for (int i = 0; i < a.length; i++) assertEquals(255, (a[i] & 0xffff) + (b[i] & 0xffff), 1);
	}

	@Test
	void refusesOneSliceAndSlicesTimesFrames() {
		final ImageStack one = new ImageStack(W, H);
		one.addSlice(new FloatProcessor(W, H));
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ImagePlusSlices.of(new ImagePlus("one", one)));
		assertEquals("'one' has 1 slice; a focus stack needs at least 2 slices", e.getMessage());
		final ImageStack four = new ImageStack(W, H);
		for (int i = 0; i < 4; i++) four.addSlice(new FloatProcessor(W, H));
		final ImagePlus tz = new ImagePlus("tz", four);
		tz.setDimensions(1, 2, 2);
		e = assertThrows(IllegalArgumentException.class, () -> ImagePlusSlices.of(tz));
		assertTrue(e.getMessage().contains("has 2 slices and 2 frames"), e.getMessage());
	}
}
