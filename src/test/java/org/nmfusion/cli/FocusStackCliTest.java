package org.nmfusion.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import ij.IJ;
import ij.ImagePlus;
import ij.ImageStack;
import ij.io.FileSaver;
import ij.process.FloatProcessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nmfusion.focusstack.StackScores;
import org.nmfusion.focusstack.SyntheticFocusStack;

/** {@code nmfusion fuse --stack}: one pass by default, with the height map and the confidence as files. */
class FocusStackCliTest {

	@TempDir
	Path dir;

	@Test
	void oneFocusStackGivesTheFusedImageTheHeightMapAndTheConfidence() throws Exception {
		final int w = 80, h = 64, n = 5;
		final float[] sharp = SyntheticFocusStack.proceduralImage(w, h, 31);
		final SyntheticFocusStack s = SyntheticFocusStack.make(sharp, w, h, n, 1.5, SyntheticFocusStack.Psf.GAUSSIAN, 1, 255, 24, 31);
		final ImageStack st = new ImageStack(w, h);
		for (final float[] p : s.slices()) st.addSlice(new FloatProcessor(w, h, p).convertToByteProcessor(false));
		final Path stack = dir.resolve("s.tif"), out = dir.resolve("f.tif"), height = dir.resolve("h.tif"), conf = dir.resolve("c.tif");
		new FileSaver(new ImagePlus("s", st)).saveAsTiffStack(stack.toString());
		final CliRun.Result r = CliRun.run("fuse", "--stack", stack.toString(), "-o", out.toString(), "--height-map", height.toString(),
			"--confidence", conf.toString());
		assertEquals(0, r.code, r.err);
		final ImagePlus f = IJ.openImage(out.toString()), hm = IJ.openImage(height.toString());
		assertEquals(8, f.getBitDepth());
		assertEquals(32, hm.getBitDepth());
		assertTrue(StackScores.meanAbsoluteError((float[]) hm.getProcessor().getPixels(), s.depth()) < 0.4);
		final float[] fused = (float[]) f.getProcessor().convertToFloat().getPixels();
		assertTrue(StackScores.psnr(new float[][] { fused }, new float[][] { sharp }, 255) > 35);
		assertTrue(Files.exists(conf));
	}

	@Test
	void aMethodWithoutSequentialAndASingleSliceAreRefused() throws Exception {
		final ImageStack st = new ImageStack(16, 16);
		st.addSlice(new FloatProcessor(16, 16));
		st.addSlice(new FloatProcessor(16, 16));
		final Path stack = dir.resolve("two.tif"), out = dir.resolve("f.tif");
		new FileSaver(new ImagePlus("two", st)).saveAsTiffStack(stack.toString());
		CliRun.Result r = CliRun.run("fuse", "--stack", stack.toString(), "-o", out.toString(), "--method", "average");
		assertEquals(2, r.code);
		assertTrue(r.err.contains("--sequential"), r.err);
		final Path one = dir.resolve("one.tif");
		new FileSaver(new ImagePlus("one", new FloatProcessor(16, 16))).saveAsTiff(one.toString());
		r = CliRun.run("fuse", "--stack", one.toString(), "-o", out.toString(), "--height-map", dir.resolve("h.tif").toString());
		assertEquals(1, r.code);
		assertTrue(r.err.contains("needs at least 2 slices"), r.err);
		assertFalse(Files.exists(out));
	}
}
