package org.nmfusion.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nmfusion.cli.CliRun.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import ij.io.FileSaver;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nmfusion.io.ImageBombs;
import org.nmfusion.testutil.TestImages;

/** Image bombs at every entry point: one line naming the file, its claimed size and the limit; the batch goes on. */
class ImageBombCliTest {

	@TempDir
	Path dir;

	private static void assertRefused(final CliRun.Result r, final Path bomb, final String size) {
		assertEquals(1, r.code, r.err);
		assertEquals("", r.out);
		assertTrue(r.err.startsWith("nmfusion: error: image too large: " + bomb + " claims " + size), r.err);
		assertTrue(r.err.contains("the limit is") || r.err.contains("ImageJ holds at most"), r.err);
		assertEquals(1, r.err.trim().lines().count(), r.err);
	}

	@Test
	void weightMapStackAndSourcesClaimingHugeSizesAreRefusedBeforeReading() throws IOException {
		final Path a = dir.resolve("a.png"), b = dir.resolve("b.png"), out = dir.resolve("out.png");
		new FileSaver(TestImages.gray8(32, 32, 1)).saveAsPng(a.toString());
		new FileSaver(TestImages.gray8(32, 32, 2)).saveAsPng(b.toString());
		final Path map = ImageBombs.tiff(dir.resolve("w.tif"), 100_000, 100_000, null);
		assertRefused(run("fuse", a.toString(), b.toString(), "--weight-map", map.toString(), "-o", out.toString(), "--method", "cnn"), map,
			"100000 x 100000 pixels");
		final Path stack = ImageBombs.tiff(dir.resolve("s.tif"), 512, 512, "ImageJ=1.54p\nimages=100000\nslices=100000\n");
		assertRefused(run("fuse", "--stack", stack.toString(), "-o", dir.resolve("s-out.tif").toString()), stack,
			"512 x 512 pixels, 100000 plane(s)");
		assertRefused(run("fuse", "--stack", stack.toString(), "-o", dir.resolve("s-out.tif").toString(), "--sequential", "--method", "average"),
			stack, "512 x 512 pixels, 100000 plane(s)");
		final Path png = ImageBombs.png(dir.resolve("p.png"), 100_000, 100_000, 8, 2);
		assertRefused(run("denoise", "--radius", "2", png.toString(), "-o", out.toString()), png, "100000 x 100000");
		final Path jpg = ImageBombs.jpeg(dir.resolve("j.jpg"), 60_000, 60_000, 1);
		assertRefused(run("metrics", a.toString(), b.toString(), jpg.toString()), jpg, "60000 x 60000");
		assertFalse(Files.exists(out));
	}

	@Test
	void aBatchListsTheBombAndFusesTheOtherPairs() throws IOException {
		final Path in = Files.createDirectories(dir.resolve("in")), out = dir.resolve("out");
		new FileSaver(TestImages.gray8(32, 32, 1)).saveAsPng(in.resolve("good_A.png").toString());
		new FileSaver(TestImages.gray8(32, 32, 2)).saveAsPng(in.resolve("good_B.png").toString());
		new FileSaver(TestImages.gray8(32, 32, 3)).saveAsPng(in.resolve("bomb_A.png").toString());
		ImageBombs.png(in.resolve("bomb_B.png"), 100_000, 100_000, 8, 0);
		final CliRun.Result r = run("fuse", "--batch", in.toString(), "-o", out.toString(), "--method", "average");
		assertEquals(0, r.code, r.err);
		assertTrue(Files.exists(out.resolve("good_fused.png")));
		assertTrue(r.err.contains("bomb: image too large: " + in.resolve("bomb_B.png")), r.err);
	}
}
