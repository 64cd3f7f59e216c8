package org.nmfusion.metrics;

/**
 * Qc: Cvejic's covariance-weighted SSIM metric (N. Cvejic, A. Loza, D. Bull, N. Canagarajah, "A
 * similarity metric for assessment of image fusion algorithms", Int. J. Signal Process. 2005; MEFB
 * {@code metricsQc}). Nominal range [0, 1]. <b>Higher is better.</b>
 *
 * <p>Ill-conditioned in flat non-zero windows (ratios of rounding residues, docs/metrics.md); uses
 * the Octave-exact filter emulation to reproduce the reference.
 */
public final class Qc extends AbstractFusionMetric {

	public Qc() {
		super("Qc", true);
	}

	@Override
	double value(GrayImage a, GrayImage b, GrayImage f) {
		int w = f.width();
		int h = f.height();
		SsimMaps af = SsimMaps.yang(a.data(), f.data(), w, h);
		SsimMaps bf = SsimMaps.yang(b.data(), f.data(), w, h);
		double[] sim = new double[af.map.length];
		for (int i = 0; i < sim.length; i++) {
			double s = af.sigma12[i] / (af.sigma12[i] + bf.sigma12[i]);
			double v = s * af.map[i] + (1 - s) * bf.map[i];
			if (s < 0) {
				v = 0;
			} else if (s > 1) {
				v = 1;
			}
			sim[i] = v;
		}
		return MathUtil.nanMean(sim);
	}
}
