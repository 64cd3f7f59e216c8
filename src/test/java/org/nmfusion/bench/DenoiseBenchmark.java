package org.nmfusion.bench;

import ij.Prefs;
import ij.plugin.filter.GaussianBlur;
import ij.plugin.filter.RankFilters;
import ij.process.FloatProcessor;

import org.nmfusion.filter.HannKernel;
import org.nmfusion.filter.HannMeanFilter;
import org.nmfusion.util.Parallel;

/**
 * Times the Hann-mean filter against ImageJ's GaussianBlur (sigma = the Hann window's standard
 * deviation) and RankFilters MEAN (same radius) on one 32-bit image, all in one run, and prints a
 * Markdown table of medians and ratios. Usage: {@code scripts/bench-denoise [SIZE] [RADII] [RUNS]}.
 */
public final class DenoiseBenchmark {

	public static void main(String[] args) {
		final int size = args.length > 0 ? Integer.parseInt(args[0]) : 4096;
		final String[] radii = (args.length > 1 ? args[1] : "1,2,3,5,8").split(",");
		final int runs = args.length > 2 ? Integer.parseInt(args[2]) : 7;
		final float[] src = new float[size * size];
		final java.util.Random rnd = new java.util.Random(1);
		for (int i = 0; i < src.length; i++) src[i] = rnd.nextFloat() * 255f;
		final FloatProcessor[] work = new FloatProcessor[1];
		final Runnable fresh = () -> work[0] = new FloatProcessor(size, size, src.clone());

		System.out.printf("Hann-mean vs ImageJ filters, %dx%d 32-bit, %d threads (ImageJ: %d), median of %d runs after 3 warm-up runs%n%n",
			size, size, Parallel.threads(), Prefs.getThreads(), runs);
		System.out.println(
			"| radius | Hann-mean | Hann-mean, background variant | GaussianBlur (sigma) | RankFilters MEAN | Gaussian / Hann | Mean / Hann |");
		System.out.println("|---|---|---|---|---|---|---|");
		for (String rs : radii) {
			final int r = Integer.parseInt(rs.trim());
			final double sigma = HannKernel.sigma(r);
			final double hann = BenchmarkTimer.medianMillis(3, runs, () -> {}, () -> HannMeanFilter.filter(src, size, size, r, Double.NaN));
			final double hannBg = BenchmarkTimer.medianMillis(3, runs, () -> {}, () -> HannMeanFilter.filter(src, size, size, r, 30));
			final double gauss = BenchmarkTimer.medianMillis(3, runs, fresh, () -> new GaussianBlur().blurGaussian(work[0], sigma));
			final double mean = BenchmarkTimer.medianMillis(3, runs, fresh, () -> new RankFilters().rank(work[0], r, RankFilters.MEAN));
			System.out.printf("| %d | %.0f ms | %.0f ms | %.0f ms (%.2f) | %.0f ms | %.2f | %.2f |%n", r, hann, hannBg, gauss, sigma, mean,
				gauss / hann, mean / hann);
		}
		System.exit(0); // ImageJ's filters leave non-daemon worker threads behind
	}
}
