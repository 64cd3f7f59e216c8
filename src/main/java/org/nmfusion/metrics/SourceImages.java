package org.nmfusion.metrics;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The two sources of a pair scored against several fused images (the methods of a benchmark): what depends on A or
 * B alone is computed once and reused, with the same values: the phase congruency of A and B (two thirds of Qp, the
 * costliest metric) and their masked contrast maps (two thirds of Qcb). Pass it to
 * {@link FusionMetrics#evaluateWithNotes(SourceImages, GrayImage, java.util.List)}; safe to share between threads.
 */
public final class SourceImages {

	final GrayImage a;
	final GrayImage b;
	private final Map<String, Object> kept = new HashMap<>();

	public SourceImages(GrayImage a, GrayImage b) {
		if (a == null || b == null) throw new IllegalArgumentException("both source images are required");
		GrayImage.checkSameSize(a, b, b);
		this.a = a;
		this.b = b;
	}

	public GrayImage a() {
		return a;
	}

	public GrayImage b() {
		return b;
	}

	/** The intermediate named {@code key} (it must depend on A or B alone), computed by {@code compute} on first use. */
	@SuppressWarnings("unchecked")
	synchronized <T> T get(String key, Supplier<T> compute) {
		Object v = kept.get(key);
		if (v == null) {
			v = compute.get();
			kept.put(key, v);
		}
		return (T) v;
	}

	/** Whether the intermediate named {@code key} is kept (for tests). */
	synchronized boolean has(String key) {
		return kept.containsKey(key);
	}
}
