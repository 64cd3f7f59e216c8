package org.nmfusion.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Ablation evidence from a benchmark's results.csv: per group and method, the mean of the chosen metrics
 * (median for Qy) over the tuning pairs and, apart, over the held-out pairs (names matching a pattern).
 * Usage: AblationTable results.csv HOLDOUT_REGEX METRIC[,METRIC...]
 */
public final class AblationTable {

	public static void main(final String[] args) throws Exception {
		final List<String> lines = Files.readAllLines(Paths.get(args[0]));
		final String holdout = args[1];
		final String[] metrics = args[2].split(",");
		final List<String> header = List.of(lines.get(0).split(",", -1));
		final Map<String, List<String[]>> byGroup = new LinkedHashMap<>();
		for (final String l : lines.subList(1, lines.size()))
			byGroup.computeIfAbsent(l.split(",", -1)[0], k -> new ArrayList<>()).add(l.split(",", -1));
		for (final Map.Entry<String, List<String[]>> g : byGroup.entrySet()) {
			final Set<String> methods = new LinkedHashSet<>();
			final Set<String> tunePairs = new LinkedHashSet<>(), heldPairs = new LinkedHashSet<>();
			for (final String[] r : g.getValue()) {
				methods.add(r[2]);
				(r[1].matches(holdout) ? heldPairs : tunePairs).add(r[1]);
			}
			System.out.printf(Locale.ROOT, "%n### %s (tuning: %d pairs, held out: %d pairs: %s)%n%n| method |", g.getKey(), tunePairs.size(),
				heldPairs.size(), String.join(", ", heldPairs));
			for (final String m : metrics)
				System.out.print(" " + m + (m.equals("Qy") ? " (median)" : "") + " tuning | held out |");
			System.out.print("\n|---|");
			for (int i = 0; i < 2 * metrics.length; i++)
				System.out.print("---|");
			System.out.println();
			for (final String method : methods) {
				System.out.print("| " + method + " |");
				for (final String m : metrics) {
					final int c = header.indexOf(m);
					System.out.print(" " + stat(g.getValue(), method, c, holdout, false, m.equals("Qy")) + " | " +
						stat(g.getValue(), method, c, holdout, true, m.equals("Qy")) + " |");
				}
				System.out.println();
			}
		}
	}

	private static String stat(final List<String[]> rows, final String method, final int c, final String holdout, final boolean held,
		final boolean median)
	{
		final List<Double> v = new ArrayList<>();
		for (final String[] r : rows)
			if (r[2].equals(method) && r[1].matches(holdout) == held && !r[c].isEmpty()) v.add(Double.parseDouble(r[c]));
		if (v.isEmpty()) return "";
		v.sort(null);
		double s = 0;
		for (final double x : v)
			s += x;
		final double value = median ? (v.size() % 2 == 1 ? v.get(v.size() / 2) : 0.5 * (v.get(v.size() / 2 - 1) + v.get(v.size() / 2)))
			: s / v.size();
		return String.format(Locale.ROOT, "%.3f", value);
	}

	private AblationTable() {}
}
