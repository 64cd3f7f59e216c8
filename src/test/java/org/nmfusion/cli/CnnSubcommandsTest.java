package org.nmfusion.cli;

import static org.nmfusion.cli.CliRun.run;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import ij.IJ;
import ij.ImagePlus;
import ij.io.FileSaver;
import ij.process.ByteProcessor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nmfusion.cnn.DenseOutput;
import org.nmfusion.testutil.TestImages;
import org.nmfusion.train.tf.TinyModel;

class CnnSubcommandsTest {

	@TempDir
	Path dir;

	private Path png(String name, float[] unit, int w, int h) {
		final ByteProcessor bp = new ByteProcessor(w, h);
		for (int i = 0; i < unit.length; i++) bp.set(i, Math.round(255 * unit[i]));
		final Path p = dir.resolve(name);
		new FileSaver(new ImagePlus(name, bp)).saveAsPng(p.toString());
		return p;
	}

	@Test
	void weightmapWritesWeightAndScoreMaps() throws Exception {
		final int w = 64, h = 48;
		final float[] s = TestImages.textured(w, h, 6);
		final Path a = png("a.png", TestImages.blur(s, w, h, 2), w, h), b = png("b.png", s, w, h);
		final Path out = dir.resolve("w.tif"), sc = dir.resolve("s.tif");
		final CliRun.Result r = run("weightmap", a.toString(), b.toString(), "-o", out.toString(), "--scores", sc.toString(),
			"--model", TinyModel.modelDir().toString());
		assertEquals(0, r.code, r.err);
		final ImagePlus wm = IJ.openImage(out.toString());
		assertEquals(32, wm.getBitDepth());
		assertEquals(w, wm.getWidth());
		assertTrue(TestImages.mean((float[]) wm.getProcessor().getPixels()) < 0.2, "blurred A should get weight near 0");
		final ImagePlus sm = IJ.openImage(sc.toString());
		assertEquals(DenseOutput.scoreWidth(w), sm.getWidth());
		assertEquals(DenseOutput.scoreWidth(h), sm.getHeight());
	}

	@Test
	void weightmapErrorsAreOneLine() throws Exception {
		final Path a = png("a.png", new float[40 * 40], 40, 40), b = png("b.png", new float[40 * 30], 40, 30);
		CliRun.Result r = run("weightmap", a.toString(), b.toString(), "-o", dir.resolve("w.tif").toString(), "--model",
			TinyModel.modelDir().toString());
		assertEquals(1, r.code);
		assertTrue(r.err.startsWith("nmfusion: error: source images differ in size") && r.err.trim().split("\n").length == 1, r.err);
		r = run("weightmap", a.toString(), a.toString(), "-o", dir.resolve("w.tif").toString(), "--model",
			dir.resolve("nomodel").toString());
		assertEquals(1, r.code);
		assertTrue(r.err.contains("model folder not found"), r.err);
		assertFalse(Files.exists(dir.resolve("w.tif")));
		assertEquals(2, run("weightmap", a.toString()).code);
	}

	@Test
	void trainRecordsItsCommandLine() throws Exception {
		final Path images = TinyModel.writeImages(dir.resolve("img").toFile(), 2, 64, 9).toPath();
		final Path out = dir.resolve("run");
		final CliRun.Result r = run("train", "--images", images.toString(), "--holdout", "img01.png", "--width", "2,2,2",
			"--steps", "10", "--batch", "8", "--seed", "5", "--test-pairs", "32", "--out", out.toString());
		assertEquals(0, r.code, r.err);
		final String t = new String(Files.readAllBytes(out.resolve("model/TRAINING.md")), StandardCharsets.UTF_8);
		assertTrue(t.contains("scripts/nmfusion train --images " + images), t);
		assertTrue(t.contains("--seed 5"));
		assertTrue(Files.isRegularFile(out.resolve("model/MODEL_REPORT.md")));
		assertTrue(r.out.contains("step 10/10") && r.out.contains("| overall |"), "progress and report on stdout: " + r.out);
		assertFalse(r.out.contains("[INFO]"), "progress once, without the log's prefix: " + r.out);
		assertEquals("", r.err);
		assertEquals(2, run("train", "--images", images.toString()).code, "missing --out is a usage error");
	}

	@Test
	void trainStopAtEndsTheSessionEarly() throws Exception {
		final Path images = TinyModel.writeImages(dir.resolve("img").toFile(), 1, 64, 4).toPath();
		final Path out = dir.resolve("run");
		final CliRun.Result r = run("train", "--images", images.toString(), "--width", "2,2,2", "--steps", "100",
			"--batch", "8", "--checkpoint-every", "0", "--stop-at", "3", "--out", out.toString());
		assertEquals(0, r.code, r.err);
		assertTrue(r.out.contains("canceled at step 3"), r.out);
		final String t = new String(Files.readAllBytes(out.resolve("model/TRAINING.md")), StandardCharsets.UTF_8);
		assertTrue(t.contains("--stop-at 3 --out ") && t.contains("- steps: 3 (canceled)"), t);
	}
}
