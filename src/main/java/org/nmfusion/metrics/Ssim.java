package org.nmfusion.metrics;

import org.nmfusion.util.Parallel;

/**
 * SSIM: sum of the mean structural similarities SSIM(A,F) + SSIM(B,F) (Z. Wang, A. C. Bovik, H. R.
 * Sheikh, E. P. Simoncelli, "Image quality assessment: from error visibility to structural
 * similarity", IEEE TIP 2004; VIFB {@code metricsSsim}): 11x11 Gaussian window (sigma 1.5), L = 255,
 * 'valid' maps. Range up to 2. <b>Higher is better.</b>
 */
public final class Ssim extends AbstractFusionMetric {

	public Ssim() {
		super("SSIM", true);
	}

	@Override
	double value(Evaluation e) {
		WindowMoments m = WindowMoments.wang(e.width, e.height, e.a.data(), e.b.data(), e.f.data());
		m.prepare(Evaluation.F, -1);
		m.prepare(Evaluation.A, Evaluation.F);
		double af = meanSsim(m, Evaluation.A, Evaluation.F);
		m.forget(Evaluation.A);
		m.prepare(Evaluation.B, Evaluation.F);
		return af + meanSsim(m, Evaluation.B, Evaluation.F);
	}

	/** Mean of Wang's SSIM map between images i and j (the sum in index order). */
	static double meanSsim(WindowMoments m, int i, int j) {
		double[] mu1 = m.mean(i);
		double[] mu2 = m.mean(j);
		double[] f11 = m.product(i, i);
		double[] f22 = m.product(j, j);
		double[] f12 = m.product(i, j);
		double[] map = new double[mu1.length];
		Parallel.forChunks(map.length, 4096, (start, end) -> {
			for (int k = start; k < end; k++) {
				map[k] = SsimTerms.map(mu1[k], mu2[k], SsimTerms.sigma(f11[k], mu1[k], mu1[k]),
					SsimTerms.sigma(f22[k], mu2[k], mu2[k]), SsimTerms.sigma(f12[k], mu1[k], mu2[k]),
					SsimTerms.WANG_C1, SsimTerms.WANG_C2);
			}
		});
		return MathUtil.mean(map);
	}
}
