package org.nmfusion.metrics;

/**
 * AG: average gradient of the fused image (G. Cui et al., "Detail preserved fusion of visible and
 * infrared images using regional saliency extraction and multi-scale image decomposition", Opt.
 * Commun. 2015; MEFB {@code metricsAvg_gradient}): MATLAB {@code gradient} (central differences,
 * one-sided at the border), {@code sum sqrt((gx^2+gy^2)/2) / ((M-1)(N-1))}. <b>Higher is better.</b>
 */
public final class AverageGradient extends AbstractFusionMetric {

	public AverageGradient() {
		super("AG", true);
	}

	@Override
	double value(Evaluation e) {
		int w = e.width;
		int h = e.height;
		if (w < 2 || h < 2) {
			throw new MetricNotComputableException("AG: image " + w + "x" + h
				+ " has a single row or column; the reference divides by (M-1)(N-1) = 0");
		}
		double[] x = e.f.data();
		double s = 0;
		for (int i = 0; i < h; i++) {
			for (int j = 0; j < w; j++) {
				double gx = derivative(x, i * w, j, w, 1);
				double gy = derivative(x, j, i, h, w);
				s += Math.sqrt((gx * gx + gy * gy) / 2);
			}
		}
		return s / (((double) h - 1) * ((double) w - 1));
	}

	/** MATLAB gradient along one axis of length n; element k at base + k * stride. */
	private static double derivative(double[] x, int base, int k, int n, int stride) {
		if (n == 1) {
			return 0;
		}
		if (k == 0) {
			return x[base + stride] - x[base];
		}
		if (k == n - 1) {
			return x[base + k * stride] - x[base + (k - 1) * stride];
		}
		return (x[base + (k + 1) * stride] - x[base + (k - 1) * stride]) / 2;
	}
}
