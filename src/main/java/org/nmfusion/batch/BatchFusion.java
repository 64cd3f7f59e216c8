package org.nmfusion.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;

import ij.ImagePlus;
import org.nmfusion.util.AtomicFiles;
import org.nmfusion.util.CsvTable;
import org.nmfusion.io.ImageFiles;

/**
 * Batch fusion as a plain function over a list of pairs, callable from any executor (the command
 * line, a Fiji command, a Spark task): {@link #fusePair} reads one pair, fuses it with the given
 * {@link PairFuser}, and writes it atomically to OUT/[group/]NAME_fused.png (8-bit gray and RGB) or .tif
 * (other types); a bad pair becomes a failed outcome, never an exception. {@link #run} does that for
 * every pair in turn, rewriting the report OUT/report.csv (name, status, message, milliseconds, settings)
 * atomically after each; an existing output is kept unless {@code overwrite}. A batch killed half-way
 * leaves no partial output: a re-run deletes the temporary files it left, skips the pairs already written
 * and fuses the rest.
 */
public final class BatchFusion {

	/** Name of the report written into the output folder. */
	public static final String REPORT = "report.csv";

	/** Fuses one pair of opened images. */
	@FunctionalInterface
	public interface PairFuser {
		ImagePlus fuse(ImagePlus a, ImagePlus b);
	}

	/** Scores a fused pair: quality value by name, in a fixed order. */
	@FunctionalInterface
	public interface PairScorer {
		Map<String, Double> score(ImagePlus a, ImagePlus b, ImagePlus fused);
	}

	/** Progress after each pair. */
	@FunctionalInterface
	public interface Progress {
		void pairDone(int done, int total, PairOutcome outcome);
	}

	private BatchFusion() {}

	/**
	 * Runs the batch; returns one outcome per pair done (fewer than the pairs when canceled).
	 *
	 * @param settings what the fuser runs (a preset or method and its resolved settings), written on every row of the report
	 * @throws IOException when the output folder or the report cannot be written
	 */
	public static List<PairOutcome> run(final List<FusionPair> pairs, final Path outDir, final PairFuser fuser, final String settings,
		final boolean overwrite, final Progress progress, final BooleanSupplier canceled) throws IOException
	{
		if (pairs == null || pairs.isEmpty()) throw new IllegalArgumentException("no pairs to fuse (expected files NAME_A.ext and NAME_B.ext)");
		if (outDir == null) throw new IllegalArgumentException("no output folder given");
		if (Files.exists(outDir) && !Files.isDirectory(outDir)) throw new IllegalArgumentException("output exists and is not a folder: " + outDir);
		Files.createDirectories(outDir);
		removeStaleTemporaries(pairs, outDir);
		final List<PairOutcome> outcomes = new ArrayList<>();
		for (final FusionPair pair : pairs) {
			if (canceled != null && canceled.getAsBoolean()) break;
			final PairOutcome o = fusePair(pair, outDir, fuser, null, overwrite);
			// a pair stopped by the cancel is not a failure of that pair: it is left out, and a resumed run fuses it
			if (canceled != null && canceled.getAsBoolean() && o.status() == PairOutcome.Status.FAILED) break;
			outcomes.add(o);
			AtomicFiles.writeString(outDir.resolve(REPORT), csv(outcomes, settings));
			if (progress != null) progress.pairDone(outcomes.size(), pairs.size(), o);
		}
		return outcomes;
	}

	/** The report: header, then one line per pair (name, status, message, milliseconds, settings), through {@link CsvTable}. */
	public static String csv(final List<PairOutcome> outcomes, final String settings) {
		final List<List<String>> records = new ArrayList<>(outcomes.size() + 1);
		records.add(List.of("name", "status", "message", "milliseconds", "settings"));
		for (final PairOutcome o : outcomes)
			records.add(Arrays.asList(o.pair().id(), o.status().label(), o.message(), Long.toString(o.millis()), settings == null ? "" : settings));
		return CsvTable.format(records);
	}

	/** Deletes the temporary files a killed earlier run left in the output folder and its group folders. */
	private static void removeStaleTemporaries(final List<FusionPair> pairs, final Path outDir) throws IOException {
		final Set<String> groups = new TreeSet<>();
		for (final FusionPair p : pairs) groups.add(p.group());
		groups.add("");
		for (final String g : groups) AtomicFiles.removeStale(g.isEmpty() ? outDir : outDir.resolve(g));
	}

	/**
	 * One pair, the step every executor runs: reads A and B, fuses them with {@code fuser}, writes the
	 * result atomically to OUT/[group/]NAME_fused.png or .tif (an existing output is kept unless
	 * {@code overwrite}: outcome skipped) and, if {@code scorer} is given, scores it. Never throws for a bad
	 * pair: unreadable or mismatched inputs, a fusion error or running out of memory give a failed outcome
	 * naming the reason; a scoring error is noted in the message of an ok outcome.
	 */
	public static PairOutcome fusePair(final FusionPair pair, final Path outDir, final PairFuser fuser, final PairScorer scorer,
		final boolean overwrite)
	{
		final long t0 = System.nanoTime();
		if (pair.a() == null || pair.b() == null)
			return failed(pair, "no " + (pair.a() == null ? "A" : "B") + " image for " + pair.id(), t0);
		try {
			final ImagePlus a = ImageFiles.openPlane(pair.a()), b = ImageFiles.openPlane(pair.b());
			final Path dir = pair.group().isEmpty() ? outDir : outDir.resolve(pair.group());
			final Path png = dir.resolve(pair.name() + "_fused.png"), tif = dir.resolve(pair.name() + "_fused.tif");
			final Path existing = Files.exists(png) ? png : Files.exists(tif) ? tif : null;
			if (existing != null && !overwrite)
				return new PairOutcome(pair, PairOutcome.Status.SKIPPED, "output exists: " + existing.getFileName() + " (overwrite not set)",
					millisSince(t0), existing);
			final ImagePlus fused = fuser.fuse(a, b);
			final Path out = fused.getBitDepth() == 8 || fused.getBitDepth() == 24 ? png : tif;
			if (out.equals(pair.a()) || out.equals(pair.b())) return failed(pair, "output would overwrite an input: " + out, t0);
			Files.createDirectories(dir);
			ImageFiles.save(fused, out);
			if (scorer == null) return new PairOutcome(pair, PairOutcome.Status.OK, "", millisSince(t0), out);
			try {
				final Map<String, Double> metrics = scorer.score(a, b, fused);
				return new PairOutcome(pair, PairOutcome.Status.OK, "", millisSince(t0), out, metrics);
			}
			catch (RuntimeException e) {
				return new PairOutcome(pair, PairOutcome.Status.OK, "metrics: " + reason(e), millisSince(t0), out);
			}
		}
		catch (IOException | RuntimeException e) {
			return failed(pair, reason(e), t0);
		}
		catch (OutOfMemoryError e) { // this pair's arrays are gone again; smaller pairs may still fit
			return failed(pair, "out of memory: the pair is too large for the Java heap (" + (Runtime.getRuntime().maxMemory() >> 20) +
				" MB); raise the limit (-Xmx)", t0);
		}
	}

	private static String reason(final Throwable e) {
		return e.getMessage() == null ? e.toString() : e.getMessage();
	}

	private static PairOutcome failed(final FusionPair pair, final String message, final long t0) {
		return new PairOutcome(pair, PairOutcome.Status.FAILED, message, millisSince(t0), null);
	}

	private static long millisSince(final long t0) {
		return (System.nanoTime() - t0) / 1_000_000;
	}
}
