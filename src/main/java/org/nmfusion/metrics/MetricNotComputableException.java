package org.nmfusion.metrics;

/**
 * A metric cannot be computed for these images although they are valid input: they are smaller than
 * the metric's window, or an image is constant where the reference formula then divides zero by zero.
 * {@link FusionMetric#compute} throws it; {@link FusionMetrics#evaluateWithNotes} turns it into NaN and
 * a note for that metric only. Invalid input (null, size mismatch, non-finite or out-of-range values)
 * is reported with a plain {@link IllegalArgumentException} instead.
 */
public class MetricNotComputableException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	public MetricNotComputableException(String message) {
		super(message);
	}
}
