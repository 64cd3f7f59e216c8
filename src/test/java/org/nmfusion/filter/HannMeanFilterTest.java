package org.nmfusion.filter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.imglib2.img.Img;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.integer.UnsignedShortType;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.view.Views;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.nmfusion.testutil.BruteForceHann;
import org.nmfusion.testutil.TestImages;

class HannMeanFilterTest {

	@ParameterizedTest(name = "{0}x{1}, r={2}")
	@CsvSource({ "64,48,1", "64,48,2", "37,53,3", "100,7,5", "5,5,4", "3,2,5", "1,1,3", "1,9,2", "9,1,2", "256,33,8" })
	void separableEqualsBruteForce2D(int w, int h, int r) {
		final float[] x = TestImages.randomFloats(w * h, 31L * w + h + r, 255f);
		final float[] fast = HannMeanFilter.filter(x, w, h, r, Double.NaN);
		final double[] ref = BruteForceHann.filter(x, w, h, r, Double.NaN);
		for (int i = 0; i < ref.length; i++) assertEquals(ref[i], fast[i], 1e-4, "pixel " + i);
	}

	@ParameterizedTest(name = "{0}x{1}, r={2}, t={3}")
	@CsvSource({ "40,30,2,100", "17,23,3,200", "4,3,5,128", "64,64,1,250" })
	void backgroundVariantEqualsBruteForceNormalisedConvolution(int w, int h, int r, double t) {
		final float[] x = TestImages.randomFloats(w * h, 7L * w + h, 255f);
		final float[] fast = HannMeanFilter.filter(x, w, h, r, t);
		final double[] ref = BruteForceHann.filter(x, w, h, r, t);
		for (int i = 0; i < ref.length; i++) assertEquals(ref[i], fast[i], 1e-4, "pixel " + i);
	}

	@Test
	void backgroundVariantIgnoresMaskedPixelValues() {
		final int w = 50, h = 40;
		final float[] a = TestImages.randomFloats(w * h, 3, 255f);
		final float[] b = a.clone();
		final float t = 60;
		// change every masked (<= t) pixel to another masked value: the result must not change
		for (int i = 0; i < a.length; i++) if (a[i] <= t) b[i] = (i % 2 == 0) ? 0 : t;
		final float[] fa = HannMeanFilter.filter(a, w, h, 3, t);
		final float[] fb = HannMeanFilter.filter(b, w, h, 3, t);
		for (int i = 0; i < a.length; i++) {
			if (a[i] > t) assertEquals(fa[i], fb[i], 1e-4, "reliable pixel " + i);
		}
		// ... while the plain filter does change
		final float[] pa = HannMeanFilter.filter(a, w, h, 3, Double.NaN);
		final float[] pb = HannMeanFilter.filter(b, w, h, 3, Double.NaN);
		double maxDiff = 0;
		for (int i = 0; i < a.length; i++) maxDiff = Math.max(maxDiff, Math.abs(pa[i] - pb[i]));
		assertTrue(maxDiff > 1, "plain filter sees masked pixels");
	}

	@Test
	void fullyMaskedNeighbourhoodKeepsTheInput() {
		final float[] x = { 1, 2, 3, 4, 5, 6 };
		assertArrayEquals(x, HannMeanFilter.filter(x, 3, 2, 1, 10), 0f);
	}

	@Test
	void constantImagesAreUnchanged() {
		final byte[] b = new byte[30 * 20];
		java.util.Arrays.fill(b, (byte) 200);
		final Img<UnsignedByteType> out8 = HannMeanFilter.filter(ArrayImgs.unsignedBytes(b, 30, 20), 4, Double.NaN);
		for (UnsignedByteType t : out8) assertEquals(200, t.get());
		final short[] s = new short[30 * 20];
		java.util.Arrays.fill(s, (short) 60000);
		for (UnsignedShortType t : HannMeanFilter.filter(ArrayImgs.unsignedShorts(s, 30, 20), 3, Double.NaN)) {
			assertEquals(60000, t.get());
		}
		final float[] f = new float[30 * 20];
		java.util.Arrays.fill(f, 0.123f);
		for (FloatType t : HannMeanFilter.filterToFloat(ArrayImgs.floats(f, 30, 20), 6, Double.NaN)) {
			assertEquals(0.123f, t.get(), 1e-6f);
		}
	}

	@Test
	void sameTypeOutputIsRoundedAndClamped() {
		final float[] x = TestImages.randomFloats(20 * 10, 5, 255f);
		final byte[] b = new byte[x.length];
		final float[] asFloat = new float[x.length];
		for (int i = 0; i < x.length; i++) {
			b[i] = (byte) Math.round(x[i]);
			asFloat[i] = b[i] & 0xff;
		}
		final float[] ref = HannMeanFilter.filter(asFloat, 20, 10, 2, Double.NaN);
		int i = 0;
		for (UnsignedByteType t : HannMeanFilter.filter(ArrayImgs.unsignedBytes(b, 20, 10), 2, Double.NaN)) {
			assertEquals(Math.round(ref[i++]), t.get());
		}
	}

	@Test
	void inputIsNotModified() {
		final float[] x = TestImages.randomFloats(30 * 30, 11, 10f);
		final float[] copy = x.clone();
		HannMeanFilter.filterToFloat(ArrayImgs.floats(x, 30, 30), 3, 5);
		assertArrayEquals(copy, x, 0f);
	}

	@Test
	void badInputGivesClearErrors() {
		final float[] x = new float[12];
		x[5] = Float.NaN;
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
			() -> HannMeanFilter.filterToFloat(ArrayImgs.floats(x, 4, 3), 1, Double.NaN));
		assertTrue(e.getMessage().contains("NaN") && e.getMessage().contains("x=1, y=1"), e.getMessage());
		e = assertThrows(IllegalArgumentException.class,
			() -> HannMeanFilter.filterToFloat(ArrayImgs.floats(4, 3, 2), 1, Double.NaN));
		assertTrue(e.getMessage().contains("2-D"), e.getMessage());
		e = assertThrows(IllegalArgumentException.class,
			() -> HannMeanFilter.filterToFloat(Views.interval(ArrayImgs.floats(4, 3), new long[] { 0, 0 }, new long[] { -1, 2 }), 1, Double.NaN));
		assertTrue(e.getMessage().contains("empty"), e.getMessage());
		e = assertThrows(IllegalArgumentException.class,
			() -> HannMeanFilter.filterToFloat(ArrayImgs.floats(4, 3), 0, Double.NaN));
		assertTrue(e.getMessage().contains("radius"), e.getMessage());
		e = assertThrows(org.nmfusion.util.BadParameterException.class,
			() -> HannMeanFilter.filterToFloat(ArrayImgs.floats(40, 30), 30, Double.NaN));
		assertEquals("radius 30 is not smaller than the image (40x30)", e.getMessage());
		assertEquals(1200, HannMeanFilter.filterToFloat(ArrayImgs.floats(40, 30), 29, Double.NaN).size());
	}
}
