package org.nmfusion.metrics;

import org.nmfusion.util.Parallel;

/**
 * VIF: Han et al.'s visual-information-fidelity fusion metric VIFF (Y. Han, Y. Cai, Y. Cao, X. Xu,
 * "A new image fusion performance metric based on visual information fidelity", Information Fusion
 * 2013; MEFB {@code metricsVIF}): four scales of Gaussian-windowed local gain/noise statistics,
 * per position the source with the smaller gain, weights (1, 0, 0.15, 1)/2.15. Range about [0, 1].
 * <b>Higher is better.</b>
 */
public final class Vif extends AbstractFusionMetric {

	private static final double SIGMA_N_SQ = 0.005 * 255 * 255;
	private static final double C = 1e-7;
	private static final double[] P = { 1 / 2.15, 0, 0.15 / 2.15, 1 / 2.15 };

	public Vif() {
		super("VIF", true);
	}

	/** Per-scale results of {@code comvid} for one source. */
	private static final class Scale {
		double[] vid;
		double[] vind;
		double[] g;
	}

	@Override
	double value(Evaluation e) {
		int w = e.width;
		int h = e.height;
		checkSize(w, h);
		double[] a = e.a.data();
		double[] b = e.b.data();
		double[] f = e.f.data();
		double vif = 0;
		for (int scale = 1; scale <= 4; scale++) {
			int n = windowSize(scale);
			double[] win = Gaussian.window1d(n, n / 5.0);
			if (scale > 1) {
				a = decimate(a, w, h, win);
				b = decimate(b, w, h, win);
				f = decimate(f, w, h, win);
				w = (w - n + 2) / 2;
				h = (h - n + 2) / 2;
			}
			double[] muF = Filters.separableValid(f, w, h, win, win);
			double[] ff = Filters.separableValid(MathUtil.mul(f, f), w, h, win, win);
			Scale s1 = comvid(a, f, muF, ff, w, h, win);
			Scale s2 = comvid(b, f, muF, ff, w, h, win);
			double num = 0;
			double den = 0;
			for (int i = 0; i < s1.g.length; i++) {
				boolean first = s1.g[i] < s2.g[i];
				num += (first ? s1.vid[i] : s2.vid[i]) + C;
				den += (first ? s1.vind[i] : s2.vind[i]) + C;
			}
			vif += P[scale - 1] * (num / den);
		}
		return vif;
	}

	/** Window of scale 1..4: 17, 9, 5, 3 pixels. */
	private static int windowSize(int scale) {
		return (1 << (5 - scale)) + 1;
	}

	/** Each coarser scale is the previous one filtered ('valid') and subsampled by 2. */
	private static void checkSize(int w0, int h0) {
		int w = w0;
		int h = h0;
		for (int scale = 1; scale <= 4; scale++) {
			int n = windowSize(scale);
			if (scale > 1) {
				w = (w - n + 2) / 2;
				h = (h - n + 2) / 2;
			}
			if (w < n || h < n) {
				throw new MetricNotComputableException("VIF: image " + w0 + "x" + h0
					+ " is too small for the four-scale analysis (windows 17, 9, 5, 3)");
			}
		}
	}

	/** 'valid' filter with the window of the new scale, then every second row and column from the first. */
	private static double[] decimate(double[] x, int w, int h, double[] win) {
		int n = win.length;
		double[] v = Filters.separableValid(x, w, h, win, win);
		int vw = w - n + 1;
		int vh = h - n + 1;
		int nw = (vw + 1) / 2;
		int nh = (vh + 1) / 2;
		double[] out = new double[nw * nh];
		for (int i = 0; i < nh; i++) {
			for (int j = 0; j < nw; j++) {
				out[i * nw + j] = v[2 * i * vw + 2 * j];
			}
		}
		return out;
	}

	/** Gain, and information with and without distortion, of F against the reference image. */
	private static Scale comvid(double[] ref, double[] dist, double[] mu2, double[] dd, int w, int h, double[] win) {
		double[] mu1 = Filters.separableValid(ref, w, h, win, win);
		double[] rr = Filters.separableValid(MathUtil.mul(ref, ref), w, h, win, win);
		double[] rd = Filters.separableValid(MathUtil.mul(ref, dist), w, h, win, win);
		int len = mu1.length;
		Scale sc = new Scale();
		sc.vid = new double[len];
		sc.vind = new double[len];
		sc.g = new double[len];
		Parallel.forChunks(len, 4096, (start, end) -> {
			for (int i = start; i < end; i++) {
				double s1 = rr[i] - mu1[i] * mu1[i];
				double s2 = dd[i] - mu2[i] * mu2[i];
				double s12 = rd[i] - mu1[i] * mu2[i];
				s1 = Math.max(s1, 0);
				s2 = Math.max(s2, 0);
				double g = s12 / (s1 + 1e-10);
				double sv = s2 - g * s12;
				if (s1 < 1e-10) {
					g = 0;
					sv = s2;
					s1 = 0;
				}
				if (s2 < 1e-10) {
					g = 0;
					sv = 0;
				}
				if (g < 0) {
					sv = s2;
					g = 0;
				}
				if (sv <= 1e-10) {
					sv = 1e-10;
				}
				sc.g[i] = g;
				sc.vid[i] = Math.log10(1 + g * g * s1 / (sv + SIGMA_N_SQ));
				sc.vind[i] = Math.log10(1 + s1 / SIGMA_N_SQ);
			}
		});
		return sc;
	}
}
