package org.nmfusion.nmf;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * A fixed set of worker threads that run numbered chunks of work. Chunk boundaries are chosen by the
 * callers from the problem size only, and partial results are combined in chunk order, so results do not
 * depend on the number of threads or on scheduling. The calling thread takes part in the work.
 */
final class Workers implements AutoCloseable {

	private final int threads;
	private final ExecutorService pool;

	Workers(final int threads) {
		if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, got " + threads);
		this.threads = threads;
		this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads - 1, r -> {
			final Thread t = new Thread(r, "nmf-worker");
			t.setDaemon(true);
			return t;
		});
	}

	int threads() {
		return threads;
	}

	/** Runs {@code body.accept(c)} for c = 0 .. nChunks-1, spread over the threads; returns when all are done. */
	void forEach(final int nChunks, final IntConsumer body) {
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
