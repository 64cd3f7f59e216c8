package org.nmfusion.metrics;

import java.util.EnumSet;
import java.util.Set;

import org.nmfusion.util.Parallel;

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
	double value(Evaluation e) {
		WindowMoments m = e.yang();
		YangTerms t = new YangTerms(m);
		double[] muA = t.muA;
		double[] muB = t.muB;
		double[] muF = t.muF;
		double[] ab = m.product(Evaluation.A, Evaluation.B);
		double c = SsimTerms.YANG_C;
		double[] q = new double[t.size()];
		Parallel.forChunks(q.length, 4096, (start, end) -> {
			for (int i = start; i < end; i++) {
				double sA = t.varA(i);
				double sB = t.varB(i);
				double sF = t.varF(i);
				double ssimAB = SsimTerms.map(muA[i], muB[i], sA, sB, SsimTerms.sigma(ab[i], muA[i], muB[i]), c, c);
				double ssimAF = SsimTerms.map(muA[i], muF[i], sA, sF, t.covAF(i), c, c);
				double ssimBF = SsimTerms.map(muB[i], muF[i], sB, sF, t.covBF(i), c, c);
				double bin = ssimAB >= 0.75 ? 1.0 : 0.0;
				double lambda = sA / (sA + sB);
				double q1 = (lambda * ssimAF + (1 - lambda) * ssimBF) * bin;
				double q2 = MathUtil.nanMax(ssimAF, ssimBF) * (1.0 - bin);
				q[i] = q1 + q2;
			}
		});
		return MathUtil.nanMean(q);
	}

	@Override
	Set<Evaluation.Shared> shares() {
		return EnumSet.of(Evaluation.Shared.YANG_MOMENTS);
	}

	@Override
	String undefinedNote() {
		return "Qy is undefined for these images: every 7x7 window is 0/0 (e.g. A and B zero everywhere)";
	}
}
