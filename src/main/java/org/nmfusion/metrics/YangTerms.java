package org.nmfusion.metrics;

/**
 * The windowed means, variances and covariances of A, B and F that Yang's Qy and Cvejic's Qc both read, from Yang's
 * 7x7 moments of one evaluation ({@link Evaluation#yang()}): sigma_xy = E[xy] - mu_x mu_y per window.
 */
final class YangTerms {

	final double[] muA;
	final double[] muB;
	final double[] muF;
	private final double[] aa;
	private final double[] bb;
	private final double[] ff;
	private final double[] af;
	private final double[] bf;

	YangTerms(WindowMoments m) {
		muA = m.mean(Evaluation.A);
		muB = m.mean(Evaluation.B);
		muF = m.mean(Evaluation.F);
		aa = m.product(Evaluation.A, Evaluation.A);
		bb = m.product(Evaluation.B, Evaluation.B);
		ff = m.product(Evaluation.F, Evaluation.F);
		af = m.product(Evaluation.A, Evaluation.F);
		bf = m.product(Evaluation.B, Evaluation.F);
	}

	/** Number of windows. */
	int size() {
		return muA.length;
	}

	double varA(int i) {
		return SsimTerms.sigma(aa[i], muA[i], muA[i]);
	}

	double varB(int i) {
		return SsimTerms.sigma(bb[i], muB[i], muB[i]);
	}

	double varF(int i) {
		return SsimTerms.sigma(ff[i], muF[i], muF[i]);
	}

	double covAF(int i) {
		return SsimTerms.sigma(af[i], muA[i], muF[i]);
	}

	double covBF(int i) {
		return SsimTerms.sigma(bf[i], muB[i], muF[i]);
	}
}
