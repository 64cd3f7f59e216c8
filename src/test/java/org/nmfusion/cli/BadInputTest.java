package org.nmfusion.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nmfusion.cli.CliRun.run;

import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import ij.IJ;
import ij.ImagePlus;
import ij.ImageStack;
import ij.io.FileSaver;
import ij.process.ByteProcessor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nmfusion.testutil.TestImages;
import org.scijava.command.ContextCommand;
import org.scijava.plugin.Parameter;

/** Damaged and unusual input at every entry point: one line on stderr, nothing on stdout, no output left behind. */
class BadInputTest {

	@TempDir
	Path dir;

	private Path png(final String name, final ImagePlus imp) {
		final Path p = dir.resolve(name);
		new FileSaver(imp).saveAsPng(p.toString());
		return p;
	}

	private Path truncatedTiff(final String name, final int planes) throws IOException {
		final Path p = dir.resolve(name);
		final ImageStack st = new ImageStack(32, 32);
		for (int i = 0; i < planes; i++) st.addSlice(TestImages.gray8(32, 32, 40 + i).getProcessor());
		final FileSaver saver = new FileSaver(new ImagePlus(name, st));
		assertTrue(planes == 1 ? saver.saveAsTiff(p.toString()) : saver.saveAsTiffStack(p.toString()));
		final byte[] bytes = Files.readAllBytes(p);
		Files.write(p, Arrays.copyOf(bytes, bytes.length * 2 / 3));
		return p;
	}

	private static void assertOneErrorLine(final CliRun.Result r, final int code, final String start) {
		assertEquals(code, r.code, r.err);
		assertEquals("", r.out, "nothing on stdout");
		assertTrue(r.err.startsWith("nmfusion: error: " + start) && r.err.trim().split("\n").length == 1, r.err);
	}

	@Test
	void truncatedTiffsAreRefusedByEverySubcommand() throws IOException {
		final Path cut = truncatedTiff("cut.tif", 1), cutStack = truncatedTiff("cut-stack.tif", 4),
			good = png("good.png", TestImages.gray8(32, 32, 1));
		final String out = dir.resolve("out.tif").toString();
		assertOneErrorLine(run("fuse", cut.toString(), good.toString(), "-o", out, "--method", "average"), 1, "truncated TIFF: " + cut + " needs ");
		assertOneErrorLine(run("fuse", "--stack", cutStack.toString(), "-o", out, "--sequential", "--method", "average"), 1,
			"truncated TIFF: " + cutStack);
		assertOneErrorLine(run("denoise", "--radius", "2", cut.toString(), "-o", out), 1, "truncated TIFF: " + cut);
		assertOneErrorLine(run("metrics", good.toString(), good.toString(), cut.toString()), 1, "truncated TIFF: " + cut);
		assertOneErrorLine(run("nmf", cutStack.toString(), "--rank", "2", "-o", dir.resolve("nmf").toString()), 1, "truncated TIFF: " + cutStack);
		assertFalse(Files.exists(dir.resolve("out.tif")));
		assertFalse(Files.exists(dir.resolve("nmf")), "no empty output folder");
	}

	@Test
	void corruptPngKeepsTheMetricsTableOnStdoutClean() throws IOException {
		final Path good = png("good.png", TestImages.gray8(32, 32, 1));
		final byte[] bytes = Files.readAllBytes(good);
		final Path cut = Files.write(dir.resolve("cut.png"), Arrays.copyOf(bytes, bytes.length * 2 / 3));
		assertOneErrorLine(run("metrics", good.toString(), good.toString(), cut.toString()), 1,
			"could not read image (corrupt or unsupported): " + cut + " (Error reading PNG image data)");
	}

	@Test
	void paletteImagesFuseAsTheColoursTheyShow() throws IOException {
		final byte[] r = new byte[256], g = new byte[256], b = new byte[256];
		for (int i = 0; i < 256; i++) {
			r[i] = (byte) i;
			g[i] = (byte) (255 - i);
			b[i] = (byte) 40;
		}
		final ByteProcessor bp = new ByteProcessor(32, 32);
		for (int i = 0; i < 32 * 32; i++) bp.set(i, i % 200);
		bp.setColorModel(new IndexColorModel(8, 256, r, g, b));
		final Path gif = dir.resolve("a.gif");
		assertTrue(new FileSaver(new ImagePlus("a", bp)).saveAsGif(gif.toString()));
		final Path out = dir.resolve("f.png");
		final CliRun.Result res = run("fuse", gif.toString(), gif.toString(), "-o", out.toString(), "--method", "average");
		assertEquals(0, res.code, res.err);
		final ImagePlus fused = IJ.openImage(out.toString());
		assertEquals(24, fused.getBitDepth(), "a colour palette fuses as RGB");
		final int rgb = fused.getProcessor().get(150);
		assertTrue(Math.abs((rgb >> 16 & 0xff) - 150) <= 1 && Math.abs((rgb >> 8 & 0xff) - 105) <= 1 && Math.abs((rgb & 0xff) - 40) <= 1,
			Integer.toHexString(rgb));

		final ImageStack stack = new ImageStack(32, 32);
		stack.addSlice(bp);
		stack.addSlice(bp.duplicate());
		stack.setColorModel(bp.getColorModel());
		final Path tif = dir.resolve("palette-stack.tif");
		new FileSaver(new ImagePlus("s", stack)).saveAsTiffStack(tif.toString());
		assertOneErrorLine(run("nmf", tif.toString(), "--rank", "1", "-o", dir.resolve("nmf").toString()), 1, "NMF needs a gray stack");
	}

	@Test
	void everySubcommandRefusesToOverwriteWithoutBeingAsked() throws IOException {
		final Path a = png("a.png", TestImages.gray8(32, 32, 1)), b = png("b.png", TestImages.gray8(32, 32, 2));
		final Path out = Files.writeString(dir.resolve("out.tif"), "an earlier result");
		final String exists = "output " + out + " exists; use --overwrite to replace it";
		assertOneErrorLine(run("denoise", "--radius", "2", a.toString(), "-o", out.toString()), 1, exists);
		assertOneErrorLine(run("denoise", "--radius", "2", a.toString(), "-o", a.toString(), "--overwrite"), 1,
			"output " + a + " is an input file");
		assertEquals("an earlier result", Files.readString(out));
		assertEquals(0, run("denoise", "--radius", "2", a.toString(), "-o", out.toString(), "--overwrite").code);
		assertEquals(8, IJ.openImage(out.toString()).getBitDepth());

		// checked before the model is loaded
		assertOneErrorLine(run("weightmap", a.toString(), b.toString(), "-o", out.toString()), 1, exists);
		final Path w = dir.resolve("w.tif");
		assertOneErrorLine(run("weightmap", a.toString(), b.toString(), "-o", w.toString(), "--scores", w.toString()), 1,
			"output " + w + " is given twice");
		assertOneErrorLine(run("weightmap", a.toString(), b.toString(), "-o", w.toString(), "--scores", b.toString(), "--overwrite"), 1,
			"output " + b + " is an input file");

		final Path images = Files.createDirectories(dir.resolve("images"));
		png("images/img.png", TestImages.gray8(64, 64, 3));
		final Path run = Files.createDirectories(dir.resolve("run/model"));
		Files.writeString(run.resolve("saved_model.pb"), "an earlier model");
		assertOneErrorLine(run("train", "--images", images.toString(), "--out", run.getParent().toString()), 1,
			"output folder " + run.getParent() + " is not empty (an earlier run?); use --resume to continue it or --overwrite to replace it");
		assertEquals("an earlier model", Files.readString(run.resolve("saved_model.pb")));
	}

	@Test
	void nmfRefusesANonEmptyFolderAndLeavesNoFolderWhenItFails() throws IOException {
		final ImageStack st = new ImageStack(8, 8);
		for (int i = 0; i < 3; i++) st.addSlice(TestImages.gray8(8, 8, i).getProcessor());
		final Path stack = dir.resolve("s.tif"), out = dir.resolve("nmf");
		new FileSaver(new ImagePlus("s", st)).saveAsTiffStack(stack.toString());
		assertEquals(0, run("nmf", stack.toString(), "--rank", "2", "-o", out.toString()).code);
		final CliRun.Result again = run("nmf", stack.toString(), "--rank", "2", "-o", out.toString());
		assertOneErrorLine(again, 1, "output folder " + out + " is not empty; use --overwrite to replace its contents");
		assertEquals(0, run("nmf", stack.toString(), "--rank", "1", "-o", out.toString(), "--overwrite").code);
		assertTrue(Files.readAllLines(out.resolve("coefficients.csv")).get(0).equals("component_1"));
		assertOneErrorLine(run("nmf", stack.toString(), "--rank", "9", "-o", dir.resolve("new/deeper").toString()), 1, "NMF rank 9 exceeds");
		assertFalse(Files.exists(dir.resolve("new")), "a failed run leaves no folder it created");
	}

	@Test
	void absurdParametersExitWithTwoBeforeAnyWork() throws IOException {
		final Path a = png("a.png", TestImages.gray8(32, 24, 1)), stack = dir.resolve("s.tif");
		final ImageStack st = new ImageStack(8, 8);
		for (int i = 0; i < 3; i++) st.addSlice(TestImages.gray8(8, 8, i).getProcessor());
		new FileSaver(new ImagePlus("s", st)).saveAsTiffStack(stack.toString());
		final String out = dir.resolve("o.tif").toString();
		assertOneErrorLine(run("denoise", "--radius", "100", a.toString(), "-o", out), 2, "radius 100 is not smaller than the image (32x24)");
		assertOneErrorLine(run("denoise", "--radius", "2", "--float", a.toString(), "-o", dir.resolve("o.png").toString()), 1,
			"PNG output needs a single 8-bit or RGB plane, but the result is 32-bit");
		assertOneErrorLine(run("weightmap", a.toString(), a.toString(), "-o", dir.resolve("w.png").toString()), 1, "PNG output needs");
		assertOneErrorLine(run("nmf", stack.toString(), "--rank", "2", "--max-iter", "2000000", "-o", dir.resolve("n").toString()), 2,
			"NMF maxIterations must be in [0, 1000000]");
		final Path images = Files.createDirectories(dir.resolve("images"));
		png("images/img.png", TestImages.gray8(64, 64, 3));
		final String runDir = dir.resolve("run").toString();
		assertOneErrorLine(run("train", "--images", images.toString(), "--out", runDir, "--batch", "100000"), 2,
			"batch must be in [2, 4096] pairs, got 100000");
		assertOneErrorLine(run("train", "--images", images.toString(), "--out", runDir, "--width", "16,32,100000"), 2, "widths must be in [1, 1024]");
		assertOneErrorLine(run("train", "--images", images.toString(), "--out", runDir, "--lr", "50"), 2, "learning rate must be in (0, 1]");
		assertOneErrorLine(run("train", "--images", images.toString(), "--out", runDir, "--steps", "0"), 2, "steps must be >= 1");
		assertFalse(Files.exists(dir.resolve("run")) || Files.exists(dir.resolve("n")) || Files.exists(dir.resolve("o.tif")));
	}

	@Test
	void helpDocumentsTheEnvironment() {
		final CliRun.Result r = run("--help");
		assertEquals(0, r.code);
		assertTrue(r.out.contains("NMFUSION_JAVA_OPTS") && r.out.contains("-Xmx") && r.out.contains("NMFUSION_DEBUG"), r.out);
	}

	/** A command failing inside, as a bug or the JVM would. */
	public static class FailingCommand extends ContextCommand {

		@Parameter
		private String kind = "npe";

		@Override
		public void run() {
			if (kind.equals("oom")) throw new OutOfMemoryError("Java heap space");
			throw new IllegalStateException("the graph has no node 'dense_a'");
		}
	}

	@Test
	void internalErrorsAndOutOfMemoryGiveOneLineWithoutSciJavasWrapper() {
		final RuntimeException bug = assertThrows(RuntimeException.class, () -> HeadlessCommands.run(FailingCommand.class, "kind", "bug"));
		assertEquals(IllegalStateException.class, bug.getClass(), "not 'Module threw exception'");
		assertThrows(OutOfMemoryError.class, () -> HeadlessCommands.run(FailingCommand.class, "kind", "oom"));

		final StringWriter err = new StringWriter();
		assertEquals(1,
			NMFusionCli.report(new RuntimeException("Module threw error", new OutOfMemoryError("Java heap space")), new PrintWriter(err)));
		assertTrue(err.toString().startsWith("nmfusion: error: out of memory: the Java heap limit (") &&
			err.toString().contains("NMFUSION_JAVA_OPTS=-Xmx") && err.toString().trim().split("\n").length == 1, err.toString());
		assertEquals("out of memory: the Java heap limit (8 GB) is too small for this input; raise it, e.g. NMFUSION_JAVA_OPTS=-Xmx16g " +
			"scripts/nmfusion ...", NMFusionCli.outOfMemory(8L << 30));

		final StringWriter err2 = new StringWriter();
		assertEquals(1, NMFusionCli.report(new RuntimeException("Module threw exception", bug), new PrintWriter(err2)));
		assertTrue(err2.toString().startsWith("nmfusion: error: internal error IllegalStateException: the graph has no node 'dense_a'") &&
			!err2.toString().contains("Module threw"), err2.toString());
	}
}
