package org.nmfusion.cli;

import java.io.File;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import org.nmfusion.commands.ExportFocusModelCommand;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code nmfusion export-model}: runs Plugins &gt; NMFusion &gt; Export Focus Model. */
@Command(name = "export-model", mixinStandardHelpOptions = true,
	description = "Re-export a trained Siamese CNN focus model with the current graph code (same weights) into a"
		+ " new folder; MODEL_REPORT.md and TRAINING.md are copied.",
	footer = "%nExample:%n  nmfusion export-model --from runs/light/model --to runs/light/model-new")
public class ExportModelSubcommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--from", required = true, paramLabel = "OLD_DIR", description = "trained model folder")
	Path from;

	@Option(names = "--to", required = true, paramLabel = "NEW_DIR", description = "new model folder (must not exist or be empty unless --overwrite)")
	Path to;

	@Option(names = "--overwrite", description = "replace an existing model folder NEW_DIR")
	boolean overwrite;

	@Override
	public Integer call() {
		final Map<String, Object> o = HeadlessCommands.run(ExportFocusModelCommand.class, ExportFocusModelCommand.MODEL_DIR, from.toFile(),
			ExportFocusModelCommand.OUTPUT_FOLDER, to.toFile(), ExportFocusModelCommand.OVERWRITE, overwrite);
		final PrintWriter stdout = spec.commandLine().getOut();
		stdout.println("re-exported " + from + " -> " + (File) o.get(ExportFocusModelCommand.MODEL_FOLDER));
		stdout.flush();
		return 0;
	}
}
