package org.nmfusion.commands;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.ImagePlus;
import ij.ImageStack;
import ij.process.ByteProcessor;

import org.junit.jupiter.api.Test;
import org.nmfusion.filter.HannMeanFilter;
import org.nmfusion.testutil.TestImages;
import org.scijava.command.CommandModule;

class HannMeanDenoiseCommandTest extends HeadlessCommandTest {

	@Test
	void runsThroughCommandServiceLikeAMacro() throws Exception {
		final ImagePlus in = TestImages.gray32(40, 30, 9);
		final float[] before = ((float[]) in.getProcessor().getPixels()).clone();
		in.getCalibration().pixelWidth = 0.7;
		final CommandModule m = runCommand(HannMeanDenoiseCommand.class, "input", in, "radius", 3, "background_threshold", 100.0, "float_output",
			true);
		final ImagePlus out = (ImagePlus) m.getOutput("output");
		final float[] expected = HannMeanFilter.filter(before, 40, 30, 3, 100.0);
		assertArrayEquals(expected, (float[]) out.getProcessor().getPixels(), 0f);
		assertArrayEquals(before, (float[]) in.getProcessor().getPixels(), 0f, "input not modified");
		assertEquals(0.7, out.getCalibration().pixelWidth, 0.0);
		assertEquals("gray32-denoised", out.getTitle());
	}

	@Test
	void rgbIsFilteredPerChannelAndStaysRgb() throws Exception {
		final ImagePlus in = TestImages.rgb(16, 12, 2);
		final CommandModule m = runCommand(HannMeanDenoiseCommand.class, "input", in, "radius", 1);
		final ImagePlus out = (ImagePlus) m.getOutput("output");
		assertEquals(ImagePlus.COLOR_RGB, out.getType());
		final int[] rgbIn = (int[]) in.getProcessor().getPixels();
		final float[] green = new float[rgbIn.length];
		for (int i = 0; i < green.length; i++) green[i] = (rgbIn[i] >> 8) & 0xff;
		final float[] g = HannMeanFilter.filter(green, 16, 12, 1, Double.NaN);
		final int[] rgbOut = (int[]) out.getProcessor().getPixels();
		for (int i = 0; i < g.length; i++) assertEquals(Math.round(g[i]), (rgbOut[i] >> 8) & 0xff, "green at " + i);
	}

	@Test
	void badInputCancelsWithAClearReason() throws Exception {
		final ImageStack stack = new ImageStack(4, 4);
		stack.addSlice(new ByteProcessor(4, 4));
		stack.addSlice(new ByteProcessor(4, 4));
		final CommandModule m = runCommand(HannMeanDenoiseCommand.class, "input", new ImagePlus("stack", stack), "radius", 2);
		assertTrue(m.isCanceled());
		assertTrue(m.getCancelReason().contains("stack of 2 planes"), m.getCancelReason());
		assertNull(m.getOutput("output"));
	}
}
