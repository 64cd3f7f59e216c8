package org.nmfusion.metrics;

/**
 * Gaussian-windowed local means ('valid' correlation) of a few images and of their pairwise products,
 * each computed once, on demand. Wang's window ({@code gauss(11, 1.5)}, separable filter) serves SSIM
 * and Qw; Yang's ({@code gauss(7, 1.5)}, Octave-exact 2-D filter) Qy and Qc.
 */
final class WindowMoments {

	private final double[][] images;
	private final int w;
	private final int h;
	private final int n;
	private final boolean exact;
	private final double[] kernel;
	final int width;
	final int height;
	private final double[][] means;
	private final double[][] products;

	private WindowMoments(double[][] images, int w, int h, int n, double sigma, boolean exact) {
		if (w < n || h < n) {
			throw new MetricNotComputableException("image " + w + "x" + h + " is smaller than the " + n + "x" + n
				+ " SSIM window");
		}
		this.images = images;
		this.w = w;
		this.h = h;
		this.n = n;
		this.exact = exact;
		this.kernel = exact ? Gaussian.window2d(n, sigma, true) : Gaussian.window1d(n, sigma);
		this.width = w - n + 1;
		this.height = h - n + 1;
		this.means = new double[images.length][];
		this.products = new double[images.length * images.length][];
	}

	/** Wang's window for L = 255: gauss(11, 1.5), separable. */
	static WindowMoments wang(int w, int h, double[]... images) {
		return new WindowMoments(images, w, h, 11, 1.5, false);
	}

	/** Yang's window (Qy, Qc): gauss(7, 1.5), Octave-exact filtering. */
	static WindowMoments yang(int w, int h, double[]... images) {
		return new WindowMoments(images, w, h, 7, 1.5, true);
	}

	/**
	 * Computes now the windowed means of image i, of its square and (if j &gt;= 0) of its product with
	 * image j; with the separable window in one pass over i's shifted rows.
	 */
	void prepare(int i, int j) {
		if (exact || means[i] != null) return;
		double[][] m = Filters.separableValidMoments(images[i], j < 0 ? null : images[j], w, h, kernel);
		means[i] = m[0];
		products[i * images.length + i] = m[1];
		if (j >= 0) products[Math.min(i, j) * images.length + Math.max(i, j)] = m[2];
	}

	/** Windowed mean of image i. */
	double[] mean(int i) {
		if (means[i] == null) means[i] = filter(images[i]);
		return means[i];
	}

	/** Windowed mean of the product of images i and j. */
	double[] product(int i, int j) {
		int key = Math.min(i, j) * images.length + Math.max(i, j);
		if (products[key] == null) products[key] = filter(MathUtil.mul(images[i], images[j]));
		return products[key];
	}

	/** Drops the maps that involve image i. */
	void forget(int i) {
		means[i] = null;
		for (int j = 0; j < images.length; j++) {
			products[Math.min(i, j) * images.length + Math.max(i, j)] = null;
		}
	}

	private double[] filter(double[] x) {
		return exact ? Filters.correlateValid(x, w, h, kernel, n, n) : Filters.separableValid(x, w, h, kernel, kernel);
	}
}
