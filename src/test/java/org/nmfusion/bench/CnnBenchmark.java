package org.nmfusion.bench;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.Locale;
import org.nmfusion.cnn.DenseOutput;
import org.nmfusion.cnn.FocusModel;
import org.nmfusion.cnn.FocusModels;
import org.nmfusion.testutil.TestImages;

/**
 * Dense inference benchmark (not a unit test; started by scripts/bench-cnn, one JVM per model and size so
 * the peak resident memory belongs to that configuration). Generated textured image A and its Gaussian
 * blur (sigma 2) as B; time = denseInference (tiled) + weight map, model loaded and warm.
 *
 * <pre>java -cp ... org.nmfusion.bench.CnnBenchmark NAME MODEL SIZE REPEATS</pre>
 * MODEL is a SavedModel folder or "bundled". Prints one Markdown table row; "--header" prints the header.
 */
public final class CnnBenchmark {
	/** CNN-LIU (MATLAB/Octave, 1 thread) whole pipeline per 256x256 pair, reference/PERF.md. */
	static final double CNN_LIU_256 = 7.45;

	public static void main(String[] args) throws Exception {
		if (args.length == 1 && args[0].equals("--header")) {
			System.out.println(
				"| model | pair size | tiles | median time | min time | per Mpixel | vs CNN-LIU 7.45 s (256x256) | CPU time / wall time | peak RSS | runs |");
			System.out.println("|---|---|---|---|---|---|---|---|---|---|");
			return;
		}
		String name = args[0];
		String model = args[1];
		int size = Integer.parseInt(args[2]);
		int repeats = Integer.parseInt(args[3]);
		FocusModel m = model.equals("bundled") ? FocusModels.loadBundled(FocusModels.DEFAULT_MODEL) : FocusModels.load(new File(model));
		float[] a = TestImages.textured(size, size, 1234);
		float[] b = TestImages.blur(a, size, size, 2.0);
		int tile = m.tileSize();
		int t2 = tile / 2, h2 = (size + 1) / 2;
		int tilesPerSide = size <= tile + 32 ? 1 : (h2 + t2 - 1) / t2;
		// warm-up on a small pair (graph optimisation, allocator) so the first timed run is not penalised
		float[] wa = TestImages.textured(128, 128, 1), wb = TestImages.blur(wa, 128, 128, 2.0);
		m.denseInference(wa, wb, 128, 128).weightMap();
		if (size <= 1024) {
			m.denseInference(a, b, size, size).weightMap();
		}
		double[] t = new double[repeats];
		long cpu0 = cpuNanos();
		long wall0 = System.nanoTime();
		double check = 0;
		for (int r = 0; r < repeats; r++) {
			long t0 = System.nanoTime();
			DenseOutput d = m.denseInference(a, b, size, size);
			float[] w = d.weightMap();
			t[r] = (System.nanoTime() - t0) / 1e9;
			check += w[w.length / 2];
		}
		double cpuRatio = (cpuNanos() - cpu0) / (double) (System.nanoTime() - wall0);
		Arrays.sort(t);
		double med = t[repeats / 2];
		String rss = peakRssMb();
		System.out.println(String.format(Locale.ROOT, "| %s | %dx%d | %d | %.3f s | %.3f s | %.3f s | %s | %.2f | %s | %d |", name, size, size,
			tilesPerSide * tilesPerSide, med, t[0], med / (size * (double) size / 1e6),
			size == 256 ? String.format(Locale.ROOT, "%.0fx faster", CNN_LIU_256 / med) : "-", cpuRatio, rss, repeats));
		if (Double.isNaN(check)) {
			System.out.println("NaN in weight map");
		}
		m.close();
	}

	/** CPU time of this process (all threads, incl. TensorFlow's native threads). */
	static long cpuNanos() {
		java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
		if (os instanceof com.sun.management.OperatingSystemMXBean) {
			return ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime();
		}
		return 0;
	}

	static String peakRssMb() {
		try {
			for (String line : Files.readAllLines(Paths.get("/proc/self/status"), StandardCharsets.UTF_8)) {
				if (line.startsWith("VmHWM:")) {
					long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
					return String.format(Locale.ROOT, "%.0f MB", kb / 1024.0);
				}
			}
		}
		catch (Exception e) {
			return "n/a";
		}
		return "n/a";
	}
}
