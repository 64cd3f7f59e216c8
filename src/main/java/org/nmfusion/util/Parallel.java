package org.nmfusion.util;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * The project's one parallel-loop helper. {@link #forChunks} splits an index range [0, n) into
 * contiguous chunks and runs them on all cores (the common fork-join pool plus the calling
 * thread); chunk boundaries depend only on n, the minimum chunk size and the core count, so
 * results are deterministic for a given thread count. A {@link Pool} runs numbered chunks on a
 * fixed number of threads, for callers that combine partial results in chunk order (results
 * independent of the thread count).
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

	/**
	 * A fixed set of worker threads that run numbered chunks of work (the NMF's matrix products). Chunk
	 * boundaries are chosen by the callers from the problem size only, and partial results are combined in
	 * chunk order, so results do not depend on the number of threads or on scheduling. The calling thread
	 * takes part in the work.
	 */
	public static final class Pool implements AutoCloseable {

		private final int threads;
		private final ExecutorService pool;

		public Pool(final int threads) {
			if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, got " + threads);
			this.threads = threads;
			this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads - 1, r -> {
				final Thread t = new Thread(r, "nmfusion-worker");
				t.setDaemon(true);
				return t;
			});
		}

		public int threads() {
			return threads;
		}

		/** Runs {@code body.accept(c)} for c = 0 .. nChunks-1, spread over the threads; returns when all are done. */
		public void forEach(final int nChunks, final IntConsumer body) {
			if (nChunks <= 0) return;
			if (pool == null || nChunks == 1) {
				for (int c = 0; c < nChunks; c++)
					body.accept(c);
				return;
			}
			final AtomicInteger next = new AtomicInteger();
			final Runnable task = () -> {
				int c;
				while ((c = next.getAndIncrement()) < nChunks)
					body.accept(c);
			};
			final int helpers = Math.min(threads - 1, nChunks - 1);
			final List<Future<?>> futures = new ArrayList<>(helpers);
			for (int t = 0; t < helpers; t++)
				futures.add(pool.submit(task));
			RuntimeException failure = null;
			try {
				task.run();
			}
			catch (final RuntimeException e) {
				failure = e;
			}
			for (final Future<?> f : futures) {
				try {
					f.get();
				}
				catch (final InterruptedException e) {
					Thread.currentThread().interrupt();
					if (failure == null) failure = new IllegalStateException("interrupted", e);
				}
				catch (final ExecutionException e) {
					if (failure == null) {
						final Throwable cause = e.getCause();
						failure = cause instanceof RuntimeException ? (RuntimeException) cause : new IllegalStateException(cause);
					}
				}
			}
			if (failure != null) throw failure;
		}

		@Override
		public void close() {
			if (pool != null) pool.shutdownNow();
		}
	}
}
