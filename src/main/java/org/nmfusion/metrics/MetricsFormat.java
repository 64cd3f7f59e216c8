package org.nmfusion.metrics;

import java.util.Locale;
import java.util.Map;

/**
 * Text forms of a metric result (name -> value, in order): TSV / CSV (header line + one value line,
 * six decimals like the reference toolbox) and a JSON object (full double precision; NaN and
 * infinities as {@code null}, which JSON cannot represent).
 */
public final class MetricsFormat {

	private MetricsFormat() {
	}

	/** Six decimals, Locale.ROOT; "NaN", "Inf", "-Inf" for non-finite values. */
	public static String value(double v) {
		if (Double.isNaN(v)) return "NaN";
		if (Double.isInfinite(v)) return v > 0 ? "Inf" : "-Inf";
		return String.format(Locale.ROOT, "%.6f", v);
	}

	/** Header line and value line separated by {@code sep}, each ending with a newline. */
	public static String delimited(Map<String, Double> values, String sep) {
		StringBuilder head = new StringBuilder();
		StringBuilder row = new StringBuilder();
		for (Map.Entry<String, Double> e : values.entrySet()) {
			if (head.length() > 0) {
				head.append(sep);
				row.append(sep);
			}
			head.append(e.getKey());
			row.append(value(e.getValue()));
		}
		return head + "\n" + row + "\n";
	}

	public static String tsv(Map<String, Double> values) {
		return delimited(values, "\t");
	}

	public static String csv(Map<String, Double> values) {
		return delimited(values, ",");
	}

	/** One-line JSON object, e.g. {@code {"EN": 7.1227674, "MI": 4.9286306}}. */
	public static String json(Map<String, Double> values) {
		StringBuilder sb = new StringBuilder("{");
		for (Map.Entry<String, Double> e : values.entrySet()) {
			if (sb.length() > 1) sb.append(", ");
			sb.append('"').append(e.getKey()).append("\": ");
			double v = e.getValue();
			sb.append(Double.isFinite(v) ? Double.toString(v) : "null");
		}
		return sb.append("}\n").toString();
	}
}
