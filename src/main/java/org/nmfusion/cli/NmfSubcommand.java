package org.nmfusion.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import ij.ImagePlus;
import ij.measure.ResultsTable;

import org.nmfusion.commands.NmfDecompositionCommand;
import org.nmfusion.util.AtomicFiles;
import org.nmfusion.io.ImageFiles;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nmfusion nmf}: runs Plugins &gt; NMFusion &gt; NMF Decomposition on a stack file. */
@Command(name = "nmf", mixinStandardHelpOptions = true,
	description = "Non-negative matrix factorization of an image stack: slice i ~ sum_j coefficients[i][j] * basis_j.%n"
		+ "Writes OUT_DIR/basis.tif (k slices, 32-bit), OUT_DIR/coefficients.csv (N rows, k columns) and OUT_DIR/loss.csv.",
	footer = "%nExample:%n  nmfusion nmf stack.tif --rank 3 --solver hals --init nndsvda -o nmf-out")
public class NmfSubcommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "STACK", description = "input stack (N slices, 8/16/32-bit gray, non-negative)")
	Path input;

	@Option(names = { "-o", "--output" }, required = true, paramLabel = "OUT_DIR", description = "output folder (created if missing)")
	Path outDir;

	@Option(names = "--rank", required = true, paramLabel = "K", description = "number of basis images (1 .. min(N, pixels))")
	int rank;

	@Option(names = "--solver", paramLabel = "mu|hals", defaultValue = "hals", description = "update rule (default: ${DEFAULT-VALUE})")
	String solver;

	@Option(names = "--init", paramLabel = "nndsvd|nndsvda|random", defaultValue = "nndsvda",
		description = "initialisation (default: ${DEFAULT-VALUE})")
	String init;

	@Option(names = "--seed", paramLabel = "S", defaultValue = "0", description = "random seed (default: ${DEFAULT-VALUE})")
	long seed;

	@Option(names = "--max-iter", paramLabel = "N", defaultValue = "200", description = "maximum iterations (default: ${DEFAULT-VALUE})")
	int maxIterations;

	@Option(names = "--tol", paramLabel = "T", defaultValue = "1e-4",
		description = "stop when the relative loss change is below T; 0 runs all iterations (default: ${DEFAULT-VALUE})")
	double tolerance;

	@Override
	public Integer call() throws Exception {
		final CommandLine cl = spec.commandLine();
		final ImagePlus in = ImageFiles.open(input);
		if (Files.exists(outDir) && !Files.isDirectory(outDir)) throw new IOException("output exists and is not a folder: " + outDir);
		Files.createDirectories(outDir);
		final Map<String, Object> out = HeadlessCommands.run(NmfDecompositionCommand.class, "input", in, "rank", rank, "solver",
			solver.toLowerCase(Locale.ROOT), "init", init.toLowerCase(Locale.ROOT), "seed", seed, "max_iterations", maxIterations, "tolerance",
			tolerance);
		ImageFiles.save((ImagePlus) out.get("basis"), outDir.resolve("basis.tif"));
		writeCsv((ResultsTable) out.get("coefficients"), outDir.resolve("coefficients.csv"), false);
		writeCsv((ResultsTable) out.get("loss"), outDir.resolve("loss.csv"), true);
		return 0;
	}

	/** Writes the table's columns as CSV (header line, then one line per row), atomically. */
	static void writeCsv(final ResultsTable table, final Path file, final boolean firstColumnInteger) throws IOException {
		final String[] headings = table.getHeadings();
		final StringBuilder csv = new StringBuilder(String.join(",", headings)).append('\n');
		for (int r = 0; r < table.size(); r++) {
			for (int c = 0; c < headings.length; c++) {
				if (c > 0) csv.append(',');
				final double v = table.getValue(headings[c], r);
				csv.append(c == 0 && firstColumnInteger ? Long.toString((long) v) : Double.toString(v));
			}
			csv.append('\n');
		}
		AtomicFiles.writeString(file, csv);
	}
}
