package org.nmfusion.metrics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;
import org.nmfusion.util.BadParameterException;

/**
 * Registry and facade of the 20 fusion quality metrics (docs/metrics.md), in the reference table's
 * column order: EN, MI, NMI, TE, Qabf, SSIM, Qy, Qcb, Qcv, VIF, SD, SF, AG, PSNR, CE, EI, Qncie, Qp,
 * Qw, Qc.
 */
public final class FusionMetrics {

	private static final List<FusionMetric> ALL = Collections.unmodifiableList(List.of(
		new Entropy(), new MutualInformation(), new NormalizedMutualInformation(), new TsallisEntropy(),
		new Qabf(), new Ssim(), new Qy(), new Qcb(), new Qcv(), new Vif(),
		new StandardDeviation(), new SpatialFrequency(), new AverageGradient(), new Psnr(),
		new CrossEntropy(), new EdgeIntensity(), new Qncie(), new Qp(), new Qw(), new Qc()));

	private FusionMetrics() {
	}

	/** All metrics in the reference column order (unmodifiable). */
	public static List<FusionMetric> all() {
		return ALL;
	}

	/** Names of all metrics in order. */
	public static List<String> names() {
		List<String> n = new ArrayList<>();
		for (FusionMetric m : ALL) n.add(m.name());
		return n;
	}

	/**
	 * Parses a selection: {@code "all"} (or null/blank) or a comma-separated list of names,
	 * case-insensitive, whitespace ignored, duplicates dropped, order kept.
	 *
	 * @throws IllegalArgumentException for an unknown name (the message lists the valid names)
	 */
	public static List<FusionMetric> byName(String selection) {
		if (selection == null || selection.trim().isEmpty() || selection.trim().equalsIgnoreCase("all")) {
			return ALL;
		}
		List<FusionMetric> out = new ArrayList<>();
		for (String part : selection.split(",")) {
			String name = part.trim();
			if (name.isEmpty()) {
				continue;
			}
			FusionMetric found = null;
			for (FusionMetric m : ALL) {
				if (m.name().equalsIgnoreCase(name)) {
					found = m;
				}
			}
			if (found == null) {
				throw new BadParameterException("unknown metric '" + name + "'; valid names: all, "
					+ String.join(", ", names()));
			}
			if (!out.contains(found)) {
				out.add(found);
			}
		}
		if (out.isEmpty()) {
			throw new BadParameterException("no metric selected in '" + selection + "'; valid names: all, "
				+ String.join(", ", names()));
		}
		return Collections.unmodifiableList(out);
	}

	/**
	 * Evaluates the metrics; result maps metric name to value, in the order of {@code metrics}. A
	 * metric that cannot be computed for these images (see {@link MetricNotComputableException}) gives
	 * NaN; {@link #evaluateWithNotes} also says why.
	 *
	 * @throws IllegalArgumentException for invalid input: null, size mismatch, values outside 0..255
	 */
	public static LinkedHashMap<String, Double> evaluate(GrayImage a, GrayImage b, GrayImage f,
		List<? extends FusionMetric> metrics)
	{
		return evaluateWithNotes(a, b, f, metrics).values();
	}

	/**
	 * Evaluates the metrics with one shared {@code Evaluation}: intermediates that several metrics use
	 * (histograms, windowed moments) are computed once, and metrics sharing one run one after the other
	 * so that it can be released early. Values are in the order of {@code metrics}; every NaN value
	 * comes with a note.
	 *
	 * @throws IllegalArgumentException for invalid input: null, size mismatch, values outside 0..255
	 */
	public static MetricsResult evaluateWithNotes(GrayImage a, GrayImage b, GrayImage f,
		List<? extends FusionMetric> metrics)
	{
		return evaluate(new Evaluation(a, b, f), metrics);
	}

	/**
	 * As {@link #evaluateWithNotes(GrayImage, GrayImage, GrayImage, List)} for the sources kept in {@code sources}:
	 * scoring several fused images of one pair this way computes what depends on A or B alone once (same values).
	 */
	public static MetricsResult evaluateWithNotes(SourceImages sources, GrayImage f, List<? extends FusionMetric> metrics) {
		if (sources == null) throw new IllegalArgumentException("no source images given (null)");
		return evaluate(new Evaluation(sources.a, sources.b, f, sources), metrics);
	}

	private static MetricsResult evaluate(Evaluation e, List<? extends FusionMetric> metrics) {
		final GrayImage a = e.a, b = e.b, f = e.f;
		LinkedHashMap<String, Double> values = new LinkedHashMap<>();
		for (FusionMetric m : metrics) values.put(m.name(), Double.NaN);
		Map<String, String> found = new HashMap<>();
		List<FusionMetric> order = computationOrder(metrics);
		for (int k = 0; k < order.size(); k++) {
			FusionMetric m = order.get(k);
			double v;
			String note = null;
			try {
				v = m instanceof AbstractFusionMetric ? ((AbstractFusionMetric) m).value(e) : m.compute(a, b, f);
			}
			catch (MetricNotComputableException ex) {
				v = Double.NaN;
				note = ex.getMessage();
			}
			if (Double.isNaN(v) && note == null) {
				note = m instanceof AbstractFusionMetric ? ((AbstractFusionMetric) m).undefinedNote()
					: m.name() + " is undefined for these images";
			}
			values.put(m.name(), v);
			if (note != null) found.put(m.name(), note);
			e.retainFor(order.subList(k + 1, order.size()));
		}
		LinkedHashMap<String, String> notes = new LinkedHashMap<>();
		for (String name : values.keySet()) {
			if (found.containsKey(name)) notes.put(name, found.get(name));
		}
		return new MetricsResult(values, notes);
	}

	/** Selection order, except that metrics sharing an intermediate run right after the first of them. */
	private static List<FusionMetric> computationOrder(List<? extends FusionMetric> metrics) {
		List<FusionMetric> rest = new ArrayList<>(metrics);
		List<FusionMetric> order = new ArrayList<>();
		while (!rest.isEmpty()) {
			FusionMetric m = rest.remove(0);
			order.add(m);
			Set<Evaluation.Shared> s = shares(m);
			for (Iterator<FusionMetric> it = rest.iterator(); it.hasNext() && !s.isEmpty();) {
				FusionMetric other = it.next();
				if (!Collections.disjoint(s, shares(other))) {
					order.add(other);
					it.remove();
				}
			}
		}
		return order;
	}

	private static Set<Evaluation.Shared> shares(FusionMetric m) {
		return m instanceof AbstractFusionMetric ? ((AbstractFusionMetric) m).shares()
			: Collections.<Evaluation.Shared>emptySet();
	}

	/** Converts the ImgLib2 inputs once and evaluates the selected metrics ("all" or a comma list). */
	public static LinkedHashMap<String, Double> evaluate(RandomAccessibleInterval<? extends RealType<?>> a,
		RandomAccessibleInterval<? extends RealType<?>> b, RandomAccessibleInterval<? extends RealType<?>> f,
		String selection)
	{
		return evaluateWithNotes(a, b, f, selection).values();
	}

	/** Like {@link #evaluate(RandomAccessibleInterval, RandomAccessibleInterval, RandomAccessibleInterval, String)}, with notes. */
	public static MetricsResult evaluateWithNotes(RandomAccessibleInterval<? extends RealType<?>> a,
		RandomAccessibleInterval<? extends RealType<?>> b, RandomAccessibleInterval<? extends RealType<?>> f,
		String selection)
	{
		List<FusionMetric> metrics = byName(selection);
		return evaluateWithNotes(GrayImage.of(a), GrayImage.of(b), GrayImage.of(f), metrics);
	}

	/** Formats a value like the reference driver ({@code %.6f}, Locale.ROOT). */
	public static String format(double v) {
		return String.format(Locale.ROOT, "%.6f", v);
	}

	static Map<String, FusionMetric> index() {
		Map<String, FusionMetric> m = new LinkedHashMap<>();
		for (FusionMetric x : ALL) m.put(x.name(), x);
		return m;
	}
}
