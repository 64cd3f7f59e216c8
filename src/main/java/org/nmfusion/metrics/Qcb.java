package org.nmfusion.metrics;

import org.nmfusion.util.Parallel;

/**
 * Qcb: Chen and Blum's human-perception-based metric (Y. Chen, R. S. Blum, "A new automated quality
 * assessment algorithm for image fusion", Image Vis. Comput. 2009; MEFB {@code metricsQcb}): CSF
 * (difference of Gaussians in frequency) filtering, local band-limited contrast with 31x31 Gaussians
 * (sigma 2 and 4), masked contrast preservation weighted by source saliency. Range [0, 1].
 * <b>Higher is better.</b>
 *
 * <p>In large exactly-uniform areas the filtered image is FFT round-off and the contrast there a ratio
 * of round-off values, so agreement with the reference is limited on such images (docs/metrics.md).
 */
public final class Qcb extends AbstractFusionMetric {

	private static final double F0 = 15.3870;
	private static final double F1 = 1.3456;
	private static final double A = 0.7622;
	private static final double Z = 0.0001;

	public Qcb() {
		super("Qcb", true);
	}

	/** Names of the sources' masked contrast maps in {@link SourceImages}. */
	static final String CONTRAST_A = "Qcb contrast A", CONTRAST_B = "Qcb contrast B";

	@Override
	double value(Evaluation e) {
		int w = e.width;
		int h = e.height;
		double[][] csf = csf(w, h);
		double[] g1 = gauss1d(2);
		double[] g2 = gauss1d(4);
		double[] ca = e.sourceOwn(CONTRAST_A, () -> maskedContrast(prep(e.a.data()), w, h, csf, g1, g2));
		double[] cb = e.sourceOwn(CONTRAST_B, () -> maskedContrast(prep(e.b.data()), w, h, csf, g1, g2));
		double[] cf = maskedContrast(prep(e.f.data()), w, h, csf, g1, g2);
		double[] q = cf; // written over F's contrast: each cf[i] is read before q[i] is written (ca, cb may be kept)
		Parallel.forChunks(q.length, 4096, (start, end) -> {
			for (int i = start; i < end; i++) {
				double qa = preservation(ca[i], cf[i]);
				double qb = preservation(cb[i], cf[i]);
				double a2 = ca[i] * ca[i];
				double b2 = cb[i] * cb[i];
				double la = a2 / (a2 + b2);
				double lb = b2 / (a2 + b2);
				q[i] = la * qa + lb * qb;
			}
		});
		return MathUtil.sum(q) / q.length;
	}

	@Override
	String undefinedNote() {
		return "Qcb is undefined for these images: a masked local contrast is exactly 0 somewhere (e.g. a"
			+ " constant or exactly uniform region), which makes the reference formula 0/0";
	}

	/** Mask blend of both ratios, as the reference: NaN wherever either ratio is 0/0 or inf*0. */
	private static double preservation(double cx, double cf) {
		double mask = cx < cf ? 1.0 : 0.0;
		return (cx / cf) * mask + (cf / cx) * (1 - mask);
	}

	/** im2double then normalize1. */
	private static double[] prep(double[] x) {
		double[] d = new double[x.length];
		for (int i = 0; i < d.length; i++) d[i] = x[i] / 255.0;
		return Histograms.normalize1(d);
	}

	/** DoG contrast sensitivity S(r) on the freqspace grid, re-indexed to DFT bins (rows). */
	static double[][] csf(int w, int h) {
		double[][] s = new double[h][w];
		Parallel.forChunks(h, 16, (start, end) -> {
			for (int kr = start; kr < end; kr++) {
				double v = h / 30.0 * (Fft.signedFrequency(kr, h) * (2.0 / h));
				for (int kc = 0; kc < w; kc++) {
					double u = w / 30.0 * (Fft.signedFrequency(kc, w) * (2.0 / w));
					double r = Math.sqrt(u * u + v * v);
					s[kr][kc] = Math.exp(-(r / F0) * (r / F0)) - A * Math.exp(-(r / F1) * (r / F1));
				}
			}
		});
		return s;
	}

	/** Separable factor of the unnormalised 31x31 kernel exp(-(x^2+y^2)/(2 s^2)) / (2 pi s^2). */
	private static double[] gauss1d(double sigma) {
		double[] g = new double[31];
		double norm = Math.sqrt(2 * Math.PI * sigma * sigma);
		for (int i = 0; i < 31; i++) {
			double x = i - 15;
			g[i] = Math.exp(-(x * x) / (2 * sigma * sigma)) / norm;
		}
		return g;
	}

	private static double[] maskedContrast(double[] x, int w, int h, double[][] csf, double[] g1, double[] g2) {
		double[][][] y = Fft.filter(x, w, h, csf);
		double[][] br = Filters.separableSamePair(y[0], g1, g2);
		double[][] bi = Filters.separableSamePair(y[1], g1, g2);
		double[] b1r = br[0];
		double[] b1i = bi[0];
		double[] b2r = br[1];
		double[] b2i = bi[1];
		double[] c = b1r;
		Parallel.forChunks(c.length, 4096, (start, end) -> {
			for (int i = start; i < end; i++) {
				// complex (b1 / b2) - 1, then modulus, as Octave does on the complex filtered image
				double den = b2r[i] * b2r[i] + b2i[i] * b2i[i];
				double qr = (b1r[i] * b2r[i] + b1i[i] * b2i[i]) / den - 1;
				double qi = (b1i[i] * b2r[i] - b1r[i] * b2i[i]) / den;
				double cc = Math.sqrt(qr * qr + qi * qi);
				c[i] = (cc * cc * cc) / (cc * cc + Z);
			}
		});
		return c;
	}
}
