package org.nmfusion.metrics;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Result of {@link FusionMetrics#evaluateWithNotes}: the value of every selected metric (in selection
 * order; NaN where a metric cannot be computed for these images) and, for each NaN value, a note
 * saying why.
 */
public final class MetricsResult {

	private final LinkedHashMap<String, Double> values;
	private final Map<String, String> notes;

	MetricsResult(LinkedHashMap<String, Double> values, LinkedHashMap<String, String> notes) {
		this.values = values;
		this.notes = Collections.unmodifiableMap(notes);
	}

	/** Metric name to value, in selection order (the map is the caller's to keep or modify). */
	public LinkedHashMap<String, Double> values() {
		return values;
	}

	/** Metric name to note, for the metrics whose value is NaN (unmodifiable, selection order). */
	public Map<String, String> notes() {
		return notes;
	}

	/** The value of one metric (NaN if it was not selected). */
	public double value(String name) {
		Double v = values.get(name);
		return v == null ? Double.NaN : v;
	}

	/** Why the metric's value is NaN, or null if it is not. */
	public String note(String name) {
		return notes.get(name);
	}

	@Override
	public String toString() {
		return "MetricsResult" + values + (notes.isEmpty() ? "" : " notes " + notes);
	}
}
