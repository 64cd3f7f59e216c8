package org.nmfusion.cli;

import static org.nmfusion.cli.CliRun.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import ij.IJ;
import ij.ImagePlus;
import ij.ImageStack;
import ij.io.FileSaver;
import ij.process.ByteProcessor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nmfusion.testutil.BruteForceHann;
import org.nmfusion.testutil.TestImages;

class DenoiseSubcommandTest {

	@TempDir
	Path dir;

	@Test
	void floatOutputMatchesAnIndependentComputationOfSpecSection1() throws Exception {
		final ImagePlus in = TestImages.gray16(45, 38, 12);
		final Path inFile = dir.resolve("in.tif"), outFile = dir.resolve("out.tif");
		new FileSaver(in).saveAsTiff(inFile.toString());
		final CliRun.Result r = run("denoise", "--radius", "3", "--background-threshold", "20000", "--float", inFile.toString(),
			"-o", outFile.toString());
		assertEquals(0, r.code, r.err);
		final ImagePlus out = IJ.openImage(outFile.toString());
		assertEquals(32, out.getBitDepth());
		final short[] px = (short[]) in.getProcessor().getPixels();
		final float[] x = new float[px.length];
		for (int i = 0; i < x.length; i++) x[i] = px[i] & 0xffff;
		final double[] ref = BruteForceHann.filter(x, 45, 38, 3, 20000);
		final float[] got = (float[]) out.getProcessor().getPixels();
		for (int i = 0; i < ref.length; i++) assertEquals(ref[i], got[i], 1e-4 * Math.max(1, Math.abs(ref[i])), "pixel " + i);
	}

	@Test
	void normalisedInputsMatchTo1e4Absolute() throws Exception {
		final ImagePlus in = TestImages.gray32(30, 20, 3);
		final float[] px = (float[]) in.getProcessor().getPixels();
		for (int i = 0; i < px.length; i++) px[i] /= 1000f;
		final Path inFile = dir.resolve("unit.tif"), outFile = dir.resolve("unit-out.tif");
		new FileSaver(in).saveAsTiff(inFile.toString());
		assertEquals(0, run("denoise", "--radius", "2", inFile.toString(), "-o", outFile.toString()).code);
		final float[] got = (float[]) IJ.openImage(outFile.toString()).getProcessor().getPixels();
		final double[] ref = BruteForceHann.filter(px, 30, 20, 2, Double.NaN);
		for (int i = 0; i < ref.length; i++) assertEquals(ref[i], got[i], 1e-4, "pixel " + i);
	}

	@Test
	void badInputGivesOneClearLineAndNoOutput() throws Exception {
		final Path out = dir.resolve("out.tif");
		CliRun.Result r = run("denoise", "--radius", "2", dir.resolve("missing.tif").toString(), "-o", out.toString());
		assertEquals(1, r.code);
		assertEquals("nmfusion: error: file not found: " + dir.resolve("missing.tif"), r.err.trim());

		final Path text = Files.writeString(dir.resolve("readme.txt"), "hello");
		r = run("denoise", "--radius", "2", text.toString(), "-o", out.toString());
		assertEquals(1, r.code);
		assertTrue(r.err.startsWith("nmfusion: error: not an image file"), r.err);

		final Path image = dir.resolve("img.tif");
		new FileSaver(TestImages.gray8(10, 10, 1)).saveAsTiff(image.toString());
		r = run("denoise", "--radius", "0", image.toString(), "-o", out.toString());
		assertEquals(2, r.code);
		assertEquals("nmfusion: error: radius must be >= 1 pixel, got 0", r.err.trim());

		final ImageStack stack = new ImageStack(6, 6);
		for (int i = 0; i < 4; i++) stack.addSlice(new ByteProcessor(6, 6));
		final Path stackFile = dir.resolve("stack.tif");
		new FileSaver(new ImagePlus("s", stack)).saveAsTiffStack(stackFile.toString());
		r = run("denoise", "--radius", "2", stackFile.toString(), "-o", out.toString());
		assertEquals(1, r.code);
		assertTrue(r.err.contains("expected a 2-D image") && r.err.contains("4 planes"), r.err);

		assertEquals(2, run("denoise", image.toString()).code, "missing options");
		assertEquals(2, run().code, "missing subcommand");
		assertFalse(Files.exists(out), "no output written on failure");
	}

	@Test
	void helpListsTheStages() {
		final CliRun.Result r = run("--help");
		assertEquals(0, r.code);
		assertTrue(r.out.contains("denoise"), r.out);
	}
}
