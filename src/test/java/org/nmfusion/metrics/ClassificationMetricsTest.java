package org.nmfusion.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClassificationMetricsTest {

	private static final double EPS = 1e-12;

	@Test
	void typicalMatrix() {
		// tp=40 fp=10 tn=45 fn=5 : worked by hand
		ClassificationMetrics m = ClassificationMetrics.of(40, 10, 45, 5);
		assertEquals(85.0 / 100.0, m.accuracy(), EPS);
		assertEquals(40.0 / 50.0, m.precision(), EPS);
		assertEquals(40.0 / 45.0, m.recall(), EPS);
		assertEquals(m.recall(), m.sensitivity(), 0.0);
		assertEquals(45.0 / 55.0, m.specificity(), EPS);
		double p = 0.8, r = 40.0 / 45.0;
		assertEquals(2 * p * r / (p + r), m.f1(), EPS);
		assertEquals(100, m.total());
	}

	@Test
	void perfectAndWorstClassifier() {
		ClassificationMetrics perfect = ClassificationMetrics.of(7, 0, 3, 0);
		assertEquals(1.0, perfect.accuracy(), 0.0);
		assertEquals(1.0, perfect.f1(), 0.0);
		assertEquals(1.0, perfect.specificity(), 0.0);
		ClassificationMetrics worst = ClassificationMetrics.of(0, 3, 0, 7);
		assertEquals(0.0, worst.accuracy(), 0.0);
		assertEquals(0.0, worst.precision(), 0.0);
		assertEquals(0.0, worst.recall(), 0.0);
		assertEquals(0.0, worst.f1(), 0.0);
		assertEquals(0.0, worst.specificity(), 0.0);
	}

	@Test
	void zeroDenominatorsGiveZeroNotNaN() {
		ClassificationMetrics empty = ClassificationMetrics.of(0, 0, 0, 0);
		for (double v : new double[] { empty.accuracy(), empty.precision(), empty.recall(),
			empty.f1(), empty.specificity() }) {
			assertEquals(0.0, v, 0.0);
		}
		// only negatives, all correct: precision/recall undefined -> 0, specificity 1
		ClassificationMetrics neg = ClassificationMetrics.of(0, 0, 10, 0);
		assertEquals(1.0, neg.accuracy(), 0.0);
		assertEquals(0.0, neg.precision(), 0.0);
		assertEquals(1.0, neg.specificity(), 0.0);
	}

	@Test
	void largeCountsStayInUnitInterval() {
		ClassificationMetrics m = ClassificationMetrics.of(3_000_000_000L, 1L, 2_000_000_000L, 2L);
		for (double v : new double[] { m.accuracy(), m.precision(), m.recall(), m.f1(), m.specificity() }) {
			assertTrue(v >= 0 && v <= 1, "value in [0,1]: " + v);
		}
		assertEquals(3e9 / (3e9 + 2), m.recall(), 1e-15);
	}

	@Test
	void negativeCountsRejected() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
			() -> ClassificationMetrics.of(1, -1, 1, 1));
		assertTrue(e.getMessage().contains(">= 0"), e.getMessage());
		assertThrows(IllegalArgumentException.class,
			() -> ClassificationMetrics.of(Long.MAX_VALUE, Long.MAX_VALUE, 0, 0));
	}
}
