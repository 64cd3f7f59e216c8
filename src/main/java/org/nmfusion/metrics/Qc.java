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
		WindowMoments m = e.yang();
		double[] muA = m.mean(Evaluation.A);
		double[] muB = m.mean(Evaluation.B);
		double[] muF = m.mean(Evaluation.F);
		double[] aa = m.product(Evaluation.A, Evaluation.A);
		double[] bb = m.product(Evaluation.B, Evaluation.B);
		double[] ff = m.product(Evaluation.F, Evaluation.F);
		double[] af = m.product(Evaluation.A, Evaluation.F);
		double[] bf = m.product(Evaluation.B, Evaluation.F);
		double c = SsimTerms.YANG_C;
		double[] sim = new double[muA.length];
		Parallel.forChunks(sim.length, 4096, (start, end) -> {
			for (int i = start; i < end; i++) {
				double sA = SsimTerms.sigma(aa[i], muA[i], muA[i]);
				double sB = SsimTerms.sigma(bb[i], muB[i], muB[i]);
				double sF = SsimTerms.sigma(ff[i], muF[i], muF[i]);
				double sAF = SsimTerms.sigma(af[i], muA[i], muF[i]);
				double sBF = SsimTerms.sigma(bf[i], muB[i], muF[i]);
				double s = sAF / (sAF + sBF);
				double v = s * SsimTerms.map(muA[i], muF[i], sA, sF, sAF, c, c)
						+ (1 - s) * SsimTerms.map(muB[i], muF[i], sB, sF, sBF, c, c);
				if (s < 0) {
					v = 0;
				} else if (s > 1) {
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
