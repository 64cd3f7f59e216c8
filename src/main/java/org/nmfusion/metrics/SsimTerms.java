package org.nmfusion.metrics;

/**
 * The pointwise part of Wang's {@code ssim_index}, line by line (the operation order matters where
 * the reference divides rounding residues): from the windowed means {@code mu} and the windowed means
 * of the products {@code f11 = <x1 x1>}, {@code f22}, {@code f12}.
 */
final class SsimTerms {

	/** Wang's constants for L = 255: K = (0.01, 0.03). */
	static final double WANG_C1 = 6.5025;
	static final double WANG_C2 = 58.5225;
	/** Yang's constants (Qy, Qc). */
	static final double YANG_C = 2e-16;

	private SsimTerms() {
	}

	/** Local variance {@code f11 - mu1^2} (or covariance {@code f12 - mu1 mu2}). */
	static double sigma(double f, double mu1, double mu2) {
		return f - mu1 * mu2;
	}

	/** SSIM of one window from the means and the (co)variances. */
	static double map(double mu1, double mu2, double s1, double s2, double s12, double c1, double c2) {
		double mu1Sq = mu1 * mu1;
		double mu2Sq = mu2 * mu2;
		double mu12 = mu1 * mu2;
		return ((2 * mu12 + c1) * (2 * s12 + c2)) / ((mu1Sq + mu2Sq + c1) * (s1 + s2 + c2));
	}
}
