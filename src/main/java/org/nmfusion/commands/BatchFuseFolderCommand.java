package org.nmfusion.commands;

import java.io.File;
import java.util.List;

import ij.measure.ResultsTable;
import java.awt.GraphicsEnvironment;
import org.nmfusion.batch.PairOutcome;
import org.nmfusion.service.FusionRequest;
import org.scijava.ItemIO;
import org.scijava.ItemVisibility;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Plugins &gt; NMFusion &gt; Batch Fuse Folder: fuses every pair of a folder (files NAME_A.ext and
 * NAME_B.ext, sub-folders included, or the files of the same name in two folders) into an output
 * folder, with one loaded model. Writes NAME_fused.png (8-bit gray, RGB) or .tif and report.csv; a bad
 * pair is reported and skipped; existing outputs are kept unless overwrite is set. Macro:
 * {@code run("Batch Fuse Folder", "input_folder=/data/pairs output_folder=/data/fused method=cnn-nmf");}
 */
@Plugin(type = Command.class, menuPath = "Plugins>NMFusion>Batch Fuse Folder", headless = true, label = "Batch Fuse Folder",
	description = "Fuse every NAME_A / NAME_B pair of a folder")
public class BatchFuseFolderCommand extends FusionCommand {

	public static final String INPUT_FOLDER = "input_folder", FOLDER_B = "folder_b", OUTPUT_FOLDER = "output_folder",
		OVERWRITE = "overwrite", OUTCOMES = "outcomes";

	@Parameter(label = "Input folder", style = "directory", persist = false,
		description = "pairs NAME_A.ext / NAME_B.ext (sub-folders included); or the A images when a folder B is given")
	private File input_folder;

	@Parameter(label = "Folder B (optional)", style = "directory", required = false, persist = false,
		description = "if set, images of the same base name in the input folder and here form the pairs")
	private File folder_b;

	@Parameter(label = "Output folder", style = "directory", persist = false)
	private File output_folder;

	@Parameter(label = "Overwrite existing outputs", persist = false)
	private boolean overwrite = false;

	@Parameter(type = ItemIO.OUTPUT, label = "Batch report")
	private ResultsTable report;

	@Parameter(type = ItemIO.OUTPUT, label = "Outcomes", visibility = ItemVisibility.INVISIBLE)
	private List<PairOutcome> outcomes;

	@Override
	public void run() {
		final File b = folder_b == null || folder_b.getPath().isEmpty() ? null : folder_b;
		outcomes = call("batch failed", () -> nmfusion.fuseBatch(request(FusionRequest.folder(input_folder, b)).output(output_folder)
			.overwrite(overwrite)));
		if (outcomes == null) return;
		report = new ResultsTable();
		for (final PairOutcome o : outcomes) {
			report.incrementCounter();
			report.addValue("name", o.pair().id());
			report.addValue("status", o.status().label());
			report.addValue("message", o.message());
			report.addValue("milliseconds", o.millis());
		}
		if (!GraphicsEnvironment.isHeadless()) report.show("Batch Fuse Folder");
	}
}
