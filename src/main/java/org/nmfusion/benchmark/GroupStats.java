package org.nmfusion.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Per group and method: the mean, standard deviation and median of every metric and of the time over the
 * group's pairs (NaN values left out). Groups are the data sub-folders ("medical/MRI-CT") and, where a
 * parent folder holds several, the parent too ("medical").
 */
public final class GroupStats {

	/** Statistics of one column over the pairs of one group and method. */
	public static final class Stat {
		public final double mean, sd, median;
		public final int n;

		Stat(final double[] values) {
			final double[] v = Arrays.stream(values).filter(x -> !Double.isNaN(x)).sorted().toArray();
			n = v.length;
			double s = 0;
			for (final double x : v)
				s += x;
			mean = n == 0 ? Double.NaN : s / n;
			double q = 0;
			for (final double x : v)
				q += (x - mean) * (x - mean);
			sd = n < 2 ? 0 : Math.sqrt(q / (n - 1));
			median = n == 0 ? Double.NaN : n % 2 == 1 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
		}
	}

	private final List<String> groups, methods;
	private final Map<String, Stat[]> stats = new LinkedHashMap<>();
	private final int metrics;

	/** Column {@code metrics} of a Stat[] is the time. */
	public GroupStats(final List<BenchmarkRow> rows, final int metricCount) {
		metrics = metricCount;
		final Set<String> g = new LinkedHashSet<>(), m = new LinkedHashSet<>();
		for (final BenchmarkRow r : rows) {
			g.add(r.group());
			m.add(r.method());
		}
		final List<String> sorted = new ArrayList<>(g);
		sorted.sort(null);
		groups = withParents(sorted);
		methods = new ArrayList<>(m);
		for (final String group : groups)
			for (final String method : methods) {
				final List<BenchmarkRow> in = new ArrayList<>();
				for (final BenchmarkRow r : rows)
					if (r.method().equals(method) && (r.group().equals(group) || r.group().startsWith(group + "/"))) in.add(r);
				if (in.isEmpty()) continue;
				final Stat[] s = new Stat[metricCount + 1];
				for (int c = 0; c <= metricCount; c++) {
					final double[] v = new double[in.size()];
					for (int i = 0; i < v.length; i++)
						v[i] = c == metricCount ? in.get(i).seconds() : in.get(i).value(c);
					s[c] = new Stat(v);
				}
				stats.put(group + "\u0000" + method, s);
			}
	}

	/** Sub-folder groups, each parent that holds two or more of them inserted before its children. */
	private static List<String> withParents(final List<String> groups) {
		final List<String> out = new ArrayList<>();
		for (final String g : groups) {
			final int slash = g.indexOf('/');
			if (slash > 0) {
				final String parent = g.substring(0, slash);
				final long children = groups.stream().filter(x -> x.startsWith(parent + "/")).count();
				if (children > 1 && !out.contains(parent)) out.add(parent);
			}
			out.add(g);
		}
		return out;
	}

	public List<String> groups() { return groups; }

	public List<String> methods() { return methods; }

	/** Statistics of column {@code c} (metric index, or {@link #timeColumn()}), or null when the method did not run on the group. */
	public Stat get(final String group, final String method, final int c) {
		final Stat[] s = stats.get(group + "\u0000" + method);
		return s == null ? null : s[c];
	}

	public int timeColumn() { return metrics; }
}
