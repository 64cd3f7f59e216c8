package org.nmfusion.commands;

import java.awt.GraphicsEnvironment;
import java.io.File;
import java.util.List;

import ij.measure.ResultsTable;
import org.nmfusion.benchmark.BenchmarkRow;
import org.scijava.ItemIO;
import org.scijava.ItemVisibility;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Plugins &gt; NMFusion &gt; Benchmark Folder: fuses every NAME_A / NAME_B pair of a data folder with each
 * chosen method, scores the results (and other tools' stored outputs) with the fusion-quality metrics
 * (docs/metrics.md) and writes results.csv, summary.md and bar charts to the output folder; a re-run
 * resumes. Macro:
 * {@code run("Benchmark Folder", "data_folder=/data output_folder=/tmp/bench methods=all peers_folder=/data/peers");}
 */
@Plugin(type = Command.class, menuPath = "Plugins>NMFusion>Benchmark Folder", headless = true, label = "Benchmark Folder",
	description = "Score fusion methods (and other tools' outputs) on a folder of pairs")
public class BenchmarkFolderCommand extends FusionCommand {

	public static final String DATA_FOLDER = "data_folder", METHODS = "methods", PEERS_FOLDER = "peers_folder",
		OUTPUT_FOLDER = "output_folder", METRICS = "metrics", ROWS = "rows";

	@Parameter(label = "Data folder", style = "directory", persist = false, description = "NAME_A / NAME_B pairs, grouped by sub-folder")
	private File data_folder;

	@Parameter(label = "Methods", persist = false, description = "'all' or a comma list of method names")
	private String methods = "all";

	@Parameter(label = "Other tools' outputs (optional)", style = "directory", required = false, persist = false,
		description = "one sub-folder per tool, mirroring the data folder's layout")
	private File peers_folder;

	@Parameter(label = "Output folder", style = "directory", persist = false)
	private File output_folder;

	@Parameter(label = "Metrics", persist = false, description = "'all' or a comma list (EN, MI, NMI, ..., Qc)")
	private String metrics = "all";

	@Parameter(type = ItemIO.OUTPUT, label = "Benchmark results")
	private ResultsTable results;

	@Parameter(type = ItemIO.OUTPUT, label = "Rows", visibility = ItemVisibility.INVISIBLE)
	private List<BenchmarkRow> rows;

	@Override
	public void run() {
		final File peers = peers_folder == null || peers_folder.getPath().isEmpty() ? null : peers_folder;
		rows = call("benchmark failed",
			() -> nmfusion.benchmark(data_folder, methods, peers, output_folder, metrics, options(), modelDir(), this::isCanceled));
		if (rows == null) return;
		results = new ResultsTable();
		for (final BenchmarkRow r : rows) {
			results.incrementCounter();
			results.addValue("group", r.group());
			results.addValue("pair", r.pair());
			results.addValue("method", r.method());
			results.addValue("seconds", r.seconds());
		}
		if (!GraphicsEnvironment.isHeadless()) results.show("Benchmark Folder");
	}
}
