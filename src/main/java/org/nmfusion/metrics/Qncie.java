package org.nmfusion.metrics;

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
	double value(GrayImage a, GrayImage b, GrayImage f) {
		double[] na = Histograms.normalize1Checked(a.data(), "Qncie", "A");
		double[] nb = Histograms.normalize1Checked(b.data(), "Qncie", "B");
		double[] nf = Histograms.normalize1Checked(f.data(), "Qncie", "F");
		double ab = ncc(na, nb);
		double af = ncc(na, nf);
		double bf = ncc(nb, nf);
		double[] ev = SymmetricEigen.eigenvalues3(new double[] {1, ab, af, ab, 1, bf, af, bf, 1});
		double hr = 0;
		for (double l : ev) {
			double t = l / 3;
			hr -= t * (Math.log(t) / Math.log(256));
		}
		return 1 - hr;
	}

	private static double ncc(double[] x, double[] y) {
		double[] p = Histograms.jointProbabilities(x, y, "image");
		return (Histograms.entropy2(Histograms.colSums(p)) + Histograms.entropy2(Histograms.rowSums(p))
				- Histograms.entropy2(p)) / 8.0;
	}
}
