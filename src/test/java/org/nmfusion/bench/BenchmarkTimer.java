package org.nmfusion.bench;

import java.util.Arrays;

/** Median wall time of repeated runs after warm-up, for the benchmark mains (not a unit test). */
public final class BenchmarkTimer {

	private BenchmarkTimer() {}

	/** Runs {@code setup} (untimed) then {@code body} (timed), {@code warmup} + {@code runs} times; median ms. */
	public static double medianMillis(int warmup, int runs, Runnable setup, Runnable body) {
		final double[] t = new double[runs];
		for (int i = 0; i < warmup + runs; i++) {
			setup.run();
			final long t0 = System.nanoTime();
			body.run();
			final long t1 = System.nanoTime();
			if (i >= warmup) t[i - warmup] = (t1 - t0) / 1e6;
		}
		Arrays.sort(t);
		return runs % 2 == 1 ? t[runs / 2] : 0.5 * (t[runs / 2 - 1] + t[runs / 2]);
	}
}
