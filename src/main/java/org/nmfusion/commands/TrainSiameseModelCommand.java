package org.nmfusion.commands;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

import org.nmfusion.train.Widths;
import org.nmfusion.train.TrainingConfig;
import org.scijava.ItemIO;
import org.scijava.ItemVisibility;
import org.scijava.app.StatusService;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Plugins &gt; NMFusion &gt; Train Siamese Model: trains the Siamese focus network (see docs/method.md) on
 * patch pairs cut from a folder of sharp images and exports a SavedModel to OUTPUT/model. Progress goes to
 * the status bar and the log (info level); cancelling stops after the current step and still exports. Macro:
 * {@code run("Train Siamese Model", "image_folder=/data/sharp width=light steps=4000 seed=1 output_folder=/tmp/run");}
 */
@Plugin(type = Command.class, menuPath = "Plugins>NMFusion>Train Siamese Model", headless = true,
	label = "Train Siamese Model", description = "Train the Siamese CNN focus classifier (NMFusion stage 2)")
public class TrainSiameseModelCommand extends NMFusionCommand {

	public static final String STOP_AT = "stop_at", COMMAND_LINE = "command_line", BATCH = "batch", CHECKPOINT_EVERY = "checkpoint_every",
		HOLDOUT = "holdout", IMAGE_FOLDER = "image_folder", LEARNING_RATE = "learning_rate", MODEL_FOLDER = "model_folder",
		OUTPUT_FOLDER = "output_folder", OVERWRITE = "overwrite", RESUME = "resume", SEED = "seed", STEPS = "steps", TEST_PAIRS = "test_pairs",
		THREADS = "threads", WIDTH = "width";

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

	@Parameter(label = "Overwrite an earlier run in the output folder", persist = false,
		description = "without it (or Resume), an output folder that is not empty is refused")
	private boolean overwrite = false;

	@Parameter(label = "Stop after (steps of this session, 0 = never)", min = "0", persist = false,
		description = "stop early after this many steps and export; the learning-rate schedule still follows Steps")
	private long stop_at = 0;

	@Parameter(label = "Output folder", style = "directory", persist = false)
	private File output_folder;

	@Parameter(label = "Command to record", required = false, persist = false, visibility = ItemVisibility.INVISIBLE,
		description = "the reproducible command written to TRAINING.md; empty = the equivalent macro call")
	private String command_line;

	@Parameter(type = ItemIO.OUTPUT, label = "Model folder")
	private File model_folder;

	@Override
	public void run() {
		model_folder = call("training failed", () -> {
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
			c.overwrite = overwrite;
			c.out = output_folder;
			return nmfusion.trainFocusModel(c, recordedCommand(), this::progress, stopCondition());
		});
		if (status != null) status.clearStatus();
	}

	private String recordedCommand() {
		if (command_line != null && !command_line.isEmpty()) return command_line;
		return "run(\"Train Siamese Model\", \"image_folder=" + image_folder + " holdout=[" + holdout + "] width=" + width +
			" steps=" + steps + " batch=" + batch + " learning_rate=" + learning_rate + " seed=" + seed +
			(stop_at > 0 ? " stop_at=" + stop_at : "") + " output_folder=" + output_folder + "\");";
	}

	private void progress(long step, long total, String message) {
		if (status != null)
			status.showStatus((int) Math.min(Integer.MAX_VALUE, step),
				(int) Math.min(Integer.MAX_VALUE, total), "NMFusion training: step " + step + "/" + total);
		if (log != null) log.info(message);
	}

	/** Polled once per step: a cancel, or the stop step of this session reached. */
	private BooleanSupplier stopCondition() {
		final AtomicLong polls = new AtomicLong();
		return () -> isCanceled() || stop_at > 0 && polls.incrementAndGet() > stop_at;
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
