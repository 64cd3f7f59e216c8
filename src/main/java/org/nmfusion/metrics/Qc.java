package org.nmfusion.metrics;

import java.util.EnumSet;
import java.util.Set;

import org.nmfusion.util.Parallel;

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
	double value(Evaluation e) {
		YangTerms t = new YangTerms(e.yang());
		double c = SsimTerms.YANG_C;
		double[] sim = new double[t.size()];
		Parallel.forChunks(sim.length, 4096, (start, end) -> {
			for (int i = start; i < end; i++) {
				double sA = t.varA(i);
				double sB = t.varB(i);
				double sF = t.varF(i);
				double sAF = t.covAF(i);
				double sBF = t.covBF(i);
				double s = sAF / (sAF + sBF);
				double v = s * SsimTerms.map(t.muA[i], t.muF[i], sA, sF, sAF, c, c)
					+ (1 - s) * SsimTerms.map(t.muB[i], t.muF[i], sB, sF, sBF, c, c);
				if (s < 0) {
					v = 0;
				}
				else if (s > 1) {
					v = 1;
				}
				sim[i] = v;
			}
		});
		return MathUtil.nanMean(sim);
	}

	@Override
	Set<Evaluation.Shared> shares() {
		return EnumSet.of(Evaluation.Shared.YANG_MOMENTS);
	}

	@Override
	String undefinedNote() {
		return "Qc is undefined for these images: every 7x7 window is 0/0 (no covariance of F with A or B)";
	}
}
