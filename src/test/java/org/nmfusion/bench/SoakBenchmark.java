package org.nmfusion.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Locale;

import ij.ImagePlus;
import ij.gui.Plot;
import org.nmfusion.cnn.FocusModel;
import org.nmfusion.cnn.FocusModels;
import org.nmfusion.testutil.TestImages;
import org.nmfusion.fusion.Fusion;
import org.nmfusion.fusion.FusionMethods;
import org.nmfusion.fusion.method.FusionContext;
import org.nmfusion.fusion.method.FusionOptions;
import org.nmfusion.io.ImageFiles;

/**
 * Native-memory soak: N consecutive cnn-nmf fusions of 256x256 pairs (a new pair every time) in one JVM
 * with one model, the resident set size sampled every 100 fusions. Prints the samples and the growth
 * after warm-up (sample 2 to the last), and draws the curve into a PNG.
 * Usage: SoakBenchmark N OUT.png
 */
public final class SoakBenchmark {

	public static void main(final String[] args) throws Exception {
		final int n = Integer.parseInt(args[0]), size = 256;
		final FocusModel model = FocusModels.loadBundled(FocusModels.DEFAULT_MODEL);
		final FusionContext context = FusionContext.of(() -> model);
		final double[] x = new double[n / 100 + 1], rss = new double[n / 100 + 1];
		x[0] = 0;
		rss[0] = rssMb();
		System.out.println("| fusions | RSS |\n|---|---|\n| 0 | " + fmt(rss[0]) + " |");
		final long t0 = System.nanoTime();
		for (int i = 1; i <= n; i++) {
			final float[] s = TestImages.textured(size, size, i);
			Fusion.fuse(FusionBenchmark.gray8(s, size), FusionBenchmark.gray8(TestImages.blur(s, size, size, 1 + i % 3), size),
				FusionMethods.byName("cnn-nmf"), FusionOptions.defaults(),
				context);
			if (i % 100 == 0) {
				x[i / 100] = i;
				rss[i / 100] = rssMb();
				System.out.println("| " + i + " | " + fmt(rss[i / 100]) + " |");
			}
		}
		final int last = n / 100;
		final double growth = last >= 2 ? 100 * (rss[last] - rss[1]) / rss[1] : Double.NaN;
		System.out
			.println(String.format(Locale.ROOT, "%d fusions in %.0f s; RSS after 100: %.0f MB, at the end: %.0f MB, growth after warm-up %.1f %%",
				n, (System.nanoTime() - t0) / 1e9, rss[1], rss[last], growth));
		final Plot plot = new Plot("NMFusion soak: RSS over " + n + " cnn-nmf fusions (256x256)", "fusions", "resident set size (MB)");
		plot.add("line", x, rss);
		plot.setLimits(0, n, 0, Math.ceil(max(rss) / 100 + 1) * 100);
		ImageFiles.save(new ImagePlus("soak", plot.getProcessor()), Paths.get(args[1]));
		model.close();
	}

	private static double max(final double[] v) {
		double m = 0;
		for (final double d : v)
			m = Math.max(m, d);
		return m;
	}

	private static double rssMb() throws Exception {
		for (final String line : Files.readAllLines(Paths.get("/proc/self/status"), StandardCharsets.UTF_8))
			if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
		return Double.NaN;
	}

	private static String fmt(final double mb) {
		return String.format(Locale.ROOT, "%.0f MB", mb);
	}

	private SoakBenchmark() {}
}
