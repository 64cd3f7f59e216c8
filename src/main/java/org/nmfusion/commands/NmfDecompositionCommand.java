package org.nmfusion.commands;

import java.awt.GraphicsEnvironment;

import ij.ImagePlus;
import ij.gui.Plot;
import ij.measure.ResultsTable;

import org.nmfusion.nmf.NmfOptions;
import org.nmfusion.nmf.NmfResult;
import org.nmfusion.service.NmfImages;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Plugins &gt; NMFusion &gt; NMF Decomposition: non-negative matrix factorization of a stack of N slices,
 * slice i ~ sum_j coefficients[i][j] * basis_j, with k basis images (32-bit stack), an N x k coefficient
 * table and the loss per iteration (table; plotted when not headless). Macro:
 * {@code run("NMF Decomposition", "input=stack.tif rank=3 solver=hals init=nndsvda seed=0 max_iterations=200 tolerance=1e-4");}
 */
@Plugin(type = Command.class, menuPath = "Plugins>NMFusion>NMF Decomposition", headless = true, label = "NMF Decomposition",
	description = "Non-negative matrix factorization of an image stack (NMFusion)")
public class NmfDecompositionCommand extends NMFusionCommand {

	public static final String INPUT = "input", RANK = "rank", SOLVER = "solver", INIT = "init", SEED = "seed",
		MAX_ITERATIONS = "max_iterations", TOLERANCE = "tolerance", BASIS = "basis", COEFFICIENTS = "coefficients", LOSS = "loss";

	@Parameter(label = "Stack", description = "N slices (8/16/32-bit gray, non-negative); each slice is one row of V")
	private ImagePlus input;

	@Parameter(label = "Rank k", persist = false, description = "number of basis images (1 .. min(N, pixels))")
	private int rank = 2;

	@Parameter(label = "Solver", choices = { "hals", "mu" }, persist = false,
		description = "hals: fast HALS coordinate descent; mu: Lee-Seung multiplicative updates")
	private String solver = "hals";

	@Parameter(label = "Initialisation", choices = { "nndsvda", "nndsvd", "random" }, persist = false,
		description = "NNDSVD (zeros kept), NNDSVDa (zeros = mean) or seeded random")
	private String init = "nndsvda";

	@Parameter(label = "Seed", persist = false, description = "seed of the random initialisation and of the randomized SVD")
	private long seed = 0;

	@Parameter(label = "Maximum iterations", persist = false)
	private int max_iterations = 200;

	@Parameter(label = "Tolerance", persist = false,
		description = "stop when the relative change of the loss falls below this (0: run all iterations)")
	private double tolerance = 1e-4;

	@Parameter(type = ItemIO.OUTPUT, label = "Basis images")
	private ImagePlus basis;

	@Parameter(type = ItemIO.OUTPUT, label = "Coefficients")
	private ResultsTable coefficients;

	@Parameter(type = ItemIO.OUTPUT, label = "Loss per iteration")
	private ResultsTable loss;

	@Override
	public void run() {
		final NmfImages out = call(() -> nmfusion.nmfDecomposition(input, NmfOptions.builder(rank).solver(NmfOptions.Solver.parse(solver))
			.init(NmfOptions.Init.parse(init)).seed(seed).maxIterations(max_iterations).tolerance(tolerance).build()));
		if (out == null) return;
		basis = out.basis();
		coefficients = out.coefficients();
		loss = out.loss();
		final NmfResult result = out.result();
		if (log != null)
			log.debug(String.format(java.util.Locale.ROOT, "NMF rank %d (%s, %s): %d iterations, relative error %.6g", rank, solver,
				init, result.iterations(), result.relativeError()));
		if (!GraphicsEnvironment.isHeadless()) {
			final double[] l = result.lossHistory();
			final double[] it = new double[l.length];
			for (int i = 0; i < l.length; i++)
				it[i] = i;
			final Plot plot = new Plot(basis.getTitle() + " NMF loss", "iteration", "loss");
			plot.add("line", it, l);
			plot.show();
			coefficients.show(basis.getTitle() + " NMF coefficients");
		}
	}
}
