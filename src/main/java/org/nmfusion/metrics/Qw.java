package org.nmfusion.metrics;

import org.nmfusion.util.Parallel;

/**
 * Qw: Piella's edge-dependent fusion quality index (G. Piella, H. Heijmans, "A new quality metric for
 * image fusion", ICIP 2003; MEFB {@code metricsQw}), computed on Prewitt edge maps with the
 * saliency-weighted SSIM (window gauss(11, 1.5), alpha = 1). Range about [-1, 1]. <b>Higher is
 * better.</b>
 */
public final class Qw extends AbstractFusionMetric {

	private static final double[] PX = { 1, 0, -1, 1, 0, -1, 1, 0, -1 };
	private static final double[] PY = { 1, 1, 1, 0, 0, 0, -1, -1, -1 };
	private static final int EA = 0;
	private static final int EB = 1;
	private static final int EF = 2;

	public Qw() {
		super("Qw", true);
	}

	@Override
	double value(Evaluation e) {
		int w = e.width;
		int h = e.height;
		WindowMoments m = WindowMoments.wang(w, h, edges(e.a.data(), w, h), edges(e.b.data(), w, h),
			edges(e.f.data(), w, h));
		m.prepare(EF, -1);
		m.prepare(EA, EF);
		m.prepare(EB, EF);
		double[] muA = m.mean(EA);
		double[] muB = m.mean(EB);
		double[] muF = m.mean(EF);
		double[] aa = m.product(EA, EA);
		double[] bb = m.product(EB, EB);
		double[] ff = m.product(EF, EF);
		double[] fa = m.product(EF, EA);
		double[] fb = m.product(EF, EB);
		double c1 = SsimTerms.WANG_C1;
		double c2 = SsimTerms.WANG_C2;
		int n = muA.length;
		double[] cw = new double[n];
		double[] mix = new double[n];
		Parallel.forChunks(n, 4096, (start, end) -> {
			for (int i = start; i < end; i++) {
				double v1 = SsimTerms.sigma(aa[i], muA[i], muA[i]);
				double v2 = SsimTerms.sigma(bb[i], muB[i], muB[i]);
				double vf = SsimTerms.sigma(ff[i], muF[i], muF[i]);
				double s1 = SsimTerms.map(muF[i], muA[i], vf, v1, SsimTerms.sigma(fa[i], muF[i], muA[i]), c1, c2);
				double s2 = SsimTerms.map(muF[i], muB[i], vf, v2, SsimTerms.sigma(fb[i], muF[i], muB[i]), c1, c2);
				if (v1 + v2 == 0) {
					v1 += 0.5;
					v2 += 0.5;
				}
				double lam = v1 / (v1 + v2);
				cw[i] = Math.max(v1, v2);
				mix[i] = lam * s1 + (1 - lam) * s2;
			}
		});
		double sumCw = MathUtil.sum(cw);
		double q = 0;
		for (int i = 0; i < n; i++) {
			q += cw[i] / sumCw * mix[i];
		}
		return q;
	}

	private static double[] edges(double[] x, int w, int h) {
		double[] gx = Filters.correlateSame(x, w, h, PX, 3, 3);
		double[] gy = Filters.correlateSame(x, w, h, PY, 3, 3);
		double[] e = gx;
		for (int i = 0; i < e.length; i++) e[i] = Math.sqrt(gx[i] * gx[i] + gy[i] * gy[i]);
		return e;
	}
}
