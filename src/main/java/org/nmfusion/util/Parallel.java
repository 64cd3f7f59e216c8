package org.nmfusion.util;

import java.util.stream.IntStream;

/**
 * Splits an index range [0, n) into contiguous chunks and runs them on all cores
 * (the common fork-join pool plus the calling thread). Chunk boundaries depend only on
 * n, the minimum chunk size and the core count, so results are deterministic for a
 * given thread count.
 */
public final class Parallel {

	/** Work on the half-open index range [start, end). */
	@FunctionalInterface
	public interface RangeBody {
		void run(int start, int end);
	}

	private Parallel() {}

	/** Number of worker threads used: the available processors. */
	public static int threads() {
		return Runtime.getRuntime().availableProcessors();
	}

	/**
	 * Runs {@code body} over [0, n) in at most {@link #threads()} chunks of at least
	 * {@code minChunk} indices each (one chunk, on the calling thread, when n is small).
	 */
	public static void forChunks(int n, int minChunk, RangeBody body) {
		if (n <= 0) return;
		final int chunks = Math.max(1, Math.min(threads(), n / Math.max(1, minChunk)));
		if (chunks == 1) {
			body.run(0, n);
			return;
		}
		IntStream.range(0, chunks).parallel().forEach(c -> body.run(
			(int) ((long) n * c / chunks), (int) ((long) n * (c + 1) / chunks)));
	}
}
