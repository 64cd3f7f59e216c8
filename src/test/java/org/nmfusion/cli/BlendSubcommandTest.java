package org.nmfusion.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nmfusion.cli.CliRun.run;

import java.nio.file.Files;
import java.nio.file.Path;

import ij.IJ;
import ij.ImagePlus;
import ij.io.FileSaver;
import ij.process.FloatProcessor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nmfusion.testutil.TestImages;

class BlendSubcommandTest {

	@TempDir
	Path dir;

	@Test
	void averageAndWeightMap() throws Exception {
		final ImagePlus a = TestImages.gray8(20, 10, 1), b = TestImages.gray8(20, 10, 2);
		final Path fa = save(a, "a.tif"), fb = save(b, "b.tif");
		final float[] w = new float[200];
		for (int i = 0; i < w.length; i++) w[i] = (i % 20) / 19f;
		final Path fw = save(new ImagePlus("w", new FloatProcessor(20, 10, w)), "w.tif");
		final Path avg = dir.resolve("avg.png"), fused = dir.resolve("fused.tif");
		assertEquals(0, run("blend", fa.toString(), fb.toString(), "-o", avg.toString()).code);
		assertEquals(0, run("blend", fa.toString(), fb.toString(), "--weights", fw.toString(), "-o", fused.toString()).code);
		final byte[] pa = (byte[]) a.getProcessor().getPixels(), pb = (byte[]) b.getProcessor().getPixels();
		final byte[] pavg = (byte[]) IJ.openImage(avg.toString()).getProcessor().getPixels();
		final byte[] pf = (byte[]) IJ.openImage(fused.toString()).getProcessor().getPixels();
		for (int i = 0; i < 200; i++) {
			final int x = pa[i] & 0xff, y = pb[i] & 0xff;
			assertEquals(Math.round(0.5f * x + 0.5f * y), pavg[i] & 0xff, "average at " + i);
			assertEquals(Math.round(w[i] * x + (1 - w[i]) * y), pf[i] & 0xff, "weighted at " + i);
		}
	}

	@Test
	void badInputIsOneLineAndNoOutput() throws Exception {
		final Path fa = save(TestImages.gray8(20, 10, 1), "a.tif"), fb = save(TestImages.gray8(10, 20, 2), "b.tif");
		final Path out = dir.resolve("out.tif");
		CliRun.Result r = run("blend", fa.toString(), fb.toString(), "-o", out.toString());
		assertEquals(1, r.code);
		assertEquals(1, r.err.trim().split("\n").length, r.err);
		assertTrue(r.err.contains("size mismatch"), r.err);
		r = run("blend", fa.toString(), fa.toString(), "--weight", "1.5", "-o", out.toString());
		assertEquals(2, r.code);
		final Path rgb = save(TestImages.rgb(20, 10, 3), "rgb.tif");
		r = run("blend", fa.toString(), rgb.toString(), "-o", out.toString());
		assertEquals(1, r.code);
		assertTrue(r.err.contains("two gray or two RGB"), r.err);
		assertFalse(Files.exists(out));
	}

	private Path save(ImagePlus imp, String name) {
		final Path p = dir.resolve(name);
		new FileSaver(imp).saveAsTiff(p.toString());
		return p;
	}
}
