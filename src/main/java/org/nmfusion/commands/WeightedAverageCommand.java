package org.nmfusion.commands;

import ij.ImagePlus;

import org.nmfusion.service.NMFusionService;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.command.ContextCommand;
import org.scijava.log.LogService;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Plugins &gt; NMFusion &gt; Weighted Average (baseline): F = W A + (1 - W) B with a weight map
 * (e.g. from Compute Weight Map) or a constant weight (0.5 = plain average). Macro:
 * {@code run("Weighted Average (baseline)", "source_a=a.png source_b=b.png weight_map=w.tif weight=0.5");}
 */
@Plugin(type = Command.class, menuPath = "Plugins>NMFusion>Weighted Average (baseline)", headless = true,
	label = "Weighted Average (baseline)", description = "Pixel-wise weighted average of two registered images")
public class WeightedAverageCommand extends ContextCommand {

	@Parameter
	private NMFusionService nmfusion;

	@Parameter
	private LogService log;

	@Parameter(label = "Source A")
	private ImagePlus source_a;

	@Parameter(label = "Source B")
	private ImagePlus source_b;

	@Parameter(label = "Weight map of A (optional)", required = false,
		description = "32-bit map with values in [0, 1]; when absent the constant weight is used")
	private ImagePlus weight_map;

	@Parameter(label = "Constant weight of A", min = "0", max = "1", persist = false)
	private double weight = 0.5;

	@Parameter(type = ItemIO.OUTPUT, label = "Fused")
	private ImagePlus fused;

	@Override
	public void run() {
		fused = CommandFailures.runOrCancel(this, log, () -> nmfusion.weightedAverage(source_a, source_b, weight_map, weight));
	}
}
