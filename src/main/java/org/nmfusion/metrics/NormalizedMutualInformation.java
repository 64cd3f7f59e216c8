package org.nmfusion.metrics;

import java.util.EnumSet;
import java.util.Set;

/**
 * NMI (Q_MI): Hossny's normalised mutual information
 * {@code 2 [I(A,F)/(H(A)+H(F)) + I(B,F)/(H(B)+H(F))]} in bits on normalize1-stretched images
 * (M. Hossny, S. Nahavandi, D. Creighton, "Comments on 'Information measure for performance of image
 * fusion'", Electron. Lett. 2008; MEFB {@code metricsNMI}). Range [0, 2]. <b>Higher is better.</b>
 */
public final class NormalizedMutualInformation extends AbstractFusionMetric {

	public NormalizedMutualInformation() {
		super("NMI", true);
	}

	@Override
	double value(Evaluation e) {
		e.requireStretchable("NMI");
		return 2 * (term(e.jointProbabilities(Evaluation.A, Evaluation.F))
			+ term(e.jointProbabilities(Evaluation.B, Evaluation.F)));
	}

	@Override
	Set<Evaluation.Shared> shares() {
		return EnumSet.of(Evaluation.Shared.STRETCHED_HISTOGRAMS);
	}

	private static double term(double[] p) {
		double hf = Histograms.entropy2(Histograms.colSums(p));
		double hx = Histograms.entropy2(Histograms.rowSums(p));
		double mi = hf + hx - Histograms.entropy2(p);
		return mi / (hx + hf);
	}
}
