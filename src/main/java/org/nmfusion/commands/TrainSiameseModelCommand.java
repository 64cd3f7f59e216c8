package org.nmfusion.commands;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.nmfusion.service.NMFusionService;
import org.nmfusion.train.Widths;
import org.nmfusion.train.TrainingConfig;
import org.scijava.ItemIO;
import org.scijava.app.StatusService;
import org.scijava.command.Command;
import org.scijava.command.ContextCommand;
import org.scijava.log.LogService;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Plugins &gt; NMFusion &gt; Train Siamese Model: trains the Siamese focus network (SPEC section 2) on
 * patch pairs cut from a folder of sharp images and exports a SavedModel to OUTPUT/model. Progress goes to
 * the status bar and the log; cancelling stops after the current step and still exports. Macro:
 * {@code run("Train Siamese Model", "image_folder=/data/sharp width=light steps=4000 seed=1 output_folder=/tmp/run");}
 */
@Plugin(type = Command.class, menuPath = "Plugins>NMFusion>Train Siamese Model", headless = true,
	label = "Train Siamese Model", description = "Train the Siamese CNN focus classifier (NMFusion stage 2)")
public class TrainSiameseModelCommand extends ContextCommand {

	@Parameter
	private NMFusionService nmfusion;

	@Parameter
	private LogService log;

	@Parameter(required = false)
	private StatusService status;

	@Parameter(label = "Folder of sharp images", style = "directory", persist = false)
	private File image_folder;

	@Parameter(label = "Hold-out images (comma-separated file names)", required = false, persist = false,
		description = "images of the folder used only for the held-out test (MODEL_REPORT.md)")
	private String holdout = "";

	@Parameter(label = "Width", choices = { "light", "liu" }, persist = false,
		description = "light = 16/32/64 channels, liu = 64/128/256 (or c1,c2,c3)")
	private String width = "light";

	@Parameter(label = "Steps", min = "1", persist = false)
	private long steps = 4000;

	@Parameter(label = "Batch size", min = "2", persist = false)
	private int batch = 128;

	@Parameter(label = "Learning rate", persist = false)
	private double learning_rate = 1e-3;

	@Parameter(label = "Seed", persist = false)
	private long seed = 1;

	@Parameter(label = "TensorFlow threads (0 = all)", min = "0", persist = false)
	private int threads = 0;

	@Parameter(label = "Checkpoint every (steps)", min = "0", persist = false)
	private long checkpoint_every = 1000;

	@Parameter(label = "Held-out test pairs", min = "2", persist = false)
	private int test_pairs = 24000;

	@Parameter(label = "Resume from checkpoint", persist = false)
	private boolean resume = false;

	@Parameter(label = "Output folder", style = "directory", persist = false)
	private File output_folder;

	@Parameter(label = "Command line to record", required = false, persist = false, visibility = org.scijava.ItemVisibility.INVISIBLE)
	private String command_line;

	@Parameter(label = "Print progress to standard output", required = false, persist = false,
		description = "used by the command line, whose log is silenced")
	private boolean print_progress = false;

	@Parameter(type = ItemIO.OUTPUT, label = "Model folder")
	private File model_folder;

	@Override
	public void run() {
		model_folder = CommandFailures.runOrCancel(this, log, () -> {
			final TrainingConfig c = new TrainingConfig();
			c.images = image_folder;
			c.holdout = names(holdout);
			c.widths = Widths.parse(width);
			c.steps = steps;
			c.batch = batch;
			c.learningRate = learning_rate;
			c.seed = seed;
			c.threads = threads;
			c.checkpointEvery = checkpoint_every;
			c.logEvery = Math.max(1, Math.min(500, steps / 20));
			c.testPairs = test_pairs;
			c.resume = resume;
			c.out = output_folder;
			final String cmd = command_line != null && !command_line.isEmpty() ? command_line
				: "run(\"Train Siamese Model\", \"image_folder=" + image_folder + " holdout=[" + holdout + "] width=" + width +
					" steps=" + steps + " batch=" + batch + " learning_rate=" + learning_rate + " seed=" + seed +
					" output_folder=" + output_folder + "\");";
			try {
				return nmfusion.trainFocusModel(c, cmd, (step, total, message) -> {
					if (status != null) status.showStatus((int) Math.min(Integer.MAX_VALUE, step),
						(int) Math.min(Integer.MAX_VALUE, total), "NMFusion training: step " + step + "/" + total);
					if (log != null) log.info(message);
					if (print_progress) {
						System.out.println(message);
						System.out.flush();
					}
				}, this::isCanceled);
			}
			catch (IOException e) {
				throw new IllegalArgumentException("training failed: " + e.getMessage(), e);
			}
		});
		if (status != null) status.clearStatus();
	}

	static List<String> names(String csv) {
		final List<String> out = new ArrayList<>();
		if (csv == null) return out;
		for (String s : csv.split(",")) {
			if (!s.trim().isEmpty()) out.add(s.trim());
		}
		return out;
	}
}
