package org.nmfusion.metrics;

/**
 * Gaussian windows as {@code fspecial('gaussian', n, sigma)} builds them (docs/metrics.md).
 */
final class Gaussian {

	private Gaussian() {
	}

	/**
	 * 2-D window, row-major n x n: {@code exp(-(x^2+y^2)/(2 sigma^2))} (correctly rounded exp, as glibc's) divided by the plain
	 * column-major sum of all entries, then (if {@code renormalise}) divided again by the sum of its
	 * column sums, as the reference callers do ({@code window/sum(sum(window))}).
	 */
	static double[] window2d(int n, double sigma, boolean renormalise) {
		int c = (n - 1) / 2;
		double s2 = 2 * sigma * sigma;
		double[] k = new double[n * n];
		for (int r = 0; r < n; r++) {
			for (int q = 0; q < n; q++) {
				double x = q - c;
				double y = r - c;
				k[r * n + q] = MathUtil.expExact(-(x * x + y * y) / s2);
			}
		}
		double sum = 0;
		for (int q = 0; q < n; q++) { // column-major order, as Octave's sum(f(:))
			for (int r = 0; r < n; r++) {
				sum += k[r * n + q];
			}
		}
		for (int i = 0; i < k.length; i++) k[i] /= sum;
		if (renormalise) {
			double total = 0;
			for (int q = 0; q < n; q++) {
				double colSum = 0;
				for (int r = 0; r < n; r++) colSum += k[r * n + q];
				total += colSum;
			}
			for (int i = 0; i < k.length; i++) k[i] /= total;
		}
		return k;
	}

	/** Normalised 1-D factor w with {@code window2d = w w^T} up to rounding. */
	static double[] window1d(int n, double sigma) {
		int c = (n - 1) / 2;
		double s2 = 2 * sigma * sigma;
		double[] w = new double[n];
		double sum = 0;
		for (int i = 0; i < n; i++) {
			double x = i - c;
			w[i] = Math.exp(-(x * x) / s2);
			sum += w[i];
		}
		for (int i = 0; i < n; i++) w[i] /= sum;
		return w;
	}
}
