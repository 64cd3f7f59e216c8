package org.nmfusion.fusion.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PointwiseRulesTest {

	@Test
	void maxAbsPicksLargerMagnitudeAndAOnTies() {
		final float[] la = { 1, -3, 2, -2, 0 }, lb = { -2, 1, 2, 2, -0.5f };
		final float[] out = new float[5];
		MaxAbsRule.apply(la, lb, 5, 1, out);
		assertArrayEquals(new float[] { -2, -3, 2, -2, -0.5f }, out);
		MaxAbsRule.apply(la, lb, 5, 1, la); // in place
		assertArrayEquals(out, la);
		assertThrows(IllegalArgumentException.class, () -> MaxAbsRule.apply(new float[4], lb, 5, 1, out));
	}

	@Test
	void weightedBlendsWithTheWeightOfA() {
		final float[] la = { 1, 1, 4, -2 }, lb = { 3, 3, 0, 2 }, gw = { 0, 1, 0.25f, 0.5f };
		final float[] out = new float[4];
		WeightedRule.apply(la, lb, gw, 2, 2, out);
		assertArrayEquals(new float[] { 3, 1, 1, 0 }, out); // 0.25 * 4 + 0.75 * 0 = 1; 0.5 * -2 + 0.5 * 2 = 0
		assertThrows(IllegalArgumentException.class, () -> WeightedRule.apply(la, lb, gw, 4, 2, out));
	}
}
