package org.nmfusion.fuzz;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The summary of a reader fuzzing run from its results.tsv and heap.tsv: cases per format and mutation kind,
 * outcomes per command, the failing cases, the slowest cases and the peak heap of the batch JVMs.
 */
final class FuzzSummary {

	private FuzzSummary() {}

	static void print(final Path out, final PrintStream p) throws IOException {
		final Map<Integer, List<String[]>> cases = new TreeMap<>();
		for (final String line : Files.readAllLines(out.resolve("results.tsv"), StandardCharsets.UTF_8)) {
			final String[] f = line.split("\t", -1);
			cases.computeIfAbsent(Integer.parseInt(f[0]), k -> new ArrayList<>()).add(f);
		}
		final Map<String, Map<String, Integer>> perFormat = new TreeMap<>();
		final Map<String, Map<String, Integer>> perOp = new LinkedHashMap<>();
		final List<String[]> failed = new ArrayList<>();
		final List<long[]> times = new ArrayList<>();
		for (final Map.Entry<Integer, List<String[]>> c : cases.entrySet()) {
			final String[] first = c.getValue().get(0);
			perFormat.computeIfAbsent(first[1], k -> new TreeMap<>()).merge(first[2], 1, Integer::sum);
			long total = 0;
			boolean ok = true;
			for (final String[] r : c.getValue()) {
				perOp.computeIfAbsent(r[4], k -> new TreeMap<>()).merge(r[7], 1, Integer::sum);
				total += Long.parseLong(r[6]);
				if (!r[7].equals("ok") && !r[7].equals("refused")) {
					if (ok) failed.add(r);
					ok = false;
				}
			}
			times.add(new long[] { c.getKey(), total });
		}
		p.printf(Locale.ROOT, "reader fuzzing: %d cases, %d commands (fuse, metrics, denoise per case)%n%n", cases.size(),
			cases.values().stream().mapToInt(List::size).sum());
		p.println("cases per format and mutation:");
		p.printf(Locale.ROOT, "  %-18s %8s %8s %8s%n", "format", "bitflip", "truncate", "header");
		for (final Map.Entry<String, Map<String, Integer>> e : perFormat.entrySet())
			p.printf(Locale.ROOT, "  %-18s %8d %8d %8d%n", e.getKey(), e.getValue().getOrDefault("bitflip", 0),
				e.getValue().getOrDefault("truncate", 0),
				e.getValue().getOrDefault("header", 0));
		p.println("\noutcomes per command (ok: exit 0, output complete; refused: exit 1/2, one line naming the file):");
		for (final Map.Entry<String, Map<String, Integer>> e : perOp.entrySet())
			p.println("  " + e.getKey() + ": " + e.getValue());
		p.printf(Locale.ROOT, "%nfailing cases: %d%n", failed.size());
		for (final String[] r : failed.subList(0, Math.min(20, failed.size())))
			p.printf(Locale.ROOT, "  case %s %s %s (%s): %s %s exit %s: %s%n", r[0], r[1], r[2], r[3], r[4], r[7], r[5], r[8]);
		times.sort(Comparator.comparingLong((long[] t) -> t[1]).reversed());
		p.println("\nslowest cases (three commands):");
		for (final long[] t : times.subList(0, Math.min(5, times.size()))) {
			final String[] r = cases.get((int) t[0]).get(0);
			p.printf(Locale.ROOT, "  case %d %s %s (%s): %d ms%n", t[0], r[1], r[2], r[3], t[1]);
		}
		long peak = 0;
		int batches = 0;
		if (Files.exists(out.resolve("heap.tsv"))) {
			for (final String line : Files.readAllLines(out.resolve("heap.tsv"))) {
				peak = Math.max(peak, Long.parseLong(line.split("\t")[2]));
				batches++;
			}
		}
		p.printf(Locale.ROOT, "%npeak heap used: %d MiB (sampled every 5 ms; largest of %d batch JVMs)%n", peak, batches);
	}
}
