package org.nmfusion.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

class SourceImagesTest {

	private static GrayImage texture(int w, int h, long seed) {
		Random r = new Random(seed);
		double[] d = new double[w * h];
		for (int y = 0; y < h; y++)
			for (int x = 0; x < w; x++)
				d[y * w + x] = Math.max(0,
					Math.min(255, Math.round(128 + 60 * Math.sin(x * 0.3 + seed) * Math.cos(y * 0.2) + r.nextGaussian() * 20)));
		return new GrayImage(d, w, h);
	}

	/** Scoring several fused images against kept sources gives exactly the values of scoring each triple alone. */
	@Test
	void keptSourcesGiveTheValuesOfSeparateEvaluations() {
		final GrayImage a = texture(96, 80, 1), b = texture(96, 80, 2);
		final SourceImages sources = new SourceImages(a, b);
		assertFalse(sources.has(Qp.PC_A));
		for (long seed = 3; seed < 6; seed++) {
			final GrayImage f = texture(96, 80, seed);
			final MetricsResult alone = FusionMetrics.evaluateWithNotes(a, b, f, FusionMetrics.all());
			final MetricsResult kept = FusionMetrics.evaluateWithNotes(sources, f, FusionMetrics.all());
			for (final String name : FusionMetrics.names())
				assertEquals(Double.doubleToLongBits(alone.values().get(name)), Double.doubleToLongBits(kept.values().get(name)),
					name + " with fused image " + seed);
			assertEquals(alone.notes(), kept.notes());
			assertTrue(sources.has(Qp.PC_A) && sources.has(Qp.PC_B) && sources.has(Qcb.CONTRAST_B), "kept after the first");
		}
	}
}
