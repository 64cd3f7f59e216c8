package org.nmfusion.fusion.weights;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.nmfusion.cnn.DenseOutput;
import org.nmfusion.cnn.FocusModel;
import org.nmfusion.image.Plane;

class CnnWeightMapTest {

	/** A model biased towards its first input: score 0.9 whatever the images. */
	private static final FocusModel BIASED = new FocusModel() {

		@Override
		public String name() { return "biased"; }

		@Override
		public int featureChannels() { return 1; }

		@Override
		public float[] scorePatches(final float[] a, final float[] b, final int n) {
			return new float[n];
		}

		@Override
		public DenseOutput denseUntiled(final float[] a, final float[] b, final int w, final int h, final boolean withFeatures) {
			final float[] s = new float[DenseOutput.scoreWidth(w) * DenseOutput.scoreWidth(h)];
			java.util.Arrays.fill(s, 0.9f);
			return new DenseOutput(w, h, s, 1, null, null);
		}

		@Override
		public void close() {}
	};

	@Test
	void symmetricMapIsNeutralForABiasedModel() {
		final Plane a = new Plane(new float[40 * 32], 40, 32), b = new Plane(new float[40 * 32], 40, 32);
		assertEquals(0.9f, CnnWeightMap.compute(BIASED, a, b, false).data()[500], 1e-6f);
		final float[] w = CnnWeightMap.compute(BIASED, a, b, true).data();
		for (final float v : w)
			assertEquals(0.5f, v, 1e-6f);
	}
}
