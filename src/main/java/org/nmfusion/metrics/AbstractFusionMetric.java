package org.nmfusion.metrics;

import java.util.Collections;
import java.util.Set;

/**
 * Base class: holds name and direction, checks sizes before delegating to {@link #value}. Within
 * {@link FusionMetrics#evaluateWithNotes} all metrics of one call read the same {@link Evaluation},
 * which computes the intermediates they share once.
 */
abstract class AbstractFusionMetric implements FusionMetric {

	private final String name;
	private final boolean higherIsBetter;

	AbstractFusionMetric(String name, boolean higherIsBetter) {
		this.name = name;
		this.higherIsBetter = higherIsBetter;
	}

	@Override
	public final String name() {
		return name;
	}

	@Override
	public final boolean higherIsBetter() {
		return higherIsBetter;
	}

	@Override
	public final double compute(GrayImage a, GrayImage b, GrayImage f) {
		return value(new Evaluation(a, b, f));
	}

	/**
	 * Computes the metric on the images of {@code e} (checked to be of equal size).
	 *
	 * @throws MetricNotComputableException if the metric is undefined for these images
	 */
	abstract double value(Evaluation e);

	/** The shared intermediates this metric reads from the evaluation. */
	Set<Evaluation.Shared> shares() {
		return Collections.emptySet();
	}

	/** Why {@link #value} returned NaN (it only does where the reference formula gives 0/0). */
	String undefinedNote() {
		return name + " is undefined for these images: the reference formula gives 0/0";
	}

	@Override
	public String toString() {
		return name;
	}
}
