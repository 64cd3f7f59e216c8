package org.nmfusion.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import ij.IJ;
import ij.ImagePlus;
import ij.ImageStack;
import ij.io.FileSaver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nmfusion.testutil.TestImages;
import org.scijava.command.CommandModule;

/** Fuse Images and Fuse Stack as a macro or a headless server runs them: open images, or files only. */
class FuseImagesCommandTest extends HeadlessCommandTest {

	@TempDir
	Path dir;

	@Test
	void openImagesGiveTheFusedImageAndOnRequestTheWeightMap() throws Exception {
		final CommandModule m = runCommand(FuseImagesCommand.class, "source_a", TestImages.gray8(40, 32, 1), "source_b",
			TestImages.gray8(40, 32, 2), "method", "pca", "show_weight_map", true);
		assertFalse(m.isCanceled(), String.valueOf(m.getCancelReason()));
		assertEquals(8, ((ImagePlus) m.getOutput("fused")).getBitDepth());
		assertNotNull(m.getOutput("weight_map"));
	}

	@Test
	void filesOnlyForAServerAndNoSilentOverwrite() throws Exception {
		final Path a = dir.resolve("a.png"), b = dir.resolve("b.png"), out = dir.resolve("f.png");
		new FileSaver(TestImages.gray8(40, 32, 3)).saveAsPng(a.toString());
		new FileSaver(TestImages.gray8(40, 32, 4)).saveAsPng(b.toString());
		CommandModule m = runCommand(FuseImagesCommand.class, "file_a", a.toFile(), "file_b", b.toFile(), "output_file", out.toFile(), "method",
			"average");
		assertFalse(m.isCanceled(), String.valueOf(m.getCancelReason()));
		assertEquals(40, IJ.openImage(out.toString()).getWidth());
		m = runCommand(FuseImagesCommand.class, "file_a", a.toFile(), "file_b", b.toFile(), "output_file", out.toFile(), "method", "average");
		assertTrue(m.isCanceled() && m.getCancelReason().contains("exists"), String.valueOf(m.getCancelReason()));
		m = runCommand(FuseImagesCommand.class, "file_a", a.toFile(), "file_b", b.toFile(), "output_file", out.toFile(), "method", "average",
			"overwrite", true);
		assertFalse(m.isCanceled(), String.valueOf(m.getCancelReason()));

		final ImageStack st = new ImageStack(40, 32);
		for (int i = 0; i < 3; i++)
			st.addSlice(TestImages.gray8(40, 32, 10 + i).getProcessor());
		final Path stack = dir.resolve("s.tif"), fused = dir.resolve("s_fused.tif");
		new FileSaver(new ImagePlus("s", st)).saveAsTiffStack(stack.toString());
		m = runCommand(FuseStackCommand.class, "stack_file", stack.toFile(), "output_file", fused.toFile(), "method", "laplacian-max", "sequential",
			true);
		assertFalse(m.isCanceled(), String.valueOf(m.getCancelReason()));
		assertTrue(Files.exists(fused));
		m = runCommand(FuseImagesCommand.class, "file_a", a.toFile(), "method", "average", "output_file", new File(dir.toFile(), "x.png"));
		assertTrue(m.isCanceled(), "one source file is not enough");
		assertNull(m.getOutput("fused"));
	}
}
