package org.nmfusion.benchmark;

import java.util.Arrays;

/** One line of results.csv: a pair of a group, the method (or peer tool) that fused it, its time and metric values. */
public final class BenchmarkRow {

	private final String group, pair, method;
	private final double seconds;
	private final double[] values;

	/**
	 * @param seconds fusion time, NaN for a peer's stored output
	 * @param values metric values in the order of the run's metric names (NaN where not computable)
	 */
	public BenchmarkRow(final String group, final String pair, final String method, final double seconds, final double[] values) {
		this.group = group;
		this.pair = pair;
		this.method = method;
		this.seconds = seconds;
		this.values = values.clone();
	}

	public String group() { return group; }

	public String pair() { return pair; }

	public String method() { return method; }

	public double seconds() { return seconds; }

	public double value(final int metric) { return values[metric]; }

	public int size() { return values.length; }

	/** The key a resumed run skips on: group, pair and method. */
	public String key() {
		return key(group, pair, method);
	}

	static String key(final String group, final String pair, final String method) {
		return group + "\u0000" + pair + "\u0000" + method;
	}

	@Override
	public String toString() {
		return group + "/" + pair + " " + method + " " + Arrays.toString(values);
	}
}
