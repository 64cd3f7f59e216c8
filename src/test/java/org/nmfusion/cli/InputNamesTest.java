package org.nmfusion.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nmfusion.cli.CliRun.run;

import java.nio.file.Path;

import ij.io.FileSaver;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nmfusion.testutil.TestImages;

/** Sources that open but do not fit together: the one error line names the files, not only "source 1". */
class InputNamesTest {

	@TempDir
	Path dir;

	@Test
	void sizeMismatchesNameTheFiles() {
		final Path a = dir.resolve("a.png"), b = dir.resolve("b.png"), out = dir.resolve("out.png");
		new FileSaver(TestImages.gray8(48, 8, 1)).saveAsPng(a.toString());
		new FileSaver(TestImages.gray8(48, 40, 2)).saveAsPng(b.toString());
		final CliRun.Result fuse = run("fuse", a.toString(), b.toString(), "-o", out.toString(), "--method", "average");
		assertEquals(1, fuse.code, fuse.err);
		assertTrue(fuse.err.startsWith("nmfusion: error: source images differ in size: source 1 is 48x8 but source 2 is 48x40")
			&& fuse.err.trim().endsWith("(A: " + a + ", B: " + b + ")"), fuse.err);
		final CliRun.Result metrics = run("metrics", b.toString(), b.toString(), a.toString());
		assertEquals(1, metrics.code, metrics.err);
		assertTrue(metrics.err.trim().endsWith("(A: " + b + ", B: " + b + ", F: " + a + ")"), metrics.err);
		assertEquals(1, metrics.err.trim().lines().count(), metrics.err);
		final CliRun.Result bad = run("fuse", a.toString(), b.toString(), "-o", out.toString(), "--method", "average", "--threshold", "7");
		assertEquals(2, bad.code, bad.err);
		assertTrue(!bad.err.contains("(A: "), "bad parameters keep their own line: " + bad.err);
	}

	@Test
	void aRadiusTooLargeForTheImageNamesItAndStaysAParameterError() {
		final Path thin = dir.resolve("thin.png");
		new FileSaver(TestImages.gray8(48, 1, 3)).saveAsPng(thin.toString());
		final CliRun.Result r = run("denoise", "--radius", "1", thin.toString(), "-o", dir.resolve("d.tif").toString());
		assertEquals(2, r.code, r.err);
		assertEquals("nmfusion: error: radius 1 is not smaller than the image (48x1) (input: " + thin + ")", r.err.trim());
		final CliRun.Result zero = run("denoise", "--radius", "0", thin.toString(), "-o", dir.resolve("d.tif").toString());
		assertTrue(!zero.err.contains("(input: "), zero.err);
	}

	@Test
	void messagesThatNameAFileOrFolderPassUnchanged() {
		final IllegalArgumentException model = new IllegalArgumentException("refused model " + dir.resolve("m")
			+ ": operation 'WriteFile' (node 'evil') is not one NMFusion's networks use");
		final Path a = dir.resolve("a.png");
		org.junit.jupiter.api.Assertions.assertSame(model, org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
			() -> InputNames.naming(() -> {
				throw model;
			}, "A", a)));
		final CliFailure named = org.junit.jupiter.api.Assertions.assertThrows(CliFailure.class,
			() -> InputNames.naming(() -> {
				throw new IllegalArgumentException("source images differ in size");
			}, "A", a, "B", null));
		assertEquals("source images differ in size (A: " + a + ")", named.getMessage());
	}
}
