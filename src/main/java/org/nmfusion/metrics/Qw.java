package org.nmfusion.metrics;

/**
 * Qw: Piella's edge-dependent fusion quality index (G. Piella, H. Heijmans, "A new quality metric for
 * image fusion", ICIP 2003; MEFB {@code metricsQw}), computed on Prewitt edge maps with the
 * saliency-weighted SSIM (window gauss(11, 1.5), alpha = 1). Range about [-1, 1]. <b>Higher is
 * better.</b>
 */
public final class Qw extends AbstractFusionMetric {

	private static final double[] PX = {1, 0, -1, 1, 0, -1, 1, 0, -1};
	private static final double[] PY = {1, 1, 1, 0, 0, 0, -1, -1, -1};

	public Qw() {
		super("Qw", true);
	}

	@Override
	double value(GrayImage a, GrayImage b, GrayImage f) {
		int w = f.width();
		int h = f.height();
		double[] ea = edges(a.data(), w, h);
		double[] eb = edges(b.data(), w, h);
		double[] ef = edges(f.data(), w, h);
		SsimMaps ab = SsimMaps.wang(ea, eb, w, h);
		SsimMaps s1 = SsimMaps.wang(ef, ea, w, h);
		SsimMaps s2 = SsimMaps.wang(ef, eb, w, h);
		int n = ab.map.length;
		double[] cw = new double[n];
		double[] lam = new double[n];
		double sumCw = 0;
		for (int i = 0; i < n; i++) {
			double v1 = ab.sigma1Sq[i];
			double v2 = ab.sigma2Sq[i];
			if (v1 + v2 == 0) {
				v1 += 0.5;
				v2 += 0.5;
			}
			lam[i] = v1 / (v1 + v2);
			cw[i] = Math.max(v1, v2);
			sumCw += cw[i];
		}
		double q = 0;
		for (int i = 0; i < n; i++) {
			q += cw[i] / sumCw * (lam[i] * s1.map[i] + (1 - lam[i]) * s2.map[i]);
		}
		return q;
	}

	private static double[] edges(double[] x, int w, int h) {
		double[] gx = Filters.correlateSame(x, w, h, PX, 3, 3);
		double[] gy = Filters.correlateSame(x, w, h, PY, 3, 3);
		double[] e = new double[gx.length];
		for (int i = 0; i < e.length; i++) e[i] = Math.sqrt(gx[i] * gx[i] + gy[i] * gy[i]);
		return e;
	}
}
