package org.nmfusion.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import ij.IJ;
import ij.ImagePlus;
import ij.io.FileSaver;
import ij.process.FloatProcessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nmfusion.testutil.TestImages;

class FuseSubcommandTest {

	@TempDir
	Path dir;

	private Path copyResource(final String name) throws IOException {
		final Path p = dir.resolve(name);
		try (InputStream in = getClass().getResourceAsStream("/liu/" + name)) {
			Files.copy(in, p);
		}
		return p;
	}

	private static float[] readF32(final Path p, final int n) throws IOException {
		final ByteBuffer buf = ByteBuffer.wrap(Files.readAllBytes(p)).order(ByteOrder.LITTLE_ENDIAN);
		final float[] w = new float[n];
		buf.asFloatBuffer().get(w);
		return w;
	}

	/** Liu's own weight map given to method cnn reproduces his fused image (his code, his network's map). */
	@Test
	void cnnWithLiusWeightMapReproducesLiusFusedImage() throws Exception {
		for (final String name : List.of("cddfuse_11", "clock", "ifcnn_c04", "ifcnn_iv_Kayak", "lab")) {
			final Path a = copyResource(name + "_A.png"), b = copyResource(name + "_B.png"), f = copyResource(name + "_F_cnnliu.png");
			final ImagePlus liu = IJ.openImage(f.toString());
			final int w = liu.getWidth(), h = liu.getHeight();
			final Path wTif = dir.resolve(name + "_W.tif");
			new FileSaver(new ImagePlus("W", new FloatProcessor(w, h, readF32(copyResource(name + "_W_cnnliu.f32"), w * h)))).saveAsTiff(
				wTif.toString());
			final Path out = dir.resolve(name + "_ours.png");
			final CliRun.Result r = CliRun.run("fuse", a.toString(), b.toString(), "-o", out.toString(), "--method", "cnn", "--weight-map",
				wTif.toString());
			assertEquals(0, r.code, r.err);
			final ImagePlus ours = IJ.openImage(out.toString());
			int close = 0;
			for (int i = 0; i < w * h; i++)
				if (Math.abs(ours.getProcessor().get(i) - liu.getProcessor().get(i)) <= 1) close++;
			assertTrue(close >= 0.999 * w * h, name + ": " + close + " of " + w * h + " pixels within 1 grey level");
		}
	}

	private static float[] floats(final Path image) {
		return (float[]) IJ.openImage(image.toString()).getProcessor().convertToFloatProcessor().getPixels();
	}

	private Path png(final String name, final ImagePlus imp) {
		final Path p = dir.resolve(name);
		new FileSaver(imp).saveAsPng(p.toString());
		return p;
	}

	@Test
	void fusesTwoFilesAndRefusesToOverwrite() throws Exception {
		final Path a = png("a.png", TestImages.gray8(64, 48, 1)), b = png("b.png", TestImages.gray8(64, 48, 2));
		final byte[] before = Files.readAllBytes(a);
		final Path out = dir.resolve("f.png"), wm = dir.resolve("w.tif");
		CliRun.Result r = CliRun.run("fuse", a.toString(), b.toString(), "-o", out.toString(), "--method", "pca", "--save-weight-map",
			wm.toString());
		assertEquals(0, r.code, r.err);
		final ImagePlus f = IJ.openImage(out.toString());
		assertEquals(8, f.getBitDepth());
		assertEquals(32, IJ.openImage(wm.toString()).getBitDepth());

		r = CliRun.run("fuse", a.toString(), b.toString(), "-o", out.toString());
		assertEquals(1, r.code);
		assertEquals("nmfusion: error: output " + out + " exists; use --overwrite to replace it", r.err.trim());
		r = CliRun.run("fuse", a.toString(), b.toString(), "-o", a.toString(), "--overwrite", "--method", "average");
		assertEquals(1, r.code);
		assertTrue(r.err.contains("is an input file"), r.err);
		assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(a)), "input unchanged");
	}

	@Test
	void theMedicalPresetIsTheDefaultAndGivenOptionsOverrideIt() throws Exception {
		final Path a = png("a.png", TestImages.gray8(64, 48, 5)), b = png("b.png", TestImages.gray8(64, 48, 6));
		final Path byDefault = dir.resolve("d.tif"), medical = dir.resolve("m.tif"), spec = dir.resolve("s.tif"), five = dir.resolve("l5.tif"),
			plain = dir.resolve("p.tif");
		assertEquals(0, CliRun.run("fuse", a.toString(), b.toString(), "-o", byDefault.toString(), "--float").code);
		assertEquals(0, CliRun.run("fuse", a.toString(), b.toString(), "-o", medical.toString(), "--float", "--preset", "medical").code);
		assertEquals(0, CliRun.run("fuse", a.toString(), b.toString(), "-o", spec.toString(), "--float", "--method", "cnn-nmf", "--levels",
			"4").code);
		assertEquals(0,
			CliRun.run("fuse", a.toString(), b.toString(), "-o", five.toString(), "--float", "--preset", "medical", "--levels", "5").code);
		assertEquals(0, CliRun.run("fuse", a.toString(), b.toString(), "-o", plain.toString(), "--float", "--method", "average").code);
		final int n = 64 * 48;
		final float[] d = floats(byDefault);
		assertEquals(n, d.length);
		assertTrue(java.util.Arrays.equals(d, floats(medical)), "default = medical");
		assertFalse(java.util.Arrays.equals(d, floats(spec)), "the preset is more than cnn-nmf with 4 levels");
		assertFalse(java.util.Arrays.equals(d, floats(five)), "--levels overrides");
		final float[] avg = floats(plain), pa = floats(a), pb = floats(b);
		for (int i = 0; i < n; i++)
			assertEquals(0.5f * (pa[i] + pb[i]), avg[i], 1e-3f, "--method alone: that method with its own defaults");
		CliRun.Result r = CliRun.run("fuse", a.toString(), b.toString(), "-o", dir.resolve("x.tif").toString(), "--preset", "surgical");
		assertEquals(2, r.code, r.err);
		assertTrue(r.err.contains("surgical"), r.err);
		r = CliRun.run("fuse", a.toString(), b.toString(), "-o", dir.resolve("x.tif").toString(), "--preset", "medical", "--method", "cnn");
		assertEquals(2, r.code, r.err);
		assertTrue(r.err.contains("not both"), r.err);
	}

	@Test
	void badParametersExitWithTwoAndOneLine() throws Exception {
		final Path a = png("a.png", TestImages.gray8(32, 32, 1)), b = png("b.png", TestImages.gray8(32, 32, 2));
		final Path out = dir.resolve("f.png");
		CliRun.Result r = CliRun.run("fuse", a.toString(), b.toString(), "-o", out.toString(), "--method", "magic");
		assertEquals(2, r.code, r.err);
		assertTrue(r.err.startsWith("nmfusion: error: unknown fusion method 'magic'") && r.err.trim().split("\n").length == 1, r.err);
		r = CliRun.run("fuse", a.toString(), b.toString(), "-o", out.toString(), "--threshold", "2");
		assertEquals(2, r.code, r.err);
		assertTrue(r.err.contains("threshold must be in [0, 1], got 2"), r.err);
		r = CliRun.run("fuse", a.toString(), b.toString(), "-o", out.toString(), "--method", "average", "--denoise", "40");
		assertEquals(2, r.code, r.err);
		final Path small = png("c.png", TestImages.gray8(31, 32, 3));
		r = CliRun.run("fuse", a.toString(), small.toString(), "-o", out.toString(), "--method", "average");
		assertEquals(1, r.code);
		assertTrue(r.err.contains("differ in size"), r.err);
		assertFalse(Files.exists(out));
	}

	@Test
	void stackOfThreePlanesFusesToOneImage() throws Exception {
		final ij.ImageStack st = new ij.ImageStack(40, 30);
		for (int s = 1; s <= 3; s++)
			st.addSlice(TestImages.gray8(40, 30, s).getProcessor());
		final Path stack = dir.resolve("stack.tif"), out = dir.resolve("f.tif");
		new FileSaver(new ImagePlus("s", st)).saveAsTiffStack(stack.toString());
		final CliRun.Result r = CliRun.run("fuse", "--stack", stack.toString(), "-o", out.toString(), "--sequential", "--method", "laplacian-max");
		assertEquals(0, r.code, r.err);
		final ImagePlus f = IJ.openImage(out.toString());
		assertEquals(1, f.getStackSize());
		assertEquals(40, f.getWidth());
		assertTrue(r.err.contains("fusing planes: laplacian-max 2/2"), r.err);
	}

	@Test
	void batchFusesTheGoodPairsAndReportsTheBadOnes() throws Exception {
		final Path in = Files.createDirectories(dir.resolve("in/sub")).getParent(), out = dir.resolve("out");
		for (int i = 1; i <= 3; i++) {
			png("in/p" + i + "_A.png", TestImages.gray8(32, 32, i));
			png("in/p" + i + "_B.png", TestImages.gray8(32, 32, 10 + i));
		}
		Files.write(in.resolve("p2_B.png"), "not an image".getBytes(StandardCharsets.UTF_8));
		png("in/sub/q_A.png", TestImages.gray8(32, 32, 20));
		png("in/sub/q_B.png", TestImages.gray8(32, 32, 21));
		png("in/lone_A.png", TestImages.gray8(32, 32, 22));
		CliRun.Result r = CliRun.run("fuse", "--batch", in.toString(), "-o", out.toString(), "--method", "average");
		assertEquals(0, r.code, r.err);
		assertTrue(Files.exists(out.resolve("p1_fused.png")) && Files.exists(out.resolve("p3_fused.png")));
		assertTrue(Files.exists(out.resolve("sub/q_fused.png")));
		assertFalse(Files.exists(out.resolve("p2_fused.png")));
		final List<String> report = Files.readAllLines(out.resolve("report.csv"));
		assertEquals("name,status,message,milliseconds,settings", report.get(0));
		assertEquals(6, report.size(), String.join("\n", report));
		assertTrue(report.get(1).contains(",average: average (t=0.6"), "each row names the method and its settings: " + report.get(1));
		assertTrue(report.stream().anyMatch(l -> l.startsWith("p2,failed,") && l.contains("p2_B.png")), String.join("\n", report));
		assertTrue(report.stream().anyMatch(l -> l.startsWith("lone,failed,no B image")), String.join("\n", report));
		assertTrue(r.out.contains("5 pairs: 3 fused, 0 skipped, 2 failed"), r.out);
		assertTrue(r.err.contains("[5/5]") && r.err.contains("pairs/s"), r.err);

		r = CliRun.run("fuse", "--batch", in.toString(), "-o", out.toString(), "--method", "average");
		assertTrue(r.out.contains("0 fused, 3 skipped, 2 failed"), r.out);
	}

	/** 20 pairs, 3 of them broken: the 17 are fused, the 3 reported; exit 0, or 1 with --fail-on-error. */
	@Test
	void batchOfTwentyPairsWithThreeBrokenOnesFusesTheRest() throws Exception {
		final Path in = Files.createDirectories(dir.resolve("pairs")), out = dir.resolve("fused");
		for (int i = 1; i <= 20; i++) {
			final String name = String.format("p%02d", i);
			png("pairs/" + name + "_A.png", TestImages.gray8(32, 24, i));
			png("pairs/" + name + "_B.png", TestImages.gray8(i == 11 ? 31 : 32, 24, 100 + i));
		}
		Files.delete(in.resolve("p05_A.png"));
		final Path tif = in.resolve("p05_A.tif");
		new FileSaver(TestImages.gray8(32, 24, 5)).saveAsTiff(tif.toString());
		final byte[] full = Files.readAllBytes(tif);
		Files.write(tif, java.util.Arrays.copyOf(full, full.length - 200));
		Files.write(in.resolve("p17_B.png"), new byte[] { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 1, 2 });

		CliRun.Result r = CliRun.run("fuse", "--batch", in.toString(), "-o", out.toString(), "--method", "average");
		assertEquals(0, r.code, r.err);
		assertTrue(r.out.contains("20 pairs: 17 fused, 0 skipped, 3 failed"), r.out);
		try (java.util.stream.Stream<Path> files = Files.list(out)) {
			assertEquals(17, files.filter(p -> p.getFileName().toString().endsWith("_fused.png")).count());
		}
		final List<String> report = Files.readAllLines(out.resolve("report.csv"));
		assertEquals(21, report.size(), String.join("\n", report));
		final List<String> failed = report.stream().filter(l -> l.contains(",failed,")).collect(java.util.stream.Collectors.toList());
		assertEquals(3, failed.size(), String.join("\n", report));
		final String truncated = "truncated TIFF: " + tif + " needs " + full.length + " bytes, file has " + (full.length - 200);
		assertTrue(failed.get(0).startsWith("p05,failed,\"" + truncated + "\","), failed.get(0));
		assertTrue(failed.get(1).startsWith("p11,failed,source images differ in size"), failed.get(1));
		assertTrue(failed.get(2).startsWith("p17,failed,") && failed.get(2).contains("p17_B.png"), failed.get(2));
		assertTrue(r.err.contains("nmfusion: 3 of 20 pairs failed") && r.err.contains("  p05: truncated TIFF: ") && r.err.contains("  p11: ") &&
			r.err.contains("  p17: "), r.err);

		r = CliRun.run("fuse", "--batch", in.toString(), "-o", out.toString(), "--method", "average", "--fail-on-error");
		assertEquals(1, r.code, r.err);
		assertTrue(r.out.contains("20 pairs: 0 fused, 17 skipped, 3 failed"), r.out);
		assertEquals(2, CliRun.run("fuse", "a.png", "b.png", "-o", "f.png", "--fail-on-error").code, "--fail-on-error needs --batch");
	}

	/** A batch killed while writing leaves temporaries only; a re-run removes them, keeps what is done and fuses the rest. */
	@Test
	void batchRestartedAfterAKillResumesAndLeavesNoPartialFile() throws Exception {
		final Path in = Files.createDirectories(dir.resolve("pairs/sub")).getParent(), out = dir.resolve("fused");
		for (final String name : new String[] { "p1", "p2", "sub/q" }) {
			png("pairs/" + name + "_A.png", TestImages.gray8(32, 24, name.hashCode()));
			png("pairs/" + name + "_B.png", TestImages.gray8(32, 24, name.hashCode() + 1));
		}
		assertEquals(0, CliRun.run("fuse", "--batch", in.toString(), "-o", out.toString(), "--method", "average").code);
		final byte[] p1 = Files.readAllBytes(out.resolve("p1_fused.png"));
		// the state a kill during the writes of p2 and q leaves: their temporaries, no outputs
		Files.delete(out.resolve("p2_fused.png"));
		Files.delete(out.resolve("sub/q_fused.png"));
		Files.write(out.resolve(".p2_fused.png.5e1f00c2a9b3d4e7.part.png"), java.util.Arrays.copyOf(p1, p1.length / 2));
		Files.write(out.resolve("sub/.q_fused.png.c0ffee.part.png"), new byte[10]);
		Files.writeString(out.resolve(".report.csv.9a.part.csv"), "name,status");

		final CliRun.Result r = CliRun.run("fuse", "--batch", in.toString(), "-o", out.toString(), "--method", "average");
		assertEquals(0, r.code, r.err);
		assertTrue(r.out.contains("3 pairs: 2 fused, 1 skipped, 0 failed"), r.out);
		assertTrue(java.util.Arrays.equals(p1, Files.readAllBytes(out.resolve("p1_fused.png"))), "finished pair not redone");
		assertEquals(8, IJ.openImage(out.resolve("p2_fused.png").toString()).getBitDepth());
		assertTrue(Files.exists(out.resolve("sub/q_fused.png")));
		try (java.util.stream.Stream<Path> files = Files.walk(out)) {
			assertEquals(List.of(), files.filter(org.nmfusion.util.AtomicFiles::isTemporary).collect(java.util.stream.Collectors.toList()));
		}
	}

	@Test
	void outputsAreCheckedBeforeTheFusion() throws Exception {
		final Path a = png("a.png", TestImages.gray8(32, 32, 1)), b = png("b.png", TestImages.gray8(32, 32, 2));
		final Path f = dir.resolve("f.tif");
		CliRun.Result r = CliRun.run("fuse", a.toString(), b.toString(), "-o", f.toString(), "--method", "pca", "--save-weight-map", f.toString());
		assertEquals(1, r.code);
		assertEquals("nmfusion: error: output " + f + " is given twice; choose different outputs", r.err.trim());
		r = CliRun.run("fuse", a.toString(), b.toString(), "-o", dir.resolve("f.jpg").toString(), "--method", "average");
		assertEquals(1, r.code);
		assertTrue(r.err.startsWith("nmfusion: error: unsupported output format 'f.jpg'"), r.err);
		r = CliRun.run("fuse", a.toString(), b.toString(), "-o", dir.resolve("f.png").toString(), "--method", "pca", "--save-weight-map",
			dir.resolve("w.png").toString());
		assertEquals(1, r.code);
		assertTrue(r.err.contains("PNG output needs a single 8-bit or RGB plane"), r.err);
		assertFalse(Files.exists(dir.resolve("f.png")), "a 32-bit weight map as PNG is refused before the fused image is written");
	}

	/** A long single fusion prints its step every ten seconds; a quick one prints nothing. */
	@Test
	void slowRunProgressPrintsAtMostOncePerInterval() {
		final java.io.StringWriter text = new java.io.StringWriter();
		final long[] now = { 0 };
		final FuseSubcommand.SlowRunProgress p = new FuseSubcommand.SlowRunProgress(new java.io.PrintWriter(text), () -> now[0]);
		final long s = 1_000_000_000L;
		for (final long t : new long[] { 0, 3 * s, 9 * s, 11 * s, 12 * s, 20 * s, 22 * s }) {
			now[0] = t;
			p.progress(new org.nmfusion.util.ProgressReport(org.nmfusion.util.ProgressReport.Step.FUSION_DETAIL, 0, 1, "cnn-nmf: CNN tile " + t / s));
		}
		assertEquals(List.of("fusing: cnn-nmf: CNN tile 11", "fusing: cnn-nmf: CNN tile 22"), List.of(text.toString().split("\\R")));
	}

	/** The batch progress prints the batch's pair reports only, chosen by their step, whatever a fusion's message says. */
	@Test
	void batchProgressPrintsTheReportsOfItsStepOnly() {
		final java.io.StringWriter text = new java.io.StringWriter();
		final FuseSubcommand.BatchProgress p = new FuseSubcommand.BatchProgress(new java.io.PrintWriter(text),
			org.nmfusion.util.ProgressReport.Step.BATCH_PAIR);
		p.progress(new org.nmfusion.util.ProgressReport(org.nmfusion.util.ProgressReport.Step.FUSION, 0, 1, "g/a: ok"));
		p.progress(new org.nmfusion.util.ProgressReport(org.nmfusion.util.ProgressReport.Step.BENCHMARK_PAIR, 1, 2, "g/a: ok"));
		p.progress(new org.nmfusion.util.ProgressReport(org.nmfusion.util.ProgressReport.Step.BATCH_PAIR, 1, 2, "a,b: failed"));
		final List<String> lines = List.of(text.toString().split("\\R"));
		assertEquals(1, lines.size(), text.toString());
		assertTrue(lines.get(0).startsWith("[1/2] a,b: failed  ("), lines.get(0));
	}
}
