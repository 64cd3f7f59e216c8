package org.nmfusion.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import ij.ImagePlus;
import org.nmfusion.batch.BatchFusion;
import org.nmfusion.batch.PairOutcome;
import org.nmfusion.commands.BatchFuseFolderCommand;
import org.nmfusion.commands.FuseImagesCommand;
import org.nmfusion.commands.FuseStackCommand;
import org.nmfusion.commands.FusionCommand;
import org.nmfusion.fusion.FusionPresets;
import org.nmfusion.io.ImageFiles;
import org.nmfusion.util.AtomicFiles;
import org.nmfusion.util.OutputFiles;
import org.nmfusion.util.ProgressListener;
import org.nmfusion.util.ProgressReport;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code nmfusion fuse}: runs Plugins &gt; NMFusion &gt; Fuse Images on two files, Fuse Stack on a stack
 * file, or Batch Fuse Folder on a folder of pairs.
 */
@Command(name = "fuse", mixinStandardHelpOptions = true, sortOptions = false, modelTransformer = FusionOptionsCli.class,
	description = "Fuse two registered images, the planes of a stack, or every NAME_A/NAME_B pair of a folder "
		+ "(method and options: see docs/method.md).",
	footer = "%nExamples:%n"
		+ "  nmfusion fuse mri.png ct.png -o fused.png                 (the medical preset)%n"
		+ "  nmfusion fuse far.png near.png -o fused.png --preset multifocus%n"
		+ "  nmfusion fuse mri.png pet.png -o fused.png --method cnn --save-weight-map w.tif%n"
		+ "  nmfusion fuse --stack focus.tif -o fused.tif --height-map height.tif   (one pass; see docs/focus-stacks.md)%n"
		+ "  nmfusion fuse --stack focus.tif -o fused.tif --sequential --method cnn-focus%n"
		+ "  nmfusion fuse --batch pairs/ -o fused/        (writes fused/NAME_fused.png and fused/report.csv)%n%n"
		+ "A batch goes on past a bad pair, lists it in report.csv and on stderr and exits with 0 (1 with --fail-on-error);"
		+ " a re-run skips the pairs already fused.")
public class FuseSubcommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(arity = "0..2", paramLabel = "IMAGE", description = "source A and source B (registered, same size)")
	List<Path> sources = new ArrayList<>();

	@Option(names = "--stack", paramLabel = "S.tif", description = "fuse the N >= 2 planes of this stack instead")
	Path stack;

	@Option(names = "--sequential", description = "with --stack: fuse the slices pairwise with --method, F = fuse(fuse(I1, I2), I3) ...,"
		+ " instead of the one-pass focus-stack fusion")
	boolean sequential;

	@Option(names = "--height-map", paramLabel = "H.tif", description = "with --stack: also write the 32-bit height map (slice index from 0)")
	Path heightMap;

	@Option(names = "--confidence", paramLabel = "C.tif", description = "with --stack: also write the 32-bit confidence (0..1)")
	Path confidence;

	@Option(names = "--height-unit", paramLabel = "U", description = "with --height-map: slice (default) or z (slice index x voxel depth)")
	String heightUnit = "slice";

	@Option(names = "--height-smoothing", paramLabel = "R", description = "with --stack: height-map smoothing radius in px, 0 = none (default: 3)")
	int heightSmoothing = org.nmfusion.focusstack.FocusStackOptions.DEFAULT_SMOOTH_RADIUS;

	@Option(names = "--height-edges", paramLabel = "R", description = "with --height-map: edge-respecting (guided) filter radius of the"
		+ " height map in px, 0 = none (default: 4; the fused image does not change)")
	int heightEdges = org.nmfusion.focusstack.FocusStackOptions.DEFAULT_EDGE_RADIUS;

	@Option(names = "--batch", paramLabel = "IN_DIR", description = "fuse every NAME_A/NAME_B pair under this folder instead")
	Path batch;

	@Option(names = "--batch-b", paramLabel = "DIR_B", description = "with --batch: pair IN_DIR/NAME.ext with DIR_B/NAME.ext")
	Path batchB;

	@Option(names = { "-o", "--output" }, required = true, paramLabel = "OUT",
		description = "fused image (.png or .tif), or the output folder with --batch")
	Path output;

	@Option(names = "--preset", paramLabel = "P", description = "medical (the default when no --method is given), multifocus or irvis: "
		+ "a method with the settings the benchmark chose; the options below override the preset's values")
	String preset;

	@Option(names = "--method", paramLabel = "M", description = "a fusion method with its own defaults, instead of a preset")
	String method;

	@Option(names = "--weight-map", paramLabel = "W.tif", description = "use this 32-bit weight map of A (values in [0, 1]) instead of the CNN's")
	Path weightMap;

	@Option(names = "--save-weight-map", paramLabel = "W.tif", description = "also write the weight map the method used (32-bit TIFF)")
	Path saveWeightMap;

	@Option(names = "--float", description = "write 32-bit real values instead of the sources' pixel type")
	boolean floatOutput;

	@Option(names = "--model", paramLabel = "DIR", description = "a focus model folder (default: the bundled model)")
	Path model;

	@Option(names = "--overwrite", description = "replace existing outputs")
	boolean overwrite;

	@Option(names = "--fail-on-error", description = "with --batch: exit with 1 when a pair failed (default: 0, failures listed in report.csv)")
	boolean failOnError;

	@Override
	public Integer call() throws Exception {
		final int modes = (sources.isEmpty() ? 0 : 1) + (stack == null ? 0 : 1) + (batch == null ? 0 : 1);
		if (modes != 1 || !sources.isEmpty() && sources.size() != 2)
			throw new CommandLine.ParameterException(spec.commandLine(), "give two images A B, or --stack S, or --batch IN_DIR");
		if (failOnError && batch == null) throw new CommandLine.ParameterException(spec.commandLine(), "--fail-on-error applies to --batch only");
		if (preset != null && method != null)
			throw new CommandLine.ParameterException(spec.commandLine(),
				"give --preset or --method, not both (a method alone runs with its own defaults)");
		if (batch != null) return runBatch();
		if (stack != null && !sequential) return runFocusStack();
		if (heightMap != null || confidence != null)
			throw new CommandLine.ParameterException(spec.commandLine(),
				"--height-map and --confidence apply to --stack without --sequential");
		final List<Path> inputs = new ArrayList<>(sources);
		if (stack != null) inputs.add(stack);
		if (weightMap != null) inputs.add(weightMap);
		OutputFiles.check(overwrite, inputs, output, saveWeightMap);
		ImageFiles.requireOutputFormat(output);
		if (saveWeightMap != null) ImageFiles.requireOutputFormat(saveWeightMap, 32, 1);
		final Map<String, Object> out;
		if (stack != null) {
			final Object[] stackInputs = withOptions(FuseStackCommand.STACK, ImageFiles.open(stack), FuseStackCommand.SEQUENTIAL, true);
			out = InputNames.naming(() -> HeadlessCommands.runShowingProgress(FuseStackCommand.class, this::printPlaneProgress, stackInputs),
				"stack", stack);
		}
		else {
			final Object[] fuseInputs = withOptions(FuseImagesCommand.SOURCE_A, ImageFiles.openPlane(sources.get(0)),
				FuseImagesCommand.SOURCE_B, ImageFiles.openPlane(sources.get(1)), FuseImagesCommand.GIVEN_WEIGHT_MAP,
				weightMap == null ? null : ImageFiles.openPlane(weightMap), FuseImagesCommand.SHOW_WEIGHT_MAP, saveWeightMap != null);
			out = InputNames.naming(() -> HeadlessCommands.runShowingProgress(FuseImagesCommand.class,
				new SlowRunProgress(spec.commandLine().getErr(), System::nanoTime), fuseInputs), "A", sources.get(0), "B", sources.get(1),
				"weight map", weightMap);
		}
		final ImagePlus w = (ImagePlus) out.get(FuseImagesCommand.WEIGHT_MAP);
		if (saveWeightMap != null && w == null)
			throw new CliFailure("method " + (method != null ? method : preset != null ? preset : FusionPresets.DEFAULT)
				+ " has no weight map to save");
		final Map<Path, AtomicFiles.Writer> files = new LinkedHashMap<>();
		files.put(output, ImageFiles.writer((ImagePlus) out.get(FuseImagesCommand.FUSED), output));
		if (saveWeightMap != null) files.put(saveWeightMap, ImageFiles.writer(w, saveWeightMap));
		AtomicFiles.writeAll(files);
		return 0;
	}

	/**
	 * One-pass focus-stack fusion: Fuse Stack on files (the service checks the outputs, then writes the fused image
	 * and, when asked for, the height map and the confidence, all or none).
	 */
	private int runFocusStack() {
		if (weightMap != null || saveWeightMap != null || method != null || preset != null)
			throw new CommandLine.ParameterException(spec.commandLine(), "--preset, --method, --weight-map and --save-weight-map apply to "
				+ "pairs and --sequential stacks (a stack is fused in one pass by default)");
		HeadlessCommands.runShowingProgress(FuseStackCommand.class, this::printPlaneProgress, FuseStackCommand.STACK_FILE, stack.toFile(),
			FuseStackCommand.OUTPUT_FILE, output.toFile(), FuseStackCommand.HEIGHT_MAP_FILE, heightMap == null ? null : heightMap.toFile(),
			FuseStackCommand.CONFIDENCE_FILE, confidence == null ? null : confidence.toFile(), FuseStackCommand.OVERWRITE, overwrite,
			FuseStackCommand.HEIGHT_UNIT, heightUnit, FuseStackCommand.HEIGHT_SMOOTHING, heightSmoothing, FuseStackCommand.HEIGHT_EDGE_RADIUS,
			heightEdges);
		return 0;
	}

	private int runBatch() {
		final BatchProgress progress = new BatchProgress(spec.commandLine().getErr(), ProgressReport.Step.BATCH_PAIR);
		@SuppressWarnings("unchecked")
		final List<PairOutcome> outcomes = (List<PairOutcome>) HeadlessCommands.runShowingProgress(BatchFuseFolderCommand.class, progress,
			withOptions(BatchFuseFolderCommand.INPUT_FOLDER, batch.toFile(), BatchFuseFolderCommand.FOLDER_B,
				batchB == null ? null : batchB.toFile(), BatchFuseFolderCommand.OUTPUT_FOLDER, output.toFile(),
				BatchFuseFolderCommand.OVERWRITE, overwrite))
			.get(BatchFuseFolderCommand.OUTCOMES);
		final List<PairOutcome> failures = new ArrayList<>();
		int skipped = 0;
		for (final PairOutcome o : outcomes) {
			if (o.status() == PairOutcome.Status.FAILED) failures.add(o);
			if (o.status() == PairOutcome.Status.SKIPPED) skipped++;
		}
		final Path report = output.resolve(BatchFusion.REPORT);
		final PrintWriter out = spec.commandLine().getOut();
		out.printf(Locale.ROOT, "%d pairs: %d fused, %d skipped, %d failed; report: %s%n", outcomes.size(),
			outcomes.size() - failures.size() - skipped, skipped, failures.size(), report);
		out.flush();
		if (failures.isEmpty()) return 0;
		final PrintWriter err = spec.commandLine().getErr();
		err.printf(Locale.ROOT, "nmfusion: %d of %d pairs failed (listed in %s):%n", failures.size(), outcomes.size(), report);
		for (final PairOutcome o : failures)
			err.println("  " + o.pair().id() + ": " + o.message());
		err.flush();
		return failOnError ? 1 : 0;
	}

	/** The command's inputs: the given name/value pairs plus the shared fusion options. */
	private Object[] withOptions(final Object... specific) {
		final Object[] shared = { FusionCommand.PRESET, preset != null ? preset : method != null ? FusionCommand.NO_PRESET : FusionPresets.DEFAULT,
			FusionCommand.METHOD, method == null ? FusionCommand.PRESET_METHOD : method,
			FusionCommand.OTHER_OPTIONS, FusionOptionsCli.givenText(spec.commandLine().getParseResult()), FusionCommand.FLOAT_OUTPUT, floatOutput,
			FusionCommand.MODEL_DIR, model == null ? null : model.toFile() };
		final Object[] all = new Object[specific.length + shared.length];
		System.arraycopy(specific, 0, all, 0, specific.length);
		System.arraycopy(shared, 0, all, specific.length, shared.length);
		return all;
	}

	/** Prints the start of each source pair of a stack ("fusing planes: cnn-nmf 2/4"), or each slice read of a one-pass fusion. */
	private void printPlaneProgress(final ProgressReport r) {
		if (r.step() == ProgressReport.Step.FOCUS_STACK || r.step() == ProgressReport.Step.FUSION && r.total() > 1 && r.done() < r.total()) {
			spec.commandLine().getErr().println("fusing planes: " + r.message());
			spec.commandLine().getErr().flush();
		}
	}

	/**
	 * Progress of one long fusion (a large pair: many CNN tiles): prints the current step ("fusing: cnn-nmf: CNN tile
	 * 40") once {@link #INTERVAL_NANOS} have passed, then at most once per interval, so that a quick fusion prints
	 * nothing.
	 */
	static final class SlowRunProgress implements ProgressListener {

		static final long INTERVAL_NANOS = 10_000_000_000L;
		private final PrintWriter err;
		private final java.util.function.LongSupplier clock;
		private long next;

		SlowRunProgress(final PrintWriter err, final java.util.function.LongSupplier clock) {
			this.err = err;
			this.clock = clock;
			next = clock.getAsLong() + INTERVAL_NANOS;
		}

		@Override
		public void progress(final ProgressReport r) {
			final String m = r.message();
			final long now = clock.getAsLong();
			if (m.isEmpty() || now < next) return;
			next = now + INTERVAL_NANOS;
			err.println("fusing: " + m);
			err.flush();
		}
	}

	/** Prints done / total, the pair's status, the rate and the time left after each pair. */
	static final class BatchProgress implements ProgressListener {

		private final PrintWriter err;
		private final ProgressReport.Step step;
		private final long start = System.nanoTime();

		/** Prints the reports of {@code step} (the pairs of a batch, or of a benchmark). */
		BatchProgress(final PrintWriter err, final ProgressReport.Step step) {
			this.err = err;
			this.step = step;
		}

		@Override
		public void progress(final ProgressReport r) {
			final int done = r.done(), total = r.total();
			if (r.step() != step || total <= 0) return;
			final double seconds = (System.nanoTime() - start) / 1e9, rate = done / Math.max(seconds, 1e-9);
			err.printf(Locale.ROOT, "[%d/%d] %s  (%.2f pairs/s, %s left)%n", done, total, r.message(), rate, duration((total - done) / rate));
			err.flush();
		}

		private static String duration(final double s) {
			final long t = Math.round(s);
			return t >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", t / 3600, t / 60 % 60)
				: t >= 60 ? String.format(Locale.ROOT, "%dm%02ds", t / 60, t % 60) : t + "s";
		}
	}
}
