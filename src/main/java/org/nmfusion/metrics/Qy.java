package org.nmfusion.metrics;

/**
 * Qy: Yang's SSIM-based fusion metric (C. Yang, J.-Q. Zhang, X.-R. Wang, X. Liu, "A novel
 * similarity based quality metric for image fusion", Information Fusion 2008; MEFB
 * {@code metricsQy}): per 7x7 window, the variance-weighted SSIM of F with A and B where A and B are
 * similar (SSIM(A,B) >= 0.75), else the larger of the two; mean over windows that are not NaN.
 * Range [0, 1]. <b>Higher is better.</b>
 *
 * <p>Uses the Octave-exact filter emulation: with C1 = C2 = 2e-16 the values in flat non-zero windows
 * are ratios of rounding residues (docs/metrics.md).
 */
public final class Qy extends AbstractFusionMetric {

	public Qy() {
		super("Qy", true);
	}

	@Override
	double value(GrayImage a, GrayImage b, GrayImage f) {
		int w = f.width();
		int h = f.height();
		SsimMaps ab = SsimMaps.yang(a.data(), b.data(), w, h);
		SsimMaps af = SsimMaps.yang(a.data(), f.data(), w, h);
		SsimMaps bf = SsimMaps.yang(b.data(), f.data(), w, h);
		double[] q = new double[ab.map.length];
		for (int i = 0; i < q.length; i++) {
			double bin = ab.map[i] >= 0.75 ? 1.0 : 0.0;
			double lambda = ab.sigma1Sq[i] / (ab.sigma1Sq[i] + ab.sigma2Sq[i]);
			double q1 = (lambda * af.map[i] + (1 - lambda) * bf.map[i]) * bin;
			double q2 = MathUtil.nanMax(af.map[i], bf.map[i]) * (1.0 - bin);
			q[i] = q1 + q2;
		}
		return MathUtil.nanMean(q);
	}
}
