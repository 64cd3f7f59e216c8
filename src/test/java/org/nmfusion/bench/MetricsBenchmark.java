package org.nmfusion.bench;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.nmfusion.metrics.FusionMetric;
import org.nmfusion.metrics.FusionMetrics;
import org.nmfusion.metrics.GrayImage;
import org.nmfusion.metrics.SourceImages;

/**
 * Times the 20 fusion metrics on a generated W x H triple (default 512 x 512): first each metric on
 * its own (median wall and process CPU ms), then one {@code FusionMetrics.evaluate} of all twenty
 * (which shares intermediates between metrics). A run that exceeds the heap is reported as out of
 * memory. Prints whether the targets are met: all twenty in <= 0.5 s at 512 x 512, and in <= 5 s
 * within a 1 GB heap at 2048 x 2048. The load average is printed before and after: on a shared
 * machine the wall times exceed the CPU times divided by the core count. Run with
 * scripts/bench-metrics [W H ROUNDS WARMUP].
 */
public final class MetricsBenchmark {

	private static final com.sun.management.OperatingSystemMXBean OS = (com.sun.management.OperatingSystemMXBean) ManagementFactory
		.getOperatingSystemMXBean();

	private MetricsBenchmark() {
	}

	public static void main(String[] args) {
		int w = args.length > 0 ? Integer.parseInt(args[0]) : 512;
		int h = args.length > 1 ? Integer.parseInt(args[1]) : 512;
		int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
		int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 2;
		GrayImage[] triple = MetricsTriple.triple(w, h);
		GrayImage a = triple[0];
		GrayImage b = triple[1];
		GrayImage f = triple[2];
		long maxHeap = Runtime.getRuntime().maxMemory();
		System.out.printf(Locale.ROOT,
			"# %dx%d, median of %d runs after %d warm-up runs, %d cores, load average %.1f, max heap %d MB%n",
			w, h, rounds, warmup, Runtime.getRuntime().availableProcessors(), OS.getSystemLoadAverage(),
			maxHeap >> 20);
		System.out.println("metric\twall_ms\tprocess_cpu_ms");
		double sumWall = 0;
		double sumCpu = 0;
		for (FusionMetric m : FusionMetrics.all()) {
			double[] t = time(warmup, rounds, () -> m.compute(a, b, f));
			sumWall += t[0];
			sumCpu += t[1];
			print(m.name(), t);
		}
		print("sum of the 20", new double[] { sumWall, sumCpu });
		List<FusionMetric> all = FusionMetrics.all();
		double[] t = time(warmup, rounds, () -> FusionMetrics.evaluate(a, b, f, all));
		print("evaluate(all)", t);
		if (Double.isNaN(t[0])) {
			System.out.println("# target NOT met: out of memory");
		}
		else if (w == 512 && h == 512) {
			System.out.printf(Locale.ROOT, "# target 512x512: all 20 in <= 500 ms: %s (%.0f ms)%n",
				t[0] <= 500 ? "met" : "NOT met", t[0]);
		}
		else if (w == 2048 && h == 2048) {
			System.out.printf(Locale.ROOT, "# target 2048x2048: all 20 in <= 5000 ms: %s (%.0f ms); "
				+ "within a 1 GB heap: %s (max heap %d MB)%n", t[0] <= 5000 ? "met" : "NOT met", t[0],
				maxHeap <= (1L << 30) ? "met" : "NOT checked, run with -Xmx1g", maxHeap >> 20);
		}
		// a benchmark scores the outputs of several methods against one pair: A's and B's own intermediates kept
		GrayImage[] outputs = new GrayImage[SCORED_PER_PAIR];
		for (int k = 0; k < outputs.length; k++) outputs[k] = blend(a, b, (k + 1.0) / (outputs.length + 1));
		double[] separate = time(warmup, rounds, () -> {
			for (GrayImage o : outputs) FusionMetrics.evaluateWithNotes(a, b, o, all);
		});
		double[] kept = time(warmup, rounds, () -> {
			SourceImages sources = new SourceImages(a, b);
			for (GrayImage o : outputs) FusionMetrics.evaluateWithNotes(sources, o, all);
		});
		System.out.printf(Locale.ROOT, "# scoring %d fused images of one pair, all 20 metrics: %.0f ms each separately, %.0f ms each with "
			+ "the sources kept (SourceImages): %.2fx faster%n", outputs.length, separate[0] / outputs.length, kept[0] / outputs.length,
			separate[0] / kept[0]);
		System.out.printf(Locale.ROOT, "# load average at the end %.1f%n", OS.getSystemLoadAverage());
	}

	/** Fused images scored per pair in the shared-sources comparison (a benchmark has about ten methods and peers). */
	private static final int SCORED_PER_PAIR = 8;

	/** w A + (1 - w) B, rounded to grey levels. */
	private static GrayImage blend(GrayImage a, GrayImage b, double w) {
		double[] d = new double[a.data().length];
		for (int i = 0; i < d.length; i++) d[i] = Math.round(w * a.data()[i] + (1 - w) * b.data()[i]);
		return new GrayImage(d, a.width(), a.height());
	}

	private static void print(String what, double[] t) {
		if (Double.isNaN(t[0])) {
			System.out.printf(Locale.ROOT, "%s\tout of memory%n", what);
		}
		else {
			System.out.printf(Locale.ROOT, "%s\t%.1f\t%.1f%n", what, t[0], t[1]);
		}
	}

	/**
	 * {median wall ms, median process CPU ms} of {@code rounds} runs after {@code warmup} runs; NaN if
	 * a run ran out of memory.
	 */
	private static double[] time(int warmup, int rounds, Runnable body) {
		double[] wall = new double[rounds];
		double[] cpu = new double[rounds];
		for (int i = 0; i < warmup + rounds; i++) {
			long c0 = OS.getProcessCpuTime();
			long t0 = System.nanoTime();
			try {
				body.run();
			}
			catch (OutOfMemoryError e) {
				return new double[] { Double.NaN, Double.NaN };
			}
			long t1 = System.nanoTime();
			long c1 = OS.getProcessCpuTime();
			if (i >= warmup) {
				wall[i - warmup] = (t1 - t0) / 1e6;
				cpu[i - warmup] = (c1 - c0) / 1e6;
			}
		}
		return new double[] { median(wall), median(cpu) };
	}

	private static double median(double[] v) {
		Arrays.sort(v);
		int n = v.length;
		return n % 2 == 1 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
	}
}
