package org.nmfusion.commands;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.ImagePlus;
import ij.ImageStack;
import ij.measure.ResultsTable;
import ij.process.ByteProcessor;
import ij.process.ColorProcessor;

import org.junit.jupiter.api.Test;
import org.nmfusion.nmf.Nmf;
import org.nmfusion.nmf.NmfOptions;
import org.nmfusion.nmf.NmfResult;
import org.scijava.command.CommandModule;

class NmfDecompositionCommandTest extends HeadlessCommandTest {

	private static ImagePlus byteStack(final int w, final int h, final int n) {
		final ImageStack stack = new ImageStack(w, h);
		final java.util.SplittableRandom r = new java.util.SplittableRandom(3);
		for (int i = 0; i < n; i++) {
			final byte[] px = new byte[w * h];
			for (int p = 0; p < px.length; p++)
				px[p] = (byte) r.nextInt(256);
			stack.addSlice(new ByteProcessor(w, h, px));
		}
		final ImagePlus imp = new ImagePlus("bytes.tif", stack);
		imp.getCalibration().pixelWidth = 0.5;
		return imp;
	}

	@Test
	void runsThroughCommandServiceAndMatchesTheEngine() throws Exception {
		final ImagePlus in = byteStack(20, 15, 5);
		final byte[] before = ((byte[]) in.getStack().getProcessor(2).getPixels()).clone();
		final CommandModule m = runCommand(NmfDecompositionCommand.class, "input", in, "rank", 2,
			"solver", "mu", "init", "random", "seed", 4L, "max_iterations", 30, "tolerance", 0.0);
		final ImagePlus basis = (ImagePlus) m.getOutput("basis");
		final ResultsTable coef = (ResultsTable) m.getOutput("coefficients");
		final ResultsTable loss = (ResultsTable) m.getOutput("loss");
		assertEquals(2, basis.getStackSize());
		assertEquals(32, basis.getBitDepth());
		assertEquals(0.5, basis.getCalibration().pixelWidth, 0);
		assertEquals("bytes-nmf-basis", basis.getTitle());
		assertEquals(5, coef.size());
		assertEquals(31, loss.size());
		assertArrayEquals(before, (byte[]) in.getStack().getProcessor(2).getPixels(), "input not modified");

		// same numbers as the engine on the same matrix
		final float[] v = new float[5 * 300];
		for (int s = 0; s < 5; s++)
			for (int p = 0; p < 300; p++)
				v[s * 300 + p] = in.getStack().getProcessor(s + 1).getf(p);
		final NmfResult ref = Nmf.factorize(v, 5, 300, NmfOptions.builder(2).solver(NmfOptions.Solver.MU).init(NmfOptions.Init.RANDOM).seed(4)
			.maxIterations(30).tolerance(0).build());
		for (int i = 0; i < 5; i++)
			for (int j = 0; j < 2; j++)
				assertEquals(ref.w(i, j), coef.getValue("component_" + (j + 1), i), 0);
		assertArrayEquals(java.util.Arrays.copyOfRange(ref.h(), 300, 600), (float[]) basis.getStack().getProcessor(2).getPixels(), 0f);
		assertEquals(ref.finalLoss(), loss.getValue("loss", 30), 0);
	}

	@Test
	void badInputCancelsWithTheReason() throws Exception {
		final CommandModule m = runCommand(NmfDecompositionCommand.class, "input", byteStack(4, 4, 3),
			"rank", 5);
		assertTrue(m.isCanceled());
		assertTrue(m.getCancelReason().contains("rank 5 exceeds"), m.getCancelReason());
		assertNull(m.getOutput("basis"));
		final ImageStack rgb = new ImageStack(4, 4);
		rgb.addSlice(new ColorProcessor(4, 4));
		final CommandModule c = runCommand(NmfDecompositionCommand.class, "input",
			new ImagePlus("rgb", rgb), "rank", 1);
		assertTrue(c.isCanceled());
		assertTrue(c.getCancelReason().contains("RGB"), c.getCancelReason());
	}
}
