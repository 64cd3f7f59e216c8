package org.nmfusion.metrics;

/**
 * PSNR as MEFB {@code metricsPsnr} computes it (P. Jagalingam, A. V. Hegde, "A review of quality
 * metrics for fused image", Aquatic Procedia 2015), including the toolbox quirk that its "MSE" is
 * {@code sqrt(sum (x-f)^2) / (M*N)}: {@code 20 log10(255 / sqrt((e(A,F)+e(B,F))/2))} dB. Values are
 * therefore size dependent (~55-66 dB). +Infinity if F equals A and B. <b>Higher is better.</b>
 */
public final class Psnr extends AbstractFusionMetric {

	public Psnr() {
		super("PSNR", true);
	}

	@Override
	double value(Evaluation e) {
		double err = (err(e.a.data(), e.f.data()) + err(e.b.data(), e.f.data())) / 2;
		return 20 * Math.log10(255 / Math.sqrt(err));
	}

	private static double err(double[] x, double[] f) {
		double s = 0;
		for (int i = 0; i < x.length; i++) {
			double d = x[i] - f[i];
			s += d * d;
		}
		return Math.sqrt(s) / x.length;
	}
}
