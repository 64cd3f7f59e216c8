package org.nmfusion.metrics;

import java.util.EnumSet;
import java.util.Set;

import org.nmfusion.util.SymmetricEigen;

/**
 * Qncie: nonlinear correlation information entropy (Q. Wang, Y. Shen, J. Jin, "Performance
 * evaluation of image fusion techniques", in Image Fusion: Algorithms and Applications, 2008; MEFB
 * {@code metricsQncie}): {@code 1 - H(eig(R)/3)} in base 256 for the 3x3 matrix R of normalised
 * mutual informations between A, B and F. Range [0.8019, 1]. <b>Higher is better.</b>
 */
public final class Qncie extends AbstractFusionMetric {

	public Qncie() {
		super("Qncie", true);
	}

	@Override
	double value(Evaluation e) {
		e.requireStretchable("Qncie");
		double ab = ncc(e.jointProbabilities(Evaluation.A, Evaluation.B));
		double af = ncc(e.jointProbabilities(Evaluation.A, Evaluation.F));
		double bf = ncc(e.jointProbabilities(Evaluation.B, Evaluation.F));
		double[] ev = new SymmetricEigen(new double[] { 1, ab, af, ab, 1, bf, af, bf, 1 }, 3, 0).diagonal();
		double hr = 0;
		for (double l : ev) {
			double t = l / 3;
			hr -= t * (Math.log(t) / Math.log(256));
		}
		return 1 - hr;
	}

	@Override
	Set<Evaluation.Shared> shares() {
		return EnumSet.of(Evaluation.Shared.STRETCHED_HISTOGRAMS);
	}

	private static double ncc(double[] p) {
		return (Histograms.entropy2(Histograms.colSums(p)) + Histograms.entropy2(Histograms.rowSums(p))
			- Histograms.entropy2(p)) / 8.0;
	}
}
