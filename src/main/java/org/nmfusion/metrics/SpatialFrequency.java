package org.nmfusion.metrics;

/**
 * SF: spatial frequency of the fused image (A. M. Eskicioglu, P. S. Fisher, "Image quality measures
 * and their performance", IEEE Trans. Commun. 1995; MEFB {@code metricsSpatial_frequency}):
 * {@code sqrt(RF + CF)} with both sums of squared neighbour differences divided by M*N.
 * <b>Higher is better.</b>
 */
public final class SpatialFrequency extends AbstractFusionMetric {

	public SpatialFrequency() {
		super("SF", true);
	}

	@Override
	double value(Evaluation e) {
		int w = e.width;
		int h = e.height;
		double[] x = e.f.data();
		double rf = 0;
		double cf = 0;
		for (int i = 0; i < h; i++) {
			for (int j = 0; j < w; j++) {
				double v = x[i * w + j];
				if (j > 0) {
					double d = v - x[i * w + j - 1];
					rf += d * d;
				}
				if (i > 0) {
					double d = v - x[(i - 1) * w + j];
					cf += d * d;
				}
			}
		}
		double n = (double) w * h;
		return Math.sqrt(rf / n + cf / n);
	}
}
