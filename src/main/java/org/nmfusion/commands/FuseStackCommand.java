package org.nmfusion.commands;

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

	public static final String STACK = "stack", FUSED = "fused";

	@Parameter(label = "Stack", description = "N >= 2 registered planes (8/16/32-bit gray or RGB)")
	private ImagePlus stack;

	@Parameter(type = ItemIO.OUTPUT, label = "Fused")
	private ImagePlus fused;

	@Override
	public void run() {
		final FusedImages out = call(() -> nmfusion.fuseStack(stack, method(), options(), modelDir()));
		if (out != null) fused = out.fused();
	}
}
