package org.nmfusion.benchmark;

import java.util.List;
import java.util.Locale;

/**
 * summary.md of a benchmark run: per group, one table with a row per method and a column per metric
 * (mean +- standard deviation; the median for Qy, whose reference formula explodes on flat black
 * backgrounds), the best value of each column in bold with the metric's direction in the header, and the
 * seconds per pair.
 */
public final class SummaryMarkdown {

	/** The metric summarised by its median. */
	static final String MEDIAN_METRIC = "Qy";

	private SummaryMarkdown() {}

	/** A section listing what each of NMFusion's method labels (presets, specs) resolved to; empty without settings. */
	public static String settings(final List<String> methods, final java.util.Map<String, String> settings) {
		if (settings.isEmpty()) return "";
		final StringBuilder sb = new StringBuilder("\n## Settings of NMFusion's methods\n\n| method | resolved settings |\n|---|---|\n");
		for (final String m : methods)
			if (settings.containsKey(m)) sb.append("| ").append(m).append(" | ").append(settings.get(m)).append(" |\n");
		return sb.toString();
	}

	/**
	 * @param higherIsBetter per metric, whether a larger value is better
	 */
	public static String of(final GroupStats stats, final List<String> metrics, final boolean[] higherIsBetter, final String title) {
		final StringBuilder sb = new StringBuilder("# ").append(title).append("\n\n");
		sb.append("Mean +- standard deviation over the pairs of each group (median for ").append(MEDIAN_METRIC)
			.append("); best of each column in bold; arrows: higher or lower is better; n = pairs scored; seconds: fusion time per pair ")
			.append("(empty for other tools' stored outputs).\n");
		for (final String group : stats.groups()) {
			sb.append("\n## ").append(group).append("\n\n| method | n |");
			for (int m = 0; m < metrics.size(); m++)
				sb.append(' ').append(metrics.get(m)).append(higherIsBetter[m] ? " \u2191" : " \u2193").append(" |");
			sb.append(" seconds |\n|---|---|");
			for (int m = 0; m <= metrics.size(); m++)
				sb.append("---|");
			sb.append('\n');
			for (final String method : stats.methods()) {
				if (stats.get(group, method, 0) == null) continue;
				sb.append("| ").append(method).append(" | ").append(stats.get(group, method, 0).n).append(" |");
				for (int m = 0; m < metrics.size(); m++) {
					final GroupStats.Stat s = stats.get(group, method, m);
					final boolean median = metrics.get(m).equals(MEDIAN_METRIC);
					final String cell = Double.isNaN(s.mean) ? "" : median ? fmt(s.median) + " (median)" : fmt(s.mean) + " +- " + fmt(s.sd);
					sb.append(' ').append(isBest(stats, group, method, m, median, higherIsBetter[m]) ? "**" + cell + "**" : cell).append(" |");
				}
				final GroupStats.Stat t = stats.get(group, method, stats.timeColumn());
				sb.append(' ').append(Double.isNaN(t.mean) ? "" : fmt(t.mean)).append(" |\n");
			}
		}
		return sb.toString();
	}

	private static boolean isBest(final GroupStats stats, final String group, final String method, final int m, final boolean median,
		final boolean higher)
	{
		final double mine = value(stats.get(group, method, m), median);
		if (Double.isNaN(mine)) return false;
		for (final String other : stats.methods()) {
			final GroupStats.Stat s = stats.get(group, other, m);
			if (s == null) continue;
			final double v = value(s, median);
			if (!Double.isNaN(v) && (higher ? v > mine : v < mine)) return false;
		}
		return true;
	}

	private static double value(final GroupStats.Stat s, final boolean median) {
		return median ? s.median : s.mean;
	}

	static String fmt(final double v) {
		final double a = Math.abs(v);
		return String.format(Locale.ROOT, a >= 1000 ? "%.0f" : a >= 100 ? "%.1f" : a >= 10 ? "%.2f" : a >= 0.01 ? "%.3f" : "%.4f", v);
	}
}
