package org.nmfusion.metrics;

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
	double value(GrayImage a, GrayImage b, GrayImage f) {
		double[] na = Histograms.normalize1Checked(a.data(), "NMI", "A");
		double[] nb = Histograms.normalize1Checked(b.data(), "NMI", "B");
		double[] nf = Histograms.normalize1Checked(f.data(), "NMI", "F");
		return 2 * (term(na, nf) + term(nb, nf));
	}

	private static double term(double[] x, double[] f) {
		double[] p = Histograms.jointProbabilities(x, f, "image");
		double hf = Histograms.entropy2(Histograms.colSums(p));
		double hx = Histograms.entropy2(Histograms.rowSums(p));
		double mi = hf + hx - Histograms.entropy2(p);
		return mi / (hx + hf);
	}
}
