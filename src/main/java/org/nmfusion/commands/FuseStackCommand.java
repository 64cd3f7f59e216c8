package org.nmfusion.commands;

import java.io.File;
import java.io.IOException;

import ij.ImagePlus;
import org.nmfusion.service.FusedImages;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Plugins &gt; NMFusion &gt; Fuse Stack: fuses the N &gt;= 2 registered planes of a stack (a focus stack, a
 * series) into one image, sequentially, with progress per plane; see docs/method.md. Macro:
 * {@code run("Fuse Stack", "stack=focus.tif method=cnn-focus");}
 */
@Plugin(type = Command.class, menuPath = "Plugins>NMFusion>Fuse Stack", headless = true, label = "Fuse Stack",
	description = "Fuse the planes of a focus stack or series into one image")
public class FuseStackCommand extends FusionCommand {

	public static final String STACK = "stack", FUSED = "fused", STACK_FILE = "stack_file", OUTPUT_FILE = "output_file",
			OVERWRITE = "overwrite";

	@Parameter(label = "Stack", required = false, description = "N >= 2 registered planes (8/16/32-bit gray or RGB)")
	private ImagePlus stack;

	@Parameter(label = "Stack file (instead of an open stack)", required = false, persist = false, style = "open")
	private File stack_file;

	@Parameter(label = "Output file (with the stack file)", required = false, persist = false, style = "save")
	private File output_file;

	@Parameter(label = "Overwrite an existing output file", persist = false)
	private boolean overwrite = false;

	@Parameter(type = ItemIO.OUTPUT, label = "Fused")
	private ImagePlus fused;

	@Override
	public void run() {
		final boolean files = FuseImagesCommand.given(stack_file) || FuseImagesCommand.given(output_file);
		final FusedImages out = call(() -> {
			if (!files) return nmfusion.fuseStack(stack, method(), options(), modelDir(), this::isCanceled);
			try {
				return nmfusion.fuseFiles(stack_file, null, true, output_file, method(), options(), modelDir(), overwrite, this::isCanceled);
			}
			catch (IOException e) {
				throw new IllegalArgumentException(e.getMessage(), e);
			}
		});
		if (out != null) fused = out.fused();
	}
}
