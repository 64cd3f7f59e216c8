package org.nmfusion.fusion.method;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nmfusion.fusion.FusionMethods;
import org.nmfusion.image.Plane;
import org.nmfusion.testutil.TestImages;

class FocusStackMethodTest {

	@Test
	void eachHalfComesFromTheSourceInFocusThere() {
		final int w = 96, h = 64;
		final float[] sharp = TestImages.textured(w, h, 7), blurred = TestImages.blur(sharp, w, h, 3.0);
		final float[] a = new float[w * h], b = new float[w * h];
		for (int y = 0; y < h; y++)
			for (int x = 0; x < w; x++) {
				final int i = y * w + x;
				a[i] = x < w / 2 ? sharp[i] : blurred[i];
				b[i] = x < w / 2 ? blurred[i] : sharp[i];
			}
		final FusionMethods.Spec preset = FusionMethods.spec("multifocus", FusionOptions.defaults());
		assertEquals("focus-stack", preset.method.name());
		assertEquals(FusionOptions.Refine.REGIONS, preset.options.refine());
		final FusionMethods.Spec spec = FusionMethods.spec("focus-stack", FusionOptions.defaults());
		final Plane wa = spec.method.weightMap(new Plane(a, w, h), new Plane(b, w, h), spec.options, FusionContext.of(null));
		double left = 0, right = 0;
		for (int y = 8; y < h - 8; y++)
			for (int x = 8; x < w / 2 - 8; x++) {
				left += wa.data()[y * w + x];
				right += wa.data()[y * w + x + w / 2];
			}
		final int n = (h - 16) * (w / 2 - 16);
		assertTrue(left / n > 0.95, "A is in focus on the left: " + left / n);
		assertTrue(right / n < 0.05, "B is in focus on the right: " + right / n);
		final Plane f = spec.method.fuse(new Plane(a, w, h), new Plane(b, w, h), wa, spec.options, FusionContext.of(null));
		double err = 0;
		for (int y = 8; y < h - 8; y++)
			for (int x = 8; x < w - 8; x++)
				if (Math.abs(x - w / 2) > 8) err += Math.abs(f.data()[y * w + x] - sharp[y * w + x]);
		assertTrue(err / ((h - 16) * (w - 32)) < 0.01, "the fused image is the sharp one away from the seam");
		final Plane regions = preset.method.weightMap(new Plane(a, w, h), new Plane(b, w, h), preset.options, FusionContext.of(null));
		for (final float v : regions.data())
			assertTrue(v == 0 || v == 1, "the preset's decision is binary");
	}
}
