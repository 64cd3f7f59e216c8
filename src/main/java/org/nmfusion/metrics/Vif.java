package org.nmfusion.metrics;

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
	private static final double[] P = {1 / 2.15, 0, 0.15 / 2.15, 1 / 2.15};

	public Vif() {
		super("VIF", true);
	}

	/** Per-scale results of {@code comvid}. */
	private static final class Scale {
		double[] vid;
		double[] vind;
		double[] g;
	}

	@Override
	double value(GrayImage a, GrayImage b, GrayImage f) {
		Scale[] s1 = comvid(a.data(), f.data(), f.width(), f.height());
		Scale[] s2 = comvid(b.data(), f.data(), f.width(), f.height());
		double vif = 0;
		for (int s = 0; s < 4; s++) {
			double num = 0;
			double den = 0;
			for (int i = 0; i < s1[s].g.length; i++) {
				boolean first = s1[s].g[i] < s2[s].g[i];
				num += (first ? s1[s].vid[i] : s2[s].vid[i]) + C;
				den += (first ? s1[s].vind[i] : s2[s].vind[i]) + C;
			}
			vif += P[s] * (num / den);
		}
		return vif;
	}

	private static Scale[] comvid(double[] ref0, double[] dist0, int w0, int h0) {
		Scale[] out = new Scale[4];
		double[] ref = ref0;
		double[] dist = dist0;
		int w = w0;
		int h = h0;
		for (int scale = 1; scale <= 4; scale++) {
			int n = (1 << (5 - scale)) + 1;
			double[] win = Gaussian.window1d(n, n / 5.0);
			if (scale > 1) {
				double[] r = Filters.separableValid(ref, w, h, win, win);
				double[] d = Filters.separableValid(dist, w, h, win, win);
				int vw = w - n + 1;
				int vh = h - n + 1;
				int nw = (vw + 1) / 2;
				int nh = (vh + 1) / 2;
				ref = new double[nw * nh];
				dist = new double[nw * nh];
				for (int i = 0; i < nh; i++) {
					for (int j = 0; j < nw; j++) {
						ref[i * nw + j] = r[2 * i * vw + 2 * j];
						dist[i * nw + j] = d[2 * i * vw + 2 * j];
					}
				}
				w = nw;
				h = nh;
			}
			if (w < n || h < n) {
				throw new IllegalArgumentException("VIF: image " + w0 + "x" + h0
						+ " is too small for the four-scale analysis");
			}
			double[] mu1 = Filters.separableValid(ref, w, h, win, win);
			double[] mu2 = Filters.separableValid(dist, w, h, win, win);
			double[] rr = Filters.separableValid(MathUtil.mul(ref, ref), w, h, win, win);
			double[] dd = Filters.separableValid(MathUtil.mul(dist, dist), w, h, win, win);
			double[] rd = Filters.separableValid(MathUtil.mul(ref, dist), w, h, win, win);
			int len = mu1.length;
			Scale sc = new Scale();
			sc.vid = new double[len];
			sc.vind = new double[len];
			sc.g = new double[len];
			for (int i = 0; i < len; i++) {
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
			out[scale - 1] = sc;
		}
		return out;
	}
}
