package org.nmfusion.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import ij.ImagePlus;
import org.nmfusion.batch.FusionPair;
import org.nmfusion.batch.PairFinder;
import org.nmfusion.io.ImageFiles;

/**
 * The benchmark report as a plain function: every chosen method fuses every NAME_A / NAME_B pair under a
 * data folder (grouped by sub-folder), other tools' stored outputs of the same pairs are scored as extra
 * rows, and OUT gets results.csv (rewritten after every pair, so a re-run resumes), summary.md and one
 * bar chart per key metric, each written atomically (a re-run removes the temporary files of a killed one). Fusion and scoring are passed in, so the same code serves the command line,
 * Fiji and any other executor.
 */
public final class Benchmark {

	/** Metrics with a chart of their own, and the time. */
	public static final List<String> CHART_METRICS = List.of("Qabf", "MI", "NMI", "VIF", "Qy", "SSIM");

	/** Fuses one pair with one method. */
	@FunctionalInterface
	public interface Fuser {
		ImagePlus fuse(ImagePlus a, ImagePlus b, String method);
	}

	/**
	 * Scores the fused images of a pair against its sources, once per pair, so that work on the sources alone can be
	 * done once for all the pair's methods.
	 */
	@FunctionalInterface
	public interface Scorer {
		PairScorer pair(ImagePlus a, ImagePlus b);
	}

	/** Scores one fused image of the pair: the values in the run's metric order (NaN where not computable). */
	@FunctionalInterface
	public interface PairScorer {
		double[] score(ImagePlus fused);
	}

	/** Progress after each pair: pairs done, total, and a line about the pair. */
	@FunctionalInterface
	public interface Progress {
		void pairDone(int done, int total, String message);
	}

	/** What to run. */
	public static final class Setup {
		final Path data, peers, out;
		final List<String> methods, metrics;
		final boolean[] higherIsBetter;
		private Map<String, String> settings = Map.of();

		/**
		 * @param peers folder with one sub-folder per other tool, each mirroring the data layout; null for none
		 * @param higherIsBetter per metric, its direction
		 */
		public Setup(final Path data, final List<String> methods, final Path peers, final Path out, final List<String> metrics,
			final boolean[] higherIsBetter)
		{
			if (data == null || !Files.isDirectory(data)) throw new IllegalArgumentException("data folder not found: " + data);
			if (peers != null && !Files.isDirectory(peers)) throw new IllegalArgumentException("peers folder not found: " + peers);
			if (out == null) throw new IllegalArgumentException("no output folder given");
			if (methods.isEmpty()) throw new IllegalArgumentException("no method to benchmark");
			this.data = data;
			this.peers = peers;
			this.out = out;
			this.methods = List.copyOf(methods);
			this.metrics = List.copyOf(metrics);
			this.higherIsBetter = higherIsBetter.clone();
		}

		/** This setup with the resolved settings of each method label (a preset or spec and what it stands for), listed in summary.md. */
		public Setup withSettings(final Map<String, String> labelToSettings) {
			settings = Map.copyOf(labelToSettings);
			return this;
		}
	}

	private Benchmark() {}

	/** Runs (or resumes) the benchmark; returns all rows of results.csv. */
	public static List<BenchmarkRow> run(final Setup s, final Fuser fuser, final Scorer scorer, final Progress progress,
		final BooleanSupplier canceled) throws IOException
	{
		Files.createDirectories(s.out);
		org.nmfusion.util.AtomicFiles.removeStale(s.out); // what a run killed while writing results.csv, summary.md or a chart left
		final Path csv = s.out.resolve("results.csv");
		final List<BenchmarkRow> rows = new ArrayList<>(ResultsCsv.read(csv, s.metrics));
		final Set<String> done = new HashSet<>();
		for (final BenchmarkRow r : rows)
			done.add(r.key());
		final List<FusionPair> pairs = PairFinder.inFolder(s.data);
		if (pairs.isEmpty()) throw new IllegalArgumentException("no NAME_A / NAME_B pairs under " + s.data);
		final Map<String, Map<String, Path>> peerOutputs = peerIndex(s.peers);
		int count = 0;
		for (final FusionPair pair : pairs) {
			if (canceled != null && canceled.getAsBoolean()) break;
			final String group = pair.group().isEmpty() ? s.data.getFileName().toString() : pair.group();
			final String line = runPair(s, pair, group, peerOutputs, done, rows, fuser, scorer);
			ResultsCsv.write(csv, s.metrics, rows);
			if (progress != null) progress.pairDone(++count, pairs.size(), group + "/" + pair.name() + ": " + line);
		}
		writeReport(s, rows);
		return rows;
	}

	/** summary.md and the charts of the rows. */
	public static void writeReport(final Setup s, final List<BenchmarkRow> rows) throws IOException {
		if (rows.isEmpty()) return;
		final GroupStats stats = new GroupStats(rows, s.metrics.size());
		org.nmfusion.util.AtomicFiles.writeString(s.out.resolve("summary.md"), SummaryMarkdown.of(stats, s.metrics, s.higherIsBetter,
			"NMFusion benchmark: " + s.data.getFileName()) + SummaryMarkdown.settings(s.methods, s.settings));
		final List<String> leaves = stats.groups().stream().filter(g -> stats.groups().stream().noneMatch(x -> x.startsWith(g + "/")))
			.collect(Collectors.toList());
		final List<String> tools = peerTools(s.peers);
		for (final String metric : CHART_METRICS) {
			final int m = s.metrics.indexOf(metric);
			if (m < 0) continue;
			final boolean median = metric.equals(SummaryMarkdown.MEDIAN_METRIC);
			BarChart.write(s.out.resolve("chart-" + metric + ".png"), stats, leaves, s.methods, tools, m, s.higherIsBetter[m], metric
				+ (s.higherIsBetter[m] ? " (higher is better)" : " (lower is better)") + (median ? ", median" : ", mean"), median);
		}
		BarChart.write(s.out.resolve("chart-seconds.png"), stats, leaves, s.methods, tools, stats.timeColumn(), false,
			"seconds per pair (lower is better), mean", false);
	}

	/** The other tools: the sub-folders of the peers folder (none without one). */
	private static List<String> peerTools(final Path peers) throws IOException {
		if (peers == null) return List.of();
		try (Stream<Path> dirs = Files.list(peers)) {
			return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().collect(Collectors.toList());
		}
	}

	private static String runPair(final Setup s, final FusionPair pair, final String group, final Map<String, Map<String, Path>> peers,
		final Set<String> done, final List<BenchmarkRow> rows, final Fuser fuser, final Scorer scorer)
	{
		if (pair.a() == null || pair.b() == null) return "skipped, no " + (pair.a() == null ? "A" : "B") + " image";
		final List<String> methods = new ArrayList<>();
		for (final String method : s.methods)
			if (!done.contains(BenchmarkRow.key(group, pair.name(), method))) methods.add(method);
		final Map<String, Path> peerOutputs = new java.util.TreeMap<>();
		final String folder = pair.a().getParent().getFileName().toString();
		for (final Map.Entry<String, Map<String, Path>> peer : peers.entrySet()) {
			final Path output = peer.getValue().get(folder + "/" + pair.name());
			if (output != null && !done.contains(BenchmarkRow.key(group, pair.name(), peer.getKey()))) peerOutputs.put(peer.getKey(), output);
		}
		if (methods.isEmpty() && peerOutputs.isEmpty()) return "already done";
		final List<String> notes = new ArrayList<>();
		try {
			final ImagePlus a = ImageFiles.openPlane(pair.a()), b = ImageFiles.openPlane(pair.b());
			final PairScorer scores = scorer.pair(a, b);
			for (final String method : methods) {
				final long t0 = System.nanoTime();
				final ImagePlus f = fuser.fuse(a, b, method);
				final double seconds = (System.nanoTime() - t0) / 1e9;
				add(rows, done, new BenchmarkRow(group, pair.name(), method, seconds, scores.score(f)));
				notes.add(method + String.format(Locale.ROOT, " %.2f s", seconds));
			}
			for (final Map.Entry<String, Path> peer : peerOutputs.entrySet()) {
				add(rows, done, new BenchmarkRow(group, pair.name(), peer.getKey(), Double.NaN, scores.score(ImageFiles.openPlane(peer
					.getValue()))));
				notes.add(peer.getKey());
			}
		}
		catch (IOException | RuntimeException e) {
			notes.add("failed: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
		}
		return String.join(", ", notes);
	}

	private static void add(final List<BenchmarkRow> rows, final Set<String> done, final BenchmarkRow row) {
		rows.add(row);
		done.add(row.key());
	}

	/** peer tool -> ("folder/NAME" -> its fused image), from PEERS/tool/.../folder/NAME.ext. */
	private static Map<String, Map<String, Path>> peerIndex(final Path peers) throws IOException {
		final Map<String, Map<String, Path>> index = new java.util.TreeMap<>();
		for (final String toolName : peerTools(peers)) {
			final Path tool = peers.resolve(toolName);
			final Map<String, Path> files = new HashMap<>();
			try (Stream<Path> walk = Files.walk(tool)) {
				for (final Path f : walk.filter(Files::isRegularFile).collect(Collectors.toList())) {
					final String name = f.getFileName().toString();
					final int dot = name.lastIndexOf('.');
					if (dot <= 0 || f.getParent() == null) continue;
					files.put(f.getParent().getFileName() + "/" + name.substring(0, dot), f);
				}
			}
			if (!files.isEmpty()) index.put(toolName, files);
		}
		return index;
	}
}
