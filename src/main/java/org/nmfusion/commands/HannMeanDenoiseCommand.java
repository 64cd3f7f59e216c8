package org.nmfusion.commands;

import ij.ImagePlus;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Plugins &gt; NMFusion &gt; Hann-Mean Denoise: Hann-window mean filter (docs/method.md, section 3) of the
 * input image, optionally ignoring background pixels at or below a threshold. Macro:
 * {@code run("Hann-Mean Denoise", "input=img.tif radius=2 background_threshold=NaN float_output=false");}
 */
@Plugin(type = Command.class, menuPath = "Plugins>NMFusion>Hann-Mean Denoise", headless = true,
	label = "Hann-Mean Denoise", description = "Hann-window mean filter (NMFusion stage 1)")
public class HannMeanDenoiseCommand extends NMFusionCommand {

	public static final String INPUT = "input", RADIUS = "radius", BACKGROUND_THRESHOLD = "background_threshold",
		FLOAT_OUTPUT = "float_output", OUTPUT = "output";

	@Parameter(label = "Image", description = "2-D image: 8/16/32-bit gray or RGB (filtered per channel)")
	private ImagePlus input;

	@Parameter(label = "Radius (pixels)", persist = false,
		description = "Hann window radius r: the window has 2r+1 taps")
	private int radius = 2;

	@Parameter(label = "Background threshold (NaN = off)", persist = false,
		description = "pixels <= this value are treated as unreliable background and ignored; NaN switches this off")
	private double background_threshold = Double.NaN;

	@Parameter(label = "32-bit float output", persist = false,
		description = "return 32-bit float instead of the input's type")
	private boolean float_output = false;

	@Parameter(type = ItemIO.OUTPUT, label = "Denoised")
	private ImagePlus output;

	@Override
	public void run() {
		output = call(() -> nmfusion.denoise(input, radius, background_threshold, float_output));
	}
}
