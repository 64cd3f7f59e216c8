package org.nmfusion.metrics;

import java.util.EnumSet;
import java.util.Set;

/**
 * TE: Tsallis-entropy fusion metric with q = 1.85 (N. Cvejic, C. N. Canagarajah, D. R. Bull, "Image
 * fusion metric based on mutual information and Tsallis entropy", Electron. Lett. 2006; MEFB
 * {@code metricsTE}), including the toolbox quirk of pairing the joint probability P(i,j) with the
 * swapped marginals p_F(i) p_X(j), which makes values unbounded and erratic. Nominally <b>higher is
 * better</b>.
 */
public final class TsallisEntropy extends AbstractFusionMetric {

	private static final double Q = 1.85;

	public TsallisEntropy() {
		super("TE", true);
	}

	@Override
	double value(Evaluation e) {
		e.requireStretchable("TE");
		return tsallis(e.jointProbabilities(Evaluation.A, Evaluation.F))
			+ tsallis(e.jointProbabilities(Evaluation.B, Evaluation.F));
	}

	@Override
	Set<Evaluation.Shared> shares() {
		return EnumSet.of(Evaluation.Shared.STRETCHED_HISTOGRAMS);
	}

	private static double tsallis(double[] p) {
		double[] c = Histograms.colSums(p); // marginal of f
		double[] r = Histograms.rowSums(p); // marginal of x
		int n = Histograms.BINS;
		double s = 0;
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < n; j++) {
				double pij = p[i * n + j];
				double den = c[i] * r[j];
				if (pij != 0 && den != 0) {
					s += Math.pow(pij, Q) / Math.pow(den, Q - 1);
				}
			}
		}
		return (1 - s) / (1 - Q);
	}
}
