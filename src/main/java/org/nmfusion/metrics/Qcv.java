package org.nmfusion.metrics;

import org.nmfusion.util.Parallel;

/**
 * Qcv: Chen and Varshney's human-visual-system metric (H. Chen, P. K. Varshney, "A human perception
 * inspired quality metric for image fusion based on regional information", Information Fusion 2007;
 * MEFB {@code metricsQcv}): saliency-weighted (Sobel strength^5 per 16x16 block) mean square of the
 * Mannos-Sakrison CSF-filtered differences between each source and F. Range [0, inf).
 * <b>Lower is better.</b>
 */
public final class Qcv extends AbstractFusionMetric {

	private static final int BLOCK = 16;
	private static final double[] KX = { -1, 0, 1, -2, 0, 2, -1, 0, 1 };
	private static final double[] KY = { -1, -2, -1, 0, 0, 0, 1, 2, 1 };

	public Qcv() {
		super("Qcv", false);
	}

	@Override
	double value(Evaluation e) {
		int w = e.width;
		int h = e.height;
		double[] na = Histograms.normalize1(e.a.data());
		double[] nb = Histograms.normalize1(e.b.data());
		double[] nf = Histograms.normalize1(e.f.data());
		double[] la = blockSaliency(na, w, h);
		double[] lb = blockSaliency(nb, w, h);
		double[][] hm = csf(w, h);
		double[] da = blockMeanSquare(Fft.filter(diff(na, nf), w, h, hm)[0], w, h);
		double[] db = blockMeanSquare(Fft.filter(diff(nb, nf), w, h, hm)[0], w, h);
		double num = 0;
		double den = 0;
		for (int i = 0; i < la.length; i++) {
			num += la[i] * da[i] + lb[i] * db[i];
			den += la[i] + lb[i];
		}
		return num / den;
	}

	@Override
	String undefinedNote() {
		return "Qcv is undefined for these images: a constant non-zero image makes the stretch (normalize1)"
			+ " 0/0, or A and B have no edges at all (zero saliency)";
	}

	private static double[] diff(double[] x, double[] f) {
		double[] d = new double[x.length];
		for (int i = 0; i < d.length; i++) d[i] = x[i] - f[i];
		return d;
	}

	/** Sum over zero-padded 16x16 blocks of G^5, G the Sobel strength (correlation, 'same'). */
	private static double[] blockSaliency(double[] x, int w, int h) {
		double[] gx = Filters.correlateSame(x, w, h, KX, 3, 3);
		double[] gy = Filters.correlateSame(x, w, h, KY, 3, 3);
		double[] g5 = gx;
		Parallel.forChunks(g5.length, 4096, (start, end) -> {
			for (int i = start; i < end; i++) {
				double g = Math.sqrt(gx[i] * gx[i] + gy[i] * gy[i]);
				g5[i] = Math.pow(g, 5);
			}
		});
		return blockSums((i, row) -> System.arraycopy(g5, i * w, row, 0, w), w, h);
	}

	/** Mean over each block of the squared values. */
	private static double[] blockMeanSquare(double[][] x, int w, int h) {
		double[] s = blockSums((i, row) -> {
			for (int j = 0; j < w; j++) row[j] = x[i][j] * x[i][j];
		}, w, h);
		for (int i = 0; i < s.length; i++) s[i] /= BLOCK * BLOCK;
		return s;
	}

	/** Fills {@code row} with the values of image row i. */
	private interface Rows {
		void row(int i, double[] row);
	}

	/** Sum over each zero-padded 16x16 block, its pixels in row-major order (block rows split over the cores). */
	private static double[] blockSums(Rows x, int w, int h) {
		int bw = (w + BLOCK - 1) / BLOCK;
		int bh = (h + BLOCK - 1) / BLOCK;
		double[] out = new double[bw * bh];
		Parallel.forChunks(bh, 4, (start, end) -> {
			double[] row = new double[w];
			for (int i = start * BLOCK; i < Math.min(h, end * BLOCK); i++) {
				x.row(i, row);
				int o = (i / BLOCK) * bw;
				for (int j = 0; j < w; j++) out[o + j / BLOCK] += row[j];
			}
		});
		return out;
	}

	/** Mannos-Sakrison CSF on the freqspace grid (u = N/8 fx), re-indexed to DFT bins (rows). */
	private static double[][] csf(int w, int h) {
		double[][] s = new double[h][w];
		Parallel.forChunks(h, 16, (start, end) -> {
			for (int kr = start; kr < end; kr++) {
				double v = h / 8.0 * (Fft.signedFrequency(kr, h) * (2.0 / h));
				for (int kc = 0; kc < w; kc++) {
					double u = w / 8.0 * (Fft.signedFrequency(kc, w) * (2.0 / w));
					double r = Math.sqrt(u * u + v * v);
					s[kr][kc] = 2.6 * (0.0192 + 0.144 * r) * Math.exp(-Math.pow(0.144 * r, 1.1));
				}
			}
		});
		return s;
	}
}
