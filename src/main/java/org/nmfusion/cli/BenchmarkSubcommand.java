package org.nmfusion.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.nmfusion.benchmark.BenchmarkRow;
import org.nmfusion.commands.BenchmarkFolderCommand;
import org.nmfusion.commands.FusionCommand;
import org.nmfusion.fusion.FusionPresets;
import org.nmfusion.util.ProgressReport;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code nmfusion benchmark}: runs Plugins &gt; NMFusion &gt; Benchmark Folder. */
@Command(name = "benchmark", mixinStandardHelpOptions = true, sortOptions = false,
	description = "Fuse every NAME_A/NAME_B pair under a data folder with each method, score the results and other tools' "
		+ "stored outputs with the 20 metrics, and write OUT/results.csv, OUT/summary.md and OUT/chart-*.png. A re-run resumes.",
	footer = "%nExamples:%n  nmfusion benchmark --data ../shared/data --peers ../shared/reference/peers -o bench/%n"
		+ "  nmfusion benchmark --data medical/ --preset medical --methods cnn,cnn-nmf --metrics Qabf,MI,VIF,Qy -o bench/")
public class BenchmarkSubcommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--data", required = true, paramLabel = "DIR", description = "folder of NAME_A/NAME_B pairs (sub-folders = groups)")
	Path data;

	@Option(names = "--methods", paramLabel = "LIST", description = "'all' (default: every preset and method) or a comma list of "
		+ "presets, methods and specs, e.g. medical,cnn,cnn-nmf(alpha=1)")
	String methods;

	@Option(names = "--preset", paramLabel = "P", description = "benchmark this preset (medical, multifocus, irvis), before the --methods "
		+ "if any are given")
	String preset;

	@Option(names = "--peers", paramLabel = "DIR", description = "other tools' outputs: DIR/TOOL/<same layout as the data>/NAME.png")
	Path peers;

	@Option(names = "--metrics", paramLabel = "LIST", defaultValue = "all", description = "'all' (default) or a comma list of metrics")
	String metrics;

	@Option(names = "--model", paramLabel = "DIR", description = "a focus model folder (default: the bundled model)")
	Path model;

	@Option(names = { "-o", "--output" }, required = true, paramLabel = "OUT_DIR", description = "output folder")
	Path output;

	@Override
	public Integer call() {
		final FuseSubcommand.BatchProgress progress = new FuseSubcommand.BatchProgress(spec.commandLine().getErr(),
			ProgressReport.Step.BENCHMARK_PAIR);
		@SuppressWarnings("unchecked")
		final List<BenchmarkRow> rows = (List<BenchmarkRow>) HeadlessCommands.runShowingProgress(BenchmarkFolderCommand.class, progress,
			BenchmarkFolderCommand.DATA_FOLDER, data.toFile(), BenchmarkFolderCommand.METHODS, methodList(), BenchmarkFolderCommand.PEERS_FOLDER,
			peers == null ? null : peers.toFile(), BenchmarkFolderCommand.OUTPUT_FOLDER, output.toFile(), BenchmarkFolderCommand.METRICS, metrics,
			FusionCommand.MODEL_DIR, model == null ? null : model.toFile()).get(BenchmarkFolderCommand.ROWS);
		spec.commandLine().getOut().printf(Locale.ROOT, "%d rows in %s; summary: %s%n", rows.size(), output.resolve("results.csv"),
			output.resolve("summary.md"));
		spec.commandLine().getOut().flush();
		return 0;
	}

	/** The methods to run: the preset first (if given), then --methods; 'all' when neither is given. */
	private String methodList() {
		if (preset == null) return methods == null ? "all" : methods;
		if (FusionPresets.find(preset) == null)
			throw new CommandLine.ParameterException(spec.commandLine(), "unknown preset '" + preset + "'; presets: "
				+ String.join(", ", FusionPresets.names()));
		return methods == null ? preset.trim() : preset.trim() + "," + methods;
	}
}
