package org.nmfusion.metrics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

	/** Evaluates the metrics in order; result maps metric name to value. */
	public static LinkedHashMap<String, Double> evaluate(GrayImage a, GrayImage b, GrayImage f,
			List<? extends FusionMetric> metrics) {
		GrayImage.checkSameSize(a, b, f);
		LinkedHashMap<String, Double> out = new LinkedHashMap<>();
		for (FusionMetric m : metrics) {
			out.put(m.name(), m.compute(a, b, f));
		}
		return out;
	}

	/** Converts the ImgLib2 inputs once and evaluates the selected metrics ("all" or a comma list). */
	public static LinkedHashMap<String, Double> evaluate(RandomAccessibleInterval<? extends RealType<?>> a,
			RandomAccessibleInterval<? extends RealType<?>> b, RandomAccessibleInterval<? extends RealType<?>> f,
			String selection) {
		List<FusionMetric> metrics = byName(selection);
		return evaluate(GrayImage.of(a), GrayImage.of(b), GrayImage.of(f), metrics);
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
