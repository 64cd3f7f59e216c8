package org.nmfusion.metrics;

/**
 * Qabf (Q^{AB/F}): Xydeas and Petrovic's gradient-information preservation metric (C. S. Xydeas,
 * V. Petrovic, "Objective image fusion performance measure", Electron. Lett. 2000; MEFB
 * {@code metricsQabf}), with the toolbox's x255 scaling quirk in the equal-strength branch. Range
 * [0, 0.975]. <b>Higher is better.</b>
 */
public final class Qabf extends AbstractFusionMetric {

	private static final double TG = 0.9994;
	private static final double KG = -15;
	private static final double DG = 0.5;
	private static final double TA = 0.9879;
	private static final double KA = -22;
	private static final double DA = 0.8;

	public Qabf() {
		super("Qabf", true);
	}

	@Override
	double value(GrayImage a, GrayImage b, GrayImage f) {
		int w = f.width();
		int h = f.height();
		double[][] ga = sobel(a.data(), w, h);
		double[][] gb = sobel(b.data(), w, h);
		double[][] gf = sobel(f.data(), w, h);
		double num = 0;
		double den = 0;
		for (int i = 0; i < w * h; i++) {
			double qa = q(ga[0][i], ga[1][i], gf[0][i], gf[1][i]);
			double qb = q(gb[0][i], gb[1][i], gf[0][i], gf[1][i]);
			num += qa * ga[0][i] + qb * gb[0][i];
			den += ga[0][i] + gb[0][i];
		}
		return num / den;
	}

	private static double q(double gx, double ax, double gF, double aF) {
		double g;
		if (gx > gF) {
			g = gF / gx;
		} else if (gx == gF) {
			g = gF;
		} else {
			g = gx / gF;
		}
		double aa = 1 - Math.abs(ax - aF) / (Math.PI / 2);
		double qg = TG / (1 + Math.exp(KG * (g - DG)));
		double qa = TA / (1 + Math.exp(KA * (aa - DA)));
		return qg * qa;
	}

	/** Returns {strength, angle} with conv2 'same' Sobel on 255 * X (exact integers). */
	private static double[][] sobel(double[] x0, int w, int h) {
		double[] p = new double[x0.length];
		for (int i = 0; i < p.length; i++) p[i] = 255 * x0[i];
		double[] g = new double[p.length];
		double[] ang = new double[p.length];
		for (int i = 0; i < h; i++) {
			for (int j = 0; j < w; j++) {
				double sx = (px(p, w, h, i - 1, j - 1) + 2 * px(p, w, h, i, j - 1) + px(p, w, h, i + 1, j - 1))
						- (px(p, w, h, i - 1, j + 1) + 2 * px(p, w, h, i, j + 1) + px(p, w, h, i + 1, j + 1));
				double sy = (px(p, w, h, i + 1, j - 1) + 2 * px(p, w, h, i + 1, j) + px(p, w, h, i + 1, j + 1))
						- (px(p, w, h, i - 1, j - 1) + 2 * px(p, w, h, i - 1, j) + px(p, w, h, i - 1, j + 1));
				g[i * w + j] = Math.sqrt(sx * sx + sy * sy);
				ang[i * w + j] = sx == 0 ? Math.PI / 2 : Math.atan(sy / sx);
			}
		}
		return new double[][] {g, ang};
	}

	private static double px(double[] p, int w, int h, int i, int j) {
		return (i < 0 || j < 0 || i >= h || j >= w) ? 0 : p[i * w + j];
	}
}
