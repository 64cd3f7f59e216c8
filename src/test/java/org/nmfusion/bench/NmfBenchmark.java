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
 * time (initialisation included) and the final relative error ||V - WH||_F / ||V||_F.
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
		System.out.println("| case | shape | rank | solver | init | ms / iteration | whole fit (s) | rel. error | scikit-learn ms / it | ratio (ours / sklearn) | sklearn fit (s) | sklearn rel. error |");
		System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
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
			final List<Double> perIter = new ArrayList<>(), fit = new ArrayList<>();
			double relErr = Double.NaN;
			for (int r = 0; r < repeats; r++) {
				final long t0 = System.nanoTime();
				final NmfResult res = Nmf.factorize(v, row.m, row.n, opts);
				fit.add((System.nanoTime() - t0) / 1e9);
				final long[] ns = res.iterationNanos();
				final double[] ms = new double[ns.length];
				for (int t = 0; t < ns.length; t++)
					ms[t] = ns[t] / 1e6;
				perIter.add(median(ms));
				relErr = res.relativeError();
			}
			final double pi = median(perIter), ft = median(fit);
			System.out.printf(Locale.ROOT, "| %s | %s | %d | %s | %s | %.3g | %.3g | %.5f | %s | %.2f | %s | %s |%n", row.id, row.shape, row.k,
				row.solver, row.init, pi, ft, relErr, fmt(row.skPerIterMs), pi / row.skPerIterMs, fmt(row.skFitS), fmt(row.skRelErr));
		}
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
		final float[] h0 = new float[r * n];
		for (int t = 0; t < h0.length; t++)
			h0[t] = (float) root.nextDouble();
		final long rowSeed = root.nextLong();
		final float[] v = new float[m * n];
		IntStream.range(0, m).parallel().forEach(i -> {
			final SplittableRandom rnd = new SplittableRandom(rowSeed + 0x9E3779B97F4A7C15L * i);
			final int o = i * n;
			for (int x = 0; x < n; x++) {
				float s = 0;
				for (int j = 0; j < r; j++)
					s += w0[i * r + j] * h0[j * n + x];
				v[o + x] = s / r + 0.02f * (float) rnd.nextDouble();
			}
		});
		return v;
	}
}
