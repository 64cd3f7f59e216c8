package org.nmfusion.cli;

import java.io.File;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import org.nmfusion.commands.TrainSiameseModelCommand;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code nmfusion train}: runs Plugins &gt; NMFusion &gt; Train Siamese Model. */
@Command(name = "train", mixinStandardHelpOptions = true,
	description = "Train the Siamese CNN focus classifier (see docs/method.md) on a folder of sharp images; writes"
		+ " OUT/model (SavedModel + TRAINING.md, MODEL_REPORT.md when --holdout is given) and OUT/checkpoint."
		+ " Progress goes to standard output.",
	footer = "%nExample:%n  nmfusion train --images ../shared/data/train --holdout camera.png,coffee.png,gravel.png,page.png"
		+ " --width light --steps 4000 --checkpoint-every 1000 --seed 1 --out runs/light")
public class TrainSubcommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--images", required = true, paramLabel = "DIR", description = "folder of sharp training images")
	Path images;

	@Option(names = "--holdout", paramLabel = "NAMES", description = "comma-separated file names in DIR used only for the held-out test")
	String holdout = "";

	@Option(names = "--width", paramLabel = "W", description = "light (16,32,64), liu (64,128,256) or c1,c2,c3; default ${DEFAULT-VALUE}")
	String width = "light";

	@Option(names = "--steps", paramLabel = "N", description = "training steps (mini-batches); default ${DEFAULT-VALUE}")
	long steps = 4000;

	@Option(names = "--batch", paramLabel = "N", description = "pairs per step; default ${DEFAULT-VALUE}")
	int batch = 128;

	@Option(names = "--lr", paramLabel = "RATE", description = "Adam learning rate; default ${DEFAULT-VALUE}")
	double lr = 1e-3;

	@Option(names = "--seed", paramLabel = "N", description = "seed of weights and pair stream; default ${DEFAULT-VALUE}")
	long seed = 1;

	@Option(names = "--threads", paramLabel = "N", description = "TensorFlow threads, 0 = all; default ${DEFAULT-VALUE}")
	int threads = 0;

	@Option(names = "--checkpoint-every", paramLabel = "N", description = "steps between checkpoints; default ${DEFAULT-VALUE}")
	long checkpointEvery = 1000;

	@Option(names = "--test-pairs", paramLabel = "N", description = "held-out test pairs; default ${DEFAULT-VALUE}")
	int testPairs = 24000;

	@Option(names = "--resume", description = "continue from OUT/checkpoint")
	boolean resume;

	@Option(names = "--overwrite", description = "train afresh into an OUT that holds an earlier run, replacing its model and checkpoint")
	boolean overwrite;

	@Option(names = "--stop-at", paramLabel = "N", description = "stop after N steps of this session and export"
		+ " (the learning-rate schedule still follows --steps; e.g. to compare widths at equal step counts);"
		+ " default: run to --steps")
	Long stopAt;

	@Option(names = "--out", required = true, paramLabel = "OUT", description = "output folder")
	Path out;

	@Override
	public Integer call() {
		if (stopAt != null && stopAt < 1) {
			throw new CommandLine.ParameterException(spec.commandLine(), "--stop-at must be >= 1");
		}
		final PrintWriter stdout = spec.commandLine().getOut();
		final Map<String, Object> o = HeadlessCommands.runShowingInfo(TrainSiameseModelCommand.class, line -> {
			stdout.println(line);
			stdout.flush();
		}, TrainSiameseModelCommand.IMAGE_FOLDER, images.toFile(), TrainSiameseModelCommand.HOLDOUT, holdout, TrainSiameseModelCommand.WIDTH, width,
			TrainSiameseModelCommand.STEPS, steps, TrainSiameseModelCommand.BATCH, batch,
			TrainSiameseModelCommand.LEARNING_RATE, lr, TrainSiameseModelCommand.SEED, seed, TrainSiameseModelCommand.THREADS, threads,
			TrainSiameseModelCommand.CHECKPOINT_EVERY, checkpointEvery,
			TrainSiameseModelCommand.TEST_PAIRS, testPairs, TrainSiameseModelCommand.RESUME, resume, TrainSiameseModelCommand.OVERWRITE, overwrite,
			TrainSiameseModelCommand.STOP_AT, stopAt == null ? 0L : stopAt,
			TrainSiameseModelCommand.OUTPUT_FOLDER, out.toFile(), TrainSiameseModelCommand.COMMAND_LINE, commandLine());
		stdout.println("model: " + (File) o.get(TrainSiameseModelCommand.MODEL_FOLDER));
		stdout.flush();
		return 0;
	}

	/** The reproducible command recorded in TRAINING.md. */
	private String commandLine() {
		final StringBuilder cmd = new StringBuilder("scripts/nmfusion train --images " + images);
		if (!holdout.isEmpty()) cmd.append(" --holdout ").append(holdout);
		cmd.append(" --width ").append(width).append(" --steps ").append(steps).append(" --batch ").append(batch)
			.append(" --lr ").append(lr).append(" --seed ").append(seed);
		if (threads != 0) cmd.append(" --threads ").append(threads);
		cmd.append(" --checkpoint-every ").append(checkpointEvery).append(" --test-pairs ").append(testPairs);
		if (resume) cmd.append(" --resume");
		if (stopAt != null) cmd.append(" --stop-at ").append(stopAt);
		cmd.append(" --out ").append(out);
		return cmd.toString();
	}
}
