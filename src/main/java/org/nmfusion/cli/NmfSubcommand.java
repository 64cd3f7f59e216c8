package org.nmfusion.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import ij.ImagePlus;
import ij.measure.ResultsTable;

import org.nmfusion.commands.NmfDecompositionCommand;
import org.nmfusion.util.AtomicFiles;
import org.nmfusion.io.ImageFiles;
import org.nmfusion.util.OutputFiles;

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

	private static final String BASIS = "basis.tif", COEFFICIENTS = "coefficients.csv", LOSS = "loss.csv";

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "STACK", description = "input stack (N slices, 8/16/32-bit gray, non-negative)")
	Path input;

	@Option(names = { "-o", "--output" }, required = true, paramLabel = "OUT_DIR",
		description = "output folder (created if missing; must be empty unless --overwrite)")
	Path outDir;

	@Option(names = "--overwrite", description = "write into a non-empty output folder, replacing its basis.tif, coefficients.csv, loss.csv")
	boolean overwrite;

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
		OutputFiles.checkFolder(outDir, overwrite, List.of(input), BASIS, COEFFICIENTS, LOSS);
		final ImagePlus in = ImageFiles.open(input);
		final Map<String, Object> out = HeadlessCommands.run(NmfDecompositionCommand.class, NmfDecompositionCommand.INPUT, in,
			NmfDecompositionCommand.RANK, rank, NmfDecompositionCommand.SOLVER,
			solver.toLowerCase(Locale.ROOT), NmfDecompositionCommand.INIT, init.toLowerCase(Locale.ROOT), NmfDecompositionCommand.SEED, seed,
			NmfDecompositionCommand.MAX_ITERATIONS, maxIterations, NmfDecompositionCommand.TOLERANCE,
			tolerance);
		final List<Path> created = OutputFiles.createFolders(outDir);
		try {
			final Map<Path, AtomicFiles.Writer> files = new LinkedHashMap<>();
			files.put(outDir.resolve(BASIS), ImageFiles.writer((ImagePlus) out.get(NmfDecompositionCommand.BASIS), outDir.resolve(BASIS)));
			files.put(outDir.resolve(COEFFICIENTS), AtomicFiles.string(csv((ResultsTable) out.get(NmfDecompositionCommand.COEFFICIENTS), false)));
			files.put(outDir.resolve(LOSS), AtomicFiles.string(csv((ResultsTable) out.get(NmfDecompositionCommand.LOSS), true)));
			AtomicFiles.writeAll(files);
		}
		catch (IOException | RuntimeException e) {
			OutputFiles.removeEmpty(created);
			throw e;
		}
		return 0;
	}

	/** The table's columns as CSV (header line, then one line per row). */
	static String csv(final ResultsTable table, final boolean firstColumnInteger) {
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
		return csv.toString();
	}
}
