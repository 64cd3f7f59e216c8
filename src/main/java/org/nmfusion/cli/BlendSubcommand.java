package org.nmfusion.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import ij.ImagePlus;

import org.nmfusion.commands.WeightedAverageCommand;
import org.nmfusion.io.ImageFiles;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nmfusion blend}: runs Plugins &gt; NMFusion &gt; Weighted Average (baseline) on files. */
@Command(name = "blend", mixinStandardHelpOptions = true,
	description = "Baseline fusion F = W A + (1 - W) B, with a weight map (e.g. from 'nmfusion weightmap') or a constant weight.",
	footer = "%nExamples:%n  nmfusion blend mri.png ct.png -o average.png%n  nmfusion blend mri.png ct.png --weights w.tif -o fused.png")
public class BlendSubcommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "A", description = "source A")
	Path sourceA;

	@Parameters(index = "1", paramLabel = "B", description = "source B (same size and kind as A)")
	Path sourceB;

	@Option(names = { "-o", "--output" }, required = true, paramLabel = "OUT", description = "fused image (.tif or .png)")
	Path output;

	@Option(names = "--weights", paramLabel = "W.tif", description = "weight map of A, values in [0, 1]")
	Path weights;

	@Option(names = "--weight", paramLabel = "w", defaultValue = "0.5",
		description = "constant weight of A in [0, 1] when no map is given (default: ${DEFAULT-VALUE})")
	double weight;

	@Override
	public Integer call() throws Exception {
		if (!(weight >= 0 && weight <= 1)) throw new CommandLine.ParameterException(spec.commandLine(), "--weight must be in [0, 1]");
		final ImagePlus a = ImageFiles.openPlane(sourceA), b = ImageFiles.openPlane(sourceB);
		final ImagePlus w = weights == null ? null : ImageFiles.openPlane(weights);
		final ImagePlus fused = (ImagePlus) HeadlessCommands.run(WeightedAverageCommand.class, "source_a", a, "source_b", b,
			"weight_map", w, "weight", weight).get("fused");
		ImageFiles.save(fused, output);
		return 0;
	}
}
