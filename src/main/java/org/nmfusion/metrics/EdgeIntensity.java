package org.nmfusion.metrics;

/**
 * EI: edge intensity, mean Sobel gradient magnitude of the fused image with replicate borders
 * (B. Rajalingam, R. Priya, "Hybrid multimodality medical image fusion technique for feature
 * enhancement in medical diagnosis", IJESI 2018; MEFB {@code metricsEdge_intensity}).
 * <b>Higher is better.</b>
 */
public final class EdgeIntensity extends AbstractFusionMetric {

	static final double[] SOBEL = { 1, 2, 1, 0, 0, 0, -1, -2, -1 };
	static final double[] SOBEL_T = { 1, 0, -1, 2, 0, -2, 1, 0, -1 };

	public EdgeIntensity() {
		super("EI", true);
	}

	@Override
	double value(Evaluation e) {
		int w = e.width;
		int h = e.height;
		double[] gx = Filters.correlateReplicate(e.f.data(), w, h, SOBEL, 3, 3);
		double[] gy = Filters.correlateReplicate(e.f.data(), w, h, SOBEL_T, 3, 3);
		double s = 0;
		for (int i = 0; i < gx.length; i++) s += Math.sqrt(gx[i] * gx[i] + gy[i] * gy[i]);
		return s / gx.length;
	}
}
