package org.nmfusion.commands;

import java.io.File;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Plugins &gt; NMFusion &gt; Export Focus Model: re-exports the weights of a trained Siamese focus model with
 * the current graph code into a new folder (same weights; MODEL_REPORT.md and TRAINING.md are copied); the new folder is written complete or not at all. Macro:
 * {@code run("Export Focus Model", "model_dir=/tmp/run/model output_folder=/tmp/run/model-new");}
 */
@Plugin(type = Command.class, menuPath = "Plugins>NMFusion>Export Focus Model", headless = true,
	label = "Export Focus Model", description = "Re-export a trained Siamese focus model (NMFusion stage 2)")
public class ExportFocusModelCommand extends NMFusionCommand {

	public static final String MODEL_DIR = "model_dir", MODEL_FOLDER = "model_folder", OUTPUT_FOLDER = "output_folder", OVERWRITE = "overwrite";

	@Parameter(label = "Model folder", style = "directory", persist = false,
		description = "a SavedModel folder exported by 'Train Siamese Model'")
	private File model_dir;

	@Parameter(label = "New model folder", style = "directory", persist = false,
		description = "must not exist or be empty, unless Overwrite is set")
	private File output_folder;

	@Parameter(label = "Overwrite an existing model folder", persist = false)
	private boolean overwrite = false;

	@Parameter(type = ItemIO.OUTPUT, label = "Exported model folder")
	private File model_folder;

	@Override
	public void run() {
		model_folder = call("export failed", () -> nmfusion.exportFocusModel(model_dir, output_folder, overwrite));
	}
}
