package org.nmfusion.commands;

import java.io.File;

import ij.ImagePlus;

import org.nmfusion.service.FocusMapImages;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Plugins &gt; NMFusion &gt; Compute Weight Map: dense Siamese CNN inference (docs/method.md, "Siamese CNN") on two
 * registered images; the 32-bit weight map Wc (1 = A sharper / more active), optionally the score map
 * and the branch features FA, FB (stacks of c3 slices at half resolution). Macro:
 * {@code run("Compute Weight Map", "source_a=a.tif source_b=b.tif with_scores=true");}
 */
@Plugin(type = Command.class, menuPath = "Plugins>NMFusion>Compute Weight Map", headless = true,
	label = "Compute Weight Map", description = "Siamese CNN focus/activity weight map (NMFusion stage 2)")
public class ComputeWeightMapCommand extends NMFusionCommand {

	public static final String SOURCE_A = "source_a", SOURCE_B = "source_b", MODEL_DIR = "model_dir", WITH_SCORES = "with_scores",
		WITH_FEATURES = "with_features", WEIGHT_MAP = "weight_map", SCORE_MAP = "score_map";

	@Parameter(label = "Source A", description = "2-D image (8/16/32-bit gray or RGB)")
	private ImagePlus source_a;

	@Parameter(label = "Source B", description = "2-D image of the same size, registered to A")
	private ImagePlus source_b;

	@Parameter(label = "Model folder (empty = bundled)", required = false, persist = false, style = "directory",
		description = "a SavedModel folder exported by 'Train Siamese Model'; empty uses the bundled default model")
	private File model_dir;

	@Parameter(label = "Also output the score map", persist = false)
	private boolean with_scores = false;

	@Parameter(label = "Also output the features FA, FB", persist = false)
	private boolean with_features = false;

	@Parameter(type = ItemIO.OUTPUT, label = "Weight map")
	private ImagePlus weight_map;

	@Parameter(type = ItemIO.OUTPUT, label = "Score map", required = false)
	private ImagePlus score_map;

	@Parameter(type = ItemIO.OUTPUT, label = "Features A", required = false)
	private ImagePlus features_a;

	@Parameter(type = ItemIO.OUTPUT, label = "Features B", required = false)
	private ImagePlus features_b;

	@Override
	public void run() {
		final File dir = model_dir == null || model_dir.getPath().isEmpty() ? null : model_dir;
		final FocusMapImages maps = call(() -> nmfusion.focusMapImages(source_a, source_b, dir, with_scores, with_features));
		if (maps == null) return;
		weight_map = maps.weightMap();
		score_map = maps.scoreMap();
		features_a = maps.featuresA();
		features_b = maps.featuresB();
	}
}
