package org.nmfusion.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import ij.ImagePlus;
import org.junit.jupiter.api.Test;
import org.nmfusion.testutil.TestImages;
import org.scijava.Context;

/** Fusions in parallel through one service (one model cache, first used concurrently) equal serial runs bit for bit. */
class ConcurrentFusionTest {

	@Test
	void fourParallelFusionsEqualSerialOnes() throws Exception {
		final List<ImagePlus[]> pairs = new ArrayList<>();
		for (int i = 0; i < 4; i++)
			pairs.add(new ImagePlus[] { TestImages.gray8(64, 48, 2 * i), TestImages.gray8(64, 48, 2 * i + 1) });
		final String[] methods = { "cnn-nmf", "cnn", "cnn-focus", "cnn-nmf" };
		final byte[][] parallel = new byte[4][];
		try (Context context = new Context(NMFusionService.class)) {
			final NMFusionService s = context.service(NMFusionService.class);
			final ExecutorService pool = Executors.newFixedThreadPool(4);
			try {
				final List<Future<byte[]>> futures = new ArrayList<>();
				for (int i = 0; i < 4; i++) {
					final int k = i;
					futures.add(pool.submit((Callable<byte[]>) () -> (byte[]) s.fuse(pairs.get(k)[0], pairs.get(k)[1], methods[k]).getProcessor()
						.getPixels()));
				}
				for (int i = 0; i < 4; i++)
					parallel[i] = futures.get(i).get();
			}
			finally {
				pool.shutdown();
			}
		}
		try (Context context = new Context(NMFusionService.class)) {
			final NMFusionService s = context.service(NMFusionService.class);
			for (int i = 0; i < 4; i++)
				assertArrayEquals((byte[]) s.fuse(pairs.get(i)[0], pairs.get(i)[1], methods[i]).getProcessor().getPixels(), parallel[i],
					"pair " + i + " (" + methods[i] + ")");
		}
	}
}
