package org.nmfusion.metrics;

/**
 * MI: mutual information I(A,F) + I(B,F) in nats, each image min-max stretched to 0..255 first
 * (G. Qu, D. Zhang, P. Yan, "Information measure for performance of image fusion", Electron. Lett.
 * 2002; VIFB {@code metricsMutinf}). <b>Higher is better.</b>
 */
public final class MutualInformation extends AbstractFusionMetric {

	public MutualInformation() {
		super("MI", true);
	}

	@Override
	double value(GrayImage a, GrayImage b, GrayImage f) {
		double[] sf = Histograms.stretchMi(f.data());
		return mi(Histograms.stretchMi(a.data()), sf) + mi(Histograms.stretchMi(b.data()), sf);
	}

	private static double mi(double[] x, double[] y) {
		double[] pxy = Histograms.jointProbabilities(x, y, "image");
		return Histograms.entropyE(Histograms.rowSums(pxy)) + Histograms.entropyE(Histograms.colSums(pxy))
				- Histograms.entropyE(pxy);
	}
}
