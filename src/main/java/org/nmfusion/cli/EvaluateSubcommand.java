package org.nmfusion.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import org.nmfusion.commands.EvaluateFocusModelCommand;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code nmfusion evaluate}: runs Plugins &gt; NMFusion &gt; Evaluate Focus Model. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
	description = "Held-out test of a trained Siamese CNN focus model (see docs/method.md) on images it was not"
		+ " trained on; writes MODEL_REPORT.md into the model folder and prints the report.",
	footer = "%nExample:%n  nmfusion evaluate --images ../shared/data/train --holdout camera.png,coffee.png,gravel.png,page.png"
		+ " --model runs/light/model")
public class EvaluateSubcommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--images", required = true, paramLabel = "DIR", description = "folder of sharp images")
	Path images;

	@Option(names = "--holdout", required = true, paramLabel = "NAMES",
		description = "comma-separated file names in DIR the model was not trained on")
	String holdout;

	@Option(names = "--model", required = true, paramLabel = "DIR", description = "SavedModel folder (from 'nmfusion train')")
	Path model;

	@Option(names = "--pairs", paramLabel = "N", description = "test pairs; default ${DEFAULT-VALUE}")
	int pairs = 24000;

	@Override
	public Integer call() {
		if (pairs < 2) throw new CommandLine.ParameterException(spec.commandLine(), "--pairs must be >= 2, got " + pairs);
		if (holdout.trim().replace(",", "").isEmpty()) {
			throw new CommandLine.ParameterException(spec.commandLine(), "--holdout names no image");
		}
		final Map<String, Object> o = HeadlessCommands.run(EvaluateFocusModelCommand.class, EvaluateFocusModelCommand.MODEL_DIR, model.toFile(),
			EvaluateFocusModelCommand.IMAGE_FOLDER, images.toFile(), EvaluateFocusModelCommand.HOLDOUT, holdout, EvaluateFocusModelCommand.PAIRS,
			pairs);
		final PrintWriter stdout = spec.commandLine().getOut();
		stdout.println(o.get(EvaluateFocusModelCommand.REPORT));
		stdout.flush();
		return 0;
	}
}
