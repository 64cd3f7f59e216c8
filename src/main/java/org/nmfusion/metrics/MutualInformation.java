package org.nmfusion.metrics;

import java.util.EnumSet;
import java.util.Set;

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
	double value(Evaluation e) {
		return mi(e.jointProbabilities(Evaluation.A, Evaluation.F))
			+ mi(e.jointProbabilities(Evaluation.B, Evaluation.F));
	}

	@Override
	Set<Evaluation.Shared> shares() {
		return EnumSet.of(Evaluation.Shared.STRETCHED_HISTOGRAMS);
	}

	private static double mi(double[] pxy) {
		return Histograms.entropyE(Histograms.rowSums(pxy)) + Histograms.entropyE(Histograms.colSums(pxy))
			- Histograms.entropyE(pxy);
	}
}
