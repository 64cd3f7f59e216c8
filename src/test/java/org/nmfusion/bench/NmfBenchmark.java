package org.nmfusion.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.nmfusion.nmf.Nmf;
import org.nmfusion.nmf.NmfOptions;
import org.nmfusion.nmf.NmfResult;

/**
 * NMF benchmark on the shapes of ../shared/reference/NMF.md (scikit-learn 1.2.1 figures, same machine
 * class), 200 iterations, tol = 0. Not a unit test; run with {@code scripts/bench-nmf [--cases a,b,c]
 * [--repeats R] [--threads T]}.
 * <p>
 * Data (fixed seed 42): V = W0 H0 / r + E with W0 (m x r), H0 (r x n) and E all i.i.d. uniform, W0, H0
 * in [0, 1), E in [0, 0.02); r is the case's rank. Each (case, solver, init) runs R times (default 3)
 * and the median over runs of the median time per iteration is reported, plus the median whole-fit
 * time (initialisation included), the process CPU time per fit (all threads; a shared machine inflates
 * wall times, CPU time much less), the final relative error ||V - WH||_F / ||V||_F, and the time to reach
 * 1.01 x the final loss (initialisation plus the iterations needed).
 */
public final class NmfBenchmark {

	private static final class Row {
		final String id, shape, solver, init;
		final int m, n, k;
		final double skPerIterMs, skFitS, skRelErr;

		Row(final String id, final int m, final int n, final int k, final String solver, final String init,
			final double skPerIterMs, final double skFitS, final double skRelErr)
		{
			this.id = id;
			this.shape = m + " x " + n;
			this.m = m;
			this.n = n;
			this.k = k;
			this.solver = solver;
			this.init = init;
			this.skPerIterMs = skPerIterMs;
			this.skFitS = skFitS;
			this.skRelErr = skRelErr;
		}
	}

	/** The rows of NMF.md (scikit-learn "cd" is HALS). */
	private static final Row[] ROWS = {
		new Row("a", 262144, 2, 1, "mu", "nndsvda", 0.31, 0.10, 0.02356),
		new Row("a", 262144, 2, 1, "hals", "nndsvda", 0.59, 0.15, 0.02356),
		new Row("b", 64, 65536, 8, "mu", "nndsvda", 8.5, 2.19, 0.04083),
		new Row("b", 64, 65536, 8, "hals", "nndsvda", 7.0, 2.39, 0.00936),
		new Row("b", 64, 65536, 8, "mu", "random", 7.6, 0.85, 0.03927),
		new Row("b", 64, 65536, 8, "hals", "random", 7.1, 1.47, 0.00885),
		new Row("c", 512, 262144, 16, "mu", "nndsvda", 266, 85, 0.02988),
		new Row("c", 512, 262144, 16, "hals", "nndsvda", 341, 65, 0.00837),
		new Row("c", 512, 262144, 16, "mu", "random", 150, 55, 0.05443),
	};

	private NmfBenchmark() {}

	public static void main(final String[] args) {
		String cases = "a,b,c";
		int repeats = 3, threads = Runtime.getRuntime().availableProcessors(), iterations = 200;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--cases":
					cases = args[++i];
					break;
				case "--repeats":
					repeats = Integer.parseInt(args[++i]);
					break;
				case "--threads":
					threads = Integer.parseInt(args[++i]);
					break;
				case "--iterations":
					iterations = Integer.parseInt(args[++i]);
					break;
				default:
					System.err.println("usage: NmfBenchmark [--cases a,b,c] [--repeats R] [--threads T] [--iterations N]");
					System.exit(2);
			}
		}
		final List<String> wanted = Arrays.asList(cases.split(","));
		System.out.printf(Locale.ROOT, "# NMF benchmark: %d iterations, tol 0, %d thread(s), median of %d run(s), Java %s, max heap %d MB%n%n",
			iterations, threads, repeats, System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
		System.out.println(
			"| case | shape | rank | solver | init | ms / iteration | ratio to sklearn | whole fit (s) | CPU s / fit | time to 1.01 x final loss (s) | rel. error | sklearn ms / it | sklearn fit (s) | sklearn rel. error |");
		System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
		String lastCase = null;
		float[] v = null;
		for (final Row row : ROWS) {
			if (!wanted.contains(row.id)) continue;
			if (!row.id.equals(lastCase)) {
				v = null;
				System.gc();
				v = generate(row.m, row.n, row.k, 42);
				lastCase = row.id;
			}
			final NmfOptions opts = NmfOptions.builder(row.k).solver(NmfOptions.Solver.parse(row.solver)).init(NmfOptions.Init.parse(row.init))
				.seed(0).maxIterations(iterations).tolerance(0).threads(threads).build();
			final List<Double> perIter = new ArrayList<>(), fit = new ArrayList<>(), cpu = new ArrayList<>(), toTarget = new ArrayList<>();
			double relErr = Double.NaN;
			for (int r = 0; r < repeats; r++) {
				final long c0 = processCpuNanos();
				final long t0 = System.nanoTime();
				final NmfResult res = Nmf.factorize(v, row.m, row.n, opts);
				final long wall = System.nanoTime() - t0;
				fit.add(wall / 1e9);
				cpu.add((processCpuNanos() - c0) / 1e9);
				toTarget.add(timeToTarget(res, wall, 1.01) / 1e9);
				final long[] ns = res.iterationNanos();
				final double[] ms = new double[ns.length];
				for (int t = 0; t < ns.length; t++)
					ms[t] = ns[t] / 1e6;
				perIter.add(median(ms));
				relErr = res.relativeError();
			}
			final double pi = median(perIter), ft = median(fit);
			System.out.printf(Locale.ROOT, "| %s | %s | %d | %s | %s | %.3g | %.2f | %.3g | %.3g | %.3g | %.5f | %s | %s | %s |%n", row.id, row.shape,
				row.k, row.solver, row.init, pi, pi / row.skPerIterMs, ft, median(cpu), median(toTarget), relErr, fmt(row.skPerIterMs),
				fmt(row.skFitS), fmt(row.skRelErr));
		}
	}

	/** Wall time until the loss first is <= factor x the final loss: the fit minus the iterations after that point. */
	private static long timeToTarget(final NmfResult res, final long wall, final double factor) {
		final double[] loss = res.lossHistory();
		final long[] ns = res.iterationNanos();
		final double target = factor * loss[loss.length - 1];
		int t = 0;
		while (loss[t] > target)
			t++;
		long after = 0;
		for (int i = t; i < ns.length; i++)
			after += ns[i];
		return wall - after;
	}

	private static long processCpuNanos() {
		final java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
		return os instanceof com.sun.management.OperatingSystemMXBean ? ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime() : 0;
	}

	private static String fmt(final double d) {
		return String.format(Locale.ROOT, "%s", d);
	}

	private static double median(final List<Double> xs) {
		final double[] a = new double[xs.size()];
		for (int i = 0; i < a.length; i++)
			a[i] = xs.get(i);
		return median(a);
	}

	private static double median(final double[] a) {
		final double[] s = a.clone();
		Arrays.sort(s);
		return s.length % 2 == 1 ? s[s.length / 2] : 0.5 * (s[s.length / 2 - 1] + s[s.length / 2]);
	}

	/** V = W0 H0 / r + E, see the class comment; rows generated in parallel from per-row seeds. */
	static float[] generate(final int m, final int n, final int r, final long seed) {
		final SplittableRandom root = new SplittableRandom(seed);
		final float[] w0 = new float[m * r];
		for (int t = 0; t < w0.length; t++)
			w0[t] = (float) root.nextDouble();
		final float[][] h0 = new float[r][n];
		for (final float[] row : h0)
			for (int t = 0; t < n; t++)
				row[t] = (float) root.nextDouble();
		final long rowSeed = root.nextLong();
		final float[] v = new float[m * n];
		IntStream.range(0, m).parallel().forEach(i -> {
			final SplittableRandom rnd = new SplittableRandom(rowSeed + 0x9E3779B97F4A7C15L * i);
			final float[] row = new float[n];
			for (int j = 0; j < r; j++) {
				final float a = w0[i * r + j] / r;
				final float[] hj = h0[j];
				for (int x = 0; x < n; x++)
					row[x] += a * hj[x];
			}
			for (int x = 0; x < n; x++)
				row[x] += 0.02f * (float) rnd.nextDouble();
			System.arraycopy(row, 0, v, i * n, n);
		});
		return v;
	}
}
