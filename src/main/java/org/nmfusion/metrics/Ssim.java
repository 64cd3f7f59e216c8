package org.nmfusion.metrics;

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
	double value(GrayImage a, GrayImage b, GrayImage f) {
		int w = f.width();
		int h = f.height();
		return MathUtil.mean(SsimMaps.wang(a.data(), f.data(), w, h).map)
				+ MathUtil.mean(SsimMaps.wang(b.data(), f.data(), w, h).map);
	}
}
