package org.nmfusion.metrics;

/**
 * SD: population standard deviation of the fused image (contrast), as in MEFB {@code metricsSD}
 * (Y.-J. Rao, "In-fibre Bragg grating sensors", Meas. Sci. Technol. 1997, the usual citation for SD
 * in fusion surveys). <b>Higher is better.</b>
 */
public final class StandardDeviation extends AbstractFusionMetric {

	public StandardDeviation() {
		super("SD", true);
	}

	@Override
	double value(Evaluation e) {
		double[] x = e.f.data();
		double mu = MathUtil.mean(x);
		double s = 0;
		for (double v : x) s += (v - mu) * (v - mu);
		return Math.sqrt(s / x.length);
	}
}
