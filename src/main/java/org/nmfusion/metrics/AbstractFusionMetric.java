package org.nmfusion.metrics;

/** Base class: holds name and direction, checks sizes before delegating to {@link #value}. */
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
		GrayImage.checkSameSize(a, b, f);
		return value(a, b, f);
	}

	/** Computes the metric on images already checked to be of equal size. */
	abstract double value(GrayImage a, GrayImage b, GrayImage f);

	@Override
	public String toString() {
		return name;
	}
}
