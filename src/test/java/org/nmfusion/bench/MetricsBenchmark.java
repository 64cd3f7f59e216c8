package org.nmfusion.bench;

import java.util.Locale;
import java.util.Random;

import org.nmfusion.metrics.FusionMetric;
import org.nmfusion.metrics.FusionMetrics;
import org.nmfusion.metrics.GrayImage;

/**
 * Wall-clock time per fusion metric on a random W x H triple (default 512 x 512): a few warm-up
 * rounds, then the median of the timed rounds. Run with scripts/bench-metrics [W H ROUNDS].
 */
public final class MetricsBenchmark {

	private MetricsBenchmark() {
	}

	public static void main(String[] args) {
		int w = args.length > 0 ? Integer.parseInt(args[0]) : 512;
		int h = args.length > 1 ? Integer.parseInt(args[1]) : 512;
		int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
		GrayImage a = smooth(w, h, 1);
		GrayImage b = smooth(w, h, 2);
		double[] fd = new double[w * h];
		for (int i = 0; i < fd.length; i++) fd[i] = Math.max(a.data()[i], b.data()[i]);
		GrayImage f = new GrayImage(w, h, fd);
		System.out.printf(Locale.ROOT, "# %dx%d, median of %d runs after 2 warm-up runs, %d cores, load average %.1f%n",
				w, h, rounds, Runtime.getRuntime().availableProcessors(),
				java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		System.out.println("metric\twall_ms\tprocess_cpu_ms");
		com.sun.management.OperatingSystemMXBean os =
				(com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
		double totalWall = 0;
		double totalCpu = 0;
		for (FusionMetric m : FusionMetrics.all()) {
			double[] cpu = new double[rounds];
			int[] run = {0};
			double wall = BenchmarkTimer.medianMillis(2, rounds, () -> { }, () -> {
				long c0 = os.getProcessCpuTime();
				m.compute(a, b, f);
				long c1 = os.getProcessCpuTime();
				if (run[0] >= 2) cpu[run[0] - 2] = (c1 - c0) / 1e6;
				run[0]++;
			});
			java.util.Arrays.sort(cpu);
			totalWall += wall;
			totalCpu += cpu[rounds / 2];
			System.out.printf(Locale.ROOT, "%s\t%.1f\t%.1f%n", m.name(), wall, cpu[rounds / 2]);
		}
		System.out.printf(Locale.ROOT, "all\t%.1f\t%.1f%n", totalWall, totalCpu);
	}

	/** Random 8-bit image with some spatial structure (box-blurred noise plus a gradient). */
	private static GrayImage smooth(int w, int h, long seed) {
		Random r = new Random(seed);
		double[] n = new double[w * h];
		for (int i = 0; i < n.length; i++) n[i] = r.nextDouble();
		double[] d = new double[w * h];
		for (int y = 0; y < h; y++) {
			for (int x = 0; x < w; x++) {
				double s = 0;
				int c = 0;
				for (int dy = -2; dy <= 2; dy++) {
					for (int dx = -2; dx <= 2; dx++) {
						int yy = y + dy;
						int xx = x + dx;
						if (yy >= 0 && yy < h && xx >= 0 && xx < w) {
							s += n[yy * w + xx];
							c++;
						}
					}
				}
				d[y * w + x] = Math.min(255, Math.round(120 * s / c + 100.0 * x / w + 20 * r.nextDouble()));
			}
		}
		return new GrayImage(w, h, d);
	}
}
