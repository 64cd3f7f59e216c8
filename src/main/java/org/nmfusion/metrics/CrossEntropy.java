package org.nmfusion.metrics;

import java.util.EnumSet;
import java.util.Set;

/**
 * CE: cross entropy (D. M. Bulanon et al., "Image fusion of visible and thermal images for fruit
 * detection", Biosyst. Eng. 2009; MEFB {@code metricsCross_entropy}): mean of the truncated KL
 * divergences D(p_A||p_F) and D(p_B||p_F) in bits, summing only bins where both probabilities are
 * non-zero (so it may be negative). <b>Lower is better.</b>
 */
public final class CrossEntropy extends AbstractFusionMetric {

	public CrossEntropy() {
		super("CE", false);
	}

	@Override
	double value(Evaluation e) {
		double[] pf = e.probabilities(Evaluation.F);
		double[] pa = e.probabilities(Evaluation.A);
		double[] pb = e.probabilities(Evaluation.B);
		return (ce(pa, pf) + ce(pb, pf)) / 2;
	}

	@Override
	Set<Evaluation.Shared> shares() {
		return EnumSet.of(Evaluation.Shared.GREY_HISTOGRAMS);
	}

	private static double ce(double[] px, double[] pf) {
		double s = 0;
		for (int k = 0; k < px.length; k++) {
			if (px[k] != 0 && pf[k] != 0) {
				s += px[k] * MathUtil.log2(px[k] / pf[k]);
			}
		}
		return s;
	}
}
