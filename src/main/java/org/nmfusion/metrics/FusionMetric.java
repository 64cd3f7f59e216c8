package org.nmfusion.metrics;

/**
 * A no-reference fusion quality metric computed from two source images A, B and a fused image F,
 * exactly as the MEFB/VIFB reference toolbox computes it (see docs/metrics.md).
 */
public interface FusionMetric {

	/** Short name as in the reference table, e.g. {@code "EN"}, {@code "Qabf"}. */
	String name();

	/** Whether a larger value means a better fusion. */
	boolean higherIsBetter();

	/**
	 * @param a source image A
	 * @param b source image B
	 * @param f fused image
	 * @return the metric value (may be NaN or infinite where the reference is, e.g. PSNR of F = A = B)
	 * @throws MetricNotComputableException if the metric is undefined for these (valid) images, e.g.
	 *         smaller than its window
	 * @throws IllegalArgumentException on size mismatch or invalid input
	 */
	double compute(GrayImage a, GrayImage b, GrayImage f);
}
