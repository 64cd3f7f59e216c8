package org.nmfusion.commands;

import java.io.File;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Plugins &gt; NMFusion &gt; Evaluate Focus Model: the held-out test of a trained Siamese focus model (see
 * docs/method.md) on named images of a folder; writes MODEL_REPORT.md into the model folder and outputs the
 * report. Macro:
 * {@code run("Evaluate Focus Model", "model_dir=/tmp/run/model image_folder=/data/sharp holdout=camera.png pairs=24000");}
 */
@Plugin(type = Command.class, menuPath = "Plugins>NMFusion>Evaluate Focus Model", headless = true,
	label = "Evaluate Focus Model", description = "Held-out test of a trained Siamese focus model (NMFusion stage 2)")
public class EvaluateFocusModelCommand extends NMFusionCommand {

	public static final String HOLDOUT = "holdout", IMAGE_FOLDER = "image_folder", MODEL_DIR = "model_dir", PAIRS = "pairs", REPORT = "report";

	@Parameter(label = "Model folder", style = "directory", persist = false,
		description = "a SavedModel folder exported by 'Train Siamese Model'")
	private File model_dir;

	@Parameter(label = "Folder of sharp images", style = "directory", persist = false)
	private File image_folder;

	@Parameter(label = "Hold-out images (comma-separated file names)", persist = false,
		description = "images of the folder the model was not trained on")
	private String holdout;

	@Parameter(label = "Test pairs", min = "2", persist = false)
	private int pairs = 24000;

	@Parameter(type = ItemIO.OUTPUT, label = "Held-out report")
	private String report;

	@Override
	public void run() {
		final String[] names = TrainSiameseModelCommand.names(holdout).toArray(new String[0]);
		report = call("evaluation failed", () -> nmfusion.evaluateFocusModel(model_dir, image_folder, pairs, names));
	}
}
