package org.nmfusion.metrics;

/**
 * Local SSIM statistics with a Gaussian window and 'valid' correlation, following Wang's
 * {@code ssim_index} code line by line (the element-wise operation order matters where the reference
 * divides rounding residues).
 */
final class SsimMaps {

	final int width;
	final int height;
	final double[] map;
	final double[] sigma1Sq;
	final double[] sigma2Sq;
	final double[] sigma12;

	private SsimMaps(int width, int height, double[] map, double[] s1, double[] s2, double[] s12) {
		this.width = width;
		this.height = height;
		this.map = map;
		this.sigma1Sq = s1;
		this.sigma2Sq = s2;
		this.sigma12 = s12;
	}

	/**
	 * @param n window size ({@code fspecial('gaussian', n, sigma)}, re-normalised)
	 * @param exact use the Octave-exact 2-D filter2 emulation (for the ill-conditioned Qy, Qc) instead
	 *        of the faster separable filter
	 */
	static SsimMaps compute(double[] img1, double[] img2, int w, int h, int n, double sigma, double c1,
			double c2, boolean exact) {
		if (w < n || h < n) {
			throw new IllegalArgumentException("image " + w + "x" + h + " is smaller than the " + n + "x" + n
					+ " SSIM window");
		}
		double[] mu1;
		double[] mu2;
		double[] f11;
		double[] f22;
		double[] f12;
		double[] i11 = MathUtil.mul(img1, img1);
		double[] i22 = MathUtil.mul(img2, img2);
		double[] i12 = MathUtil.mul(img1, img2);
		if (exact) {
			double[] k = Gaussian.window2d(n, sigma, true);
			mu1 = Filters.correlateValid(img1, w, h, k, n, n);
			mu2 = Filters.correlateValid(img2, w, h, k, n, n);
			f11 = Filters.correlateValid(i11, w, h, k, n, n);
			f22 = Filters.correlateValid(i22, w, h, k, n, n);
			f12 = Filters.correlateValid(i12, w, h, k, n, n);
		} else {
			double[] g = Gaussian.window1d(n, sigma);
			mu1 = Filters.separableValid(img1, w, h, g, g);
			mu2 = Filters.separableValid(img2, w, h, g, g);
			f11 = Filters.separableValid(i11, w, h, g, g);
			f22 = Filters.separableValid(i22, w, h, g, g);
			f12 = Filters.separableValid(i12, w, h, g, g);
		}
		int len = mu1.length;
		double[] map = new double[len];
		double[] s1 = new double[len];
		double[] s2 = new double[len];
		double[] s12 = new double[len];
		for (int i = 0; i < len; i++) {
			double mu1Sq = mu1[i] * mu1[i];
			double mu2Sq = mu2[i] * mu2[i];
			double mu12 = mu1[i] * mu2[i];
			s1[i] = f11[i] - mu1Sq;
			s2[i] = f22[i] - mu2Sq;
			s12[i] = f12[i] - mu12;
			map[i] = ((2 * mu12 + c1) * (2 * s12[i] + c2)) / ((mu1Sq + mu2Sq + c1) * (s1[i] + s2[i] + c2));
		}
		return new SsimMaps(w - n + 1, h - n + 1, map, s1, s2, s12);
	}

	/** Wang's SSIM constants for L = 255: window gauss(11, 1.5), K = (0.01, 0.03). */
	static SsimMaps wang(double[] x, double[] y, int w, int h) {
		return compute(x, y, w, h, 11, 1.5, 6.5025, 58.5225, false);
	}

	/** Yang's variant used by Qy and Qc: gauss(7, 1.5), C1 = C2 = 2e-16, Octave-exact filtering. */
	static SsimMaps yang(double[] x, double[] y, int w, int h) {
		return compute(x, y, w, h, 7, 1.5, 2e-16, 2e-16, true);
	}
}
