package org.nmfusion.metrics;

import java.util.Arrays;

import org.nmfusion.util.Parallel;

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
	double value(Evaluation e) {
		int w = e.width;
		int h = e.height;
		double[] num = new double[w * h];
		double[] den = new double[w * h];
		Parallel.forChunks(h, 16, (start, end) -> {
			Sobel sa = new Sobel(e.a.data(), w, h);
			Sobel sb = new Sobel(e.b.data(), w, h);
			Sobel sf = new Sobel(e.f.data(), w, h);
			for (int i = start; i < end; i++) {
				sa.row(i);
				sb.row(i);
				sf.row(i);
				for (int j = 0; j < w; j++) {
					double qa = q(sa.g[j], sa.angle[j], sf.g[j], sf.angle[j]);
					double qb = q(sb.g[j], sb.angle[j], sf.g[j], sf.angle[j]);
					num[i * w + j] = qa * sa.g[j] + qb * sb.g[j];
					den[i * w + j] = sa.g[j] + sb.g[j];
				}
			}
		});
		return MathUtil.sum(num) / MathUtil.sum(den);
	}

	@Override
	String undefinedNote() {
		return "Qabf is undefined for these images: A and B have no gradient anywhere (0/0)";
	}

	private static double q(double gx, double ax, double gF, double aF) {
		double g;
		if (gx > gF) {
			g = gF / gx;
		}
		else if (gx == gF) {
			g = gF;
		}
		else {
			g = gx / gF;
		}
		double aa = 1 - Math.abs(ax - aF) / (Math.PI / 2);
		double qg = TG / (1 + Math.exp(KG * (g - DG)));
		double qa = TA / (1 + Math.exp(KA * (aa - DA)));
		return qg * qa;
	}

	/**
	 * Strength and angle of one row of conv2 'same' Sobel responses on 255 * X (zero border), summed in
	 * the reference's order.
	 */
	private static final class Sobel {
		private final double[] x;
		private final int w;
		private final int h;
		/** Rows i-1, i, i+1 of 255 * X with one zero column on each side. */
		private final double[] up;
		private final double[] mid;
		private final double[] down;
		final double[] g;
		final double[] angle;

		Sobel(double[] x, int w, int h) {
			this.x = x;
			this.w = w;
			this.h = h;
			up = new double[w + 2];
			mid = new double[w + 2];
			down = new double[w + 2];
			g = new double[w];
			angle = new double[w];
		}

		void row(int i) {
			scaled(i - 1, up);
			scaled(i, mid);
			scaled(i + 1, down);
			for (int j = 0; j < w; j++) {
				// padded index j + 1 is column j
				double sx = (up[j] + 2 * mid[j] + down[j]) - (up[j + 2] + 2 * mid[j + 2] + down[j + 2]);
				double sy = (down[j] + 2 * down[j + 1] + down[j + 2]) - (up[j] + 2 * up[j + 1] + up[j + 2]);
				g[j] = Math.sqrt(sx * sx + sy * sy);
				angle[j] = sx == 0 ? Math.PI / 2 : Math.atan(sy / sx);
			}
		}

		private void scaled(int y, double[] dst) {
			if (y < 0 || y >= h) {
				Arrays.fill(dst, 0);
				return;
			}
			for (int j = 0; j < w; j++) dst[j + 1] = 255 * x[y * w + j];
		}
	}
}
