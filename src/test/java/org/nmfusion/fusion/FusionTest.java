package org.nmfusion.fusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.integer.UnsignedShortType;
import org.junit.jupiter.api.Test;
import org.nmfusion.cnn.FakeFocusModel;
import org.nmfusion.fusion.method.FusionCanceledException;
import org.nmfusion.fusion.method.FusionContext;
import org.nmfusion.fusion.method.FusionMethod;
import org.nmfusion.fusion.method.FusionOptions;
import org.nmfusion.fusion.rules.LiuPyramidBlend;
import org.nmfusion.image.Image2D;
import org.nmfusion.image.PixelCalibration;
import org.nmfusion.image.Plane;
import org.nmfusion.image.ValueCalibration;
import org.nmfusion.pyramid.Pyramid;
import org.nmfusion.testutil.TestImages;
import org.nmfusion.util.BadParameterException;
import org.nmfusion.util.Planes;

class FusionTest {

	private static final FakeFocusModel MODEL = new FakeFocusModel();
	private static final FusionContext CONTEXT = FusionContext.of(() -> MODEL);
	private static final FusionOptions FLOAT = FusionOptions.builder().floatOutput(true).build();

	/** A smooth test pattern with detail that differs between the seeds, values in [lo, lo + span]. */
	static float[] pattern(final int w, final int h, final int seed, final float lo, final float span) {
		final float[] p = new float[w * h];
		for (int y = 0; y < h; y++)
			for (int x = 0; x < w; x++) {
				final double v = 0.5 + 0.25 * Math.sin((x + 3 * seed) * 0.21 * (1 + seed % 3)) * Math.cos(y * 0.17) +
					0.2 * ((x / (4 + seed) + y / 5) % 2 == 0 ? 1 : -1) * (x < w / 2 == (seed % 2 == 0) ? 1 : 0.1);
				p[y * w + x] = lo + span * (float) Math.max(0, Math.min(1, v));
			}
		return p;
	}

	static Image2D gray32(final float[] p, final int w, final int h) {
		return Image2D.gray(Image2D.Kind.GRAY32, ArrayImgs.floats(p, w, h), PixelCalibration.UNCALIBRATED);
	}

	static Image2D gray8(final float[] p, final int w, final int h) {
		final byte[] b = new byte[p.length];
		for (int i = 0; i < b.length; i++)
			b[i] = (byte) Math.round(Math.max(0, Math.min(255, p[i])));
		return Image2D.gray(Image2D.Kind.GRAY8, ArrayImgs.unsignedBytes(b, w, h), PixelCalibration.UNCALIBRATED);
	}

	static Image2D gray16(final float[] p, final int w, final int h, final ValueCalibration values) {
		final short[] s = new short[p.length];
		for (int i = 0; i < s.length; i++)
			s[i] = (short) Math.round(p[i]);
		return new Image2D(Image2D.Kind.GRAY16, List.of(ArrayImgs.unsignedShorts(s, w, h)), PixelCalibration.UNCALIBRATED, values);
	}

	static float[] values(final Image2D image, final int channel) {
		return Planes.copy(image.channel(channel));
	}

	@Test
	void everyMethodReturnsASourceFusedWithItself() {
		final int w = 64, h = 48;
		final float[] a = pattern(w, h, 1, -50, 1000);
		for (final FusionMethod m : FusionMethods.all()) {
			final float[] f = values(Fusion.fuse(gray32(a, w, h), gray32(a.clone(), w, h), m, FLOAT, CONTEXT).fused(), 0);
			for (int i = 0; i < a.length; i++)
				assertEquals(a[i], f[i], 1e-6 * 1000, m.name() + " at pixel " + i);
		}
	}

	@Test
	void cnnWithAFakeModelIsLiusPyramidBlendOfTheFakeWeightMap() {
		final int w = 70, h = 50;
		final float[] a = pattern(w, h, 2, 0, 1), b = pattern(w, h, 3, 0, 1);
		final FusionResult r = Fusion.fuse(gray32(a, w, h), gray32(b, w, h), FusionMethods.byName("cnn"), FLOAT, CONTEXT);
		// by hand: the weight map of the model, then Liu's pyramid blend; inputs span [0,1] jointly so the scale is the identity
		final float[] lo = { Float.MAX_VALUE }, hi = { -Float.MAX_VALUE };
		for (final float[] p : List.of(a, b))
			for (final float v : p) {
				lo[0] = Math.min(lo[0], v);
				hi[0] = Math.max(hi[0], v);
			}
		final float[] ua = unit(a, lo[0], hi[0]), ub = unit(b, lo[0], hi[0]);
		final float[] wc = MODEL.denseInference(ua, ub, w, h, false).weightMap();
		final float[] expected = LiuPyramidBlend.fuse(ua, ub, wc, w, h, Pyramid.levelsFor(w, h), 0.6);
		final float[] f = values(r.fused(), 0);
		for (int i = 0; i < f.length; i++)
			assertEquals(lo[0] + expected[i] * (hi[0] - lo[0]), f[i], 1e-5, "pixel " + i);
		assertEquals(wc[w * 10 + 20], r.weightMap().data()[w * 10 + 20], 0f);
	}

	private static float[] unit(final float[] v, final float lo, final float hi) {
		final float[] u = new float[v.length];
		for (int i = 0; i < u.length; i++)
			u[i] = (v[i] - lo) / (hi - lo);
		return u;
	}

	@Test
	void sixteenBitInGivesSixteenBitOutAndTwelveBitDataFuseAsTheirEightBitCopy() {
		final int w = 96, h = 80;
		final float[] a12 = pattern(w, h, 4, 0, 4095), b12 = pattern(w, h, 5, 0, 4095);
		final float[] a8 = new float[a12.length], b8 = new float[b12.length];
		for (int i = 0; i < a8.length; i++) {
			a8[i] = Math.round(a12[i] * 255 / 4095f);
			b8[i] = Math.round(b12[i] * 255 / 4095f);
		}
		for (final String method : List.of("cnn-nmf", "cnn", "pca", "average")) {
			final Image2D f16 = Fusion.fuse(gray16(a12, w, h, ValueCalibration.NONE), gray16(b12, w, h, ValueCalibration.NONE),
				FusionMethods.byName(method), FusionOptions.defaults(), CONTEXT).fused();
			assertEquals(Image2D.Kind.GRAY16, f16.kind());
			assertTrue(f16.channel(0).getType() instanceof UnsignedShortType);
			final float[] v16 = values(f16, 0);
			final float[] v8 = values(Fusion.fuse(gray8(a8, w, h), gray8(b8, w, h), FusionMethods.byName(method), FusionOptions.defaults(),
				CONTEXT).fused(), 0);
			int close = 0;
			for (int i = 0; i < v8.length; i++)
				if (Math.abs(v16[i] * 255 / 4095 - v8[i]) <= 1) close++;
			assertTrue(close >= 0.99 * v8.length, method + ": only " + close + " of " + v8.length + " pixels within 1 grey level");
		}
	}

	@Test
	void eightBitWithSixteenBitFusesInEachSourcesOwnRange() {
		final int w = 40, h = 30;
		final float[] a = pattern(w, h, 6, 0, 255);
		final float[] b16 = new float[a.length];
		for (int i = 0; i < a.length; i++)
			b16[i] = Math.round(a[i]) * 257f; // the same picture in full 16-bit range
		final Image2D f = Fusion.fuse(gray8(a, w, h), gray16(b16, w, h, ValueCalibration.NONE), FusionMethods.byName("average"),
			FusionOptions.defaults(), CONTEXT).fused();
		assertEquals(Image2D.Kind.GRAY8, f.kind());
		final float[] v = values(f, 0);
		for (int i = 0; i < v.length; i++)
			assertEquals(Math.round(a[i]), v[i], 1f, "pixel " + i);
	}

	@Test
	void calibratedSixteenBitGivesRealValuesIn32BitAndKeepsTheFunctionIn16Bit() {
		final int w = 32, h = 32;
		final ValueCalibration hu = new ValueCalibration(-32768 - 1024, 1, "Hounsfield");
		final float[] raw = pattern(w, h, 7, 32900, 2000);
		final Image2D ct = gray16(raw, w, h, hu);
		final Image2D f32 = Fusion.fuse(ct, gray16(raw.clone(), w, h, hu), FusionMethods.byName("laplacian-max"), FLOAT, CONTEXT).fused();
		assertEquals(Image2D.Kind.GRAY32, f32.kind());
		final float[] v = values(f32, 0);
		for (int i = 0; i < v.length; i++)
			assertEquals(Math.round(raw[i]) - 33792, v[i], 0.05, "pixel " + i);
		final Image2D f16 = Fusion.fuse(ct, ct, FusionMethods.byName("average"), FusionOptions.defaults(), CONTEXT).fused();
		assertEquals(hu, f16.values());
	}

	@Test
	void grayWithColourFusesIntoTheLuminanceAndKeepsTheColour() {
		final int w = 48, h = 40;
		final float[] g = pattern(w, h, 8, 0, 255);
		final byte[][] rgb = new byte[3][w * h];
		for (int i = 0; i < w * h; i++) {
			rgb[0][i] = (byte) 150;
			rgb[1][i] = (byte) 60;
			rgb[2][i] = (byte) 60;
		}
		final Image2D colour = new Image2D(Image2D.Kind.RGB, List.of(ArrayImgs.unsignedBytes(rgb[0], w, h), ArrayImgs.unsignedBytes(rgb[1], w, h),
			ArrayImgs.unsignedBytes(rgb[2], w, h)), PixelCalibration.UNCALIBRATED);
		final Image2D f = Fusion.fuse(gray8(g, w, h), colour, FusionMethods.byName("average"), FusionOptions.defaults(), CONTEXT).fused();
		assertEquals(Image2D.Kind.RGB, f.kind());
		final float[] r = values(f, 0), gr = values(f, 1), b = values(f, 2);
		final float y0 = 0.299f * 150 + 0.587f * 60 + 0.114f * 60;
		for (int i = 0; i < r.length; i++) {
			final float y = 0.299f * r[i] + 0.587f * gr[i] + 0.114f * b[i];
			final float expectedY = 0.5f * (Math.round(g[i]) + y0);
			assertEquals(expectedY, y, 1.5f, "luminance at " + i);
			assertEquals(150 - 60, r[i] - gr[i], 1.5f, "the red-green difference (the colour) is kept at " + i);
		}
	}

	@Test
	void grayWithSaturatedColourKeepsTheFusedLuminanceExactly() {
		// a saturated red PET-like source: brightening its luminance would push red past 255, which the chroma absorbs
		final int w = 32, h = 24;
		final float[] g = pattern(w, h, 6, 0, 255);
		final byte[][] rgb = new byte[3][w * h];
		for (int i = 0; i < w * h; i++) {
			rgb[0][i] = (byte) 250;
			rgb[1][i] = (byte) (i % 7 * 20);
			rgb[2][i] = (byte) 10;
		}
		final Image2D colour = new Image2D(Image2D.Kind.RGB, List.of(ArrayImgs.unsignedBytes(rgb[0], w, h), ArrayImgs.unsignedBytes(rgb[1], w, h),
			ArrayImgs.unsignedBytes(rgb[2], w, h)), PixelCalibration.UNCALIBRATED);
		final Image2D f = Fusion.fuse(gray8(g, w, h), colour, FusionMethods.byName("average"), FLOAT, CONTEXT).fused();
		final float[] r = values(f, 0), gr = values(f, 1), b = values(f, 2);
		int reduced = 0;
		for (int i = 0; i < r.length; i++) {
			final double y = 0.299 * r[i] + 0.587 * gr[i] + 0.114 * b[i];
			final double yb = 0.299 * 250 + 0.587 * (i % 7 * 20) + 0.114 * 10;
			assertEquals(0.5 * (Math.round(g[i]) + yb), y, 1e-3, "gray(F) equals the fused Y at " + i);
			for (final float c : new float[] { r[i], gr[i], b[i] })
				assertTrue(c >= -1e-4 && c <= 255 + 1e-3, "channel in range at " + i + ": " + c);
			if (r[i] - gr[i] < 250 - (i % 7 * 20) - 1) reduced++;
		}
		assertTrue(reduced > 0, "some pixels needed less chroma");
	}

	@Test
	void lumaKeepingConversionMovesChannelsTowardsYByOneFactor() {
		final float[] y = { 0.9f, 0.1f, 0.5f, 1.2f, -0.1f }, u = { 0.1f, -0.2f, 0.05f, 0.1f, 0.1f }, v = { 0.3f, -0.3f, 0.02f, 0.2f, 0.2f };
		final float[][] rgb = YuvColour.toRgbKeepingLuma(y, u, v), free = YuvColour.toRgb(y, u, v);
		for (int i = 0; i < y.length; i++) {
			final double luma = Math.max(0, Math.min(1, y[i]));
			assertEquals(luma, 0.299 * rgb[0][i] + 0.587 * rgb[1][i] + 0.114 * rgb[2][i], 1e-6, "luminance at " + i);
			double s = Double.NaN;
			for (int c = 0; c < 3; c++) {
				assertTrue(rgb[c][i] >= -1e-6 && rgb[c][i] <= 1 + 1e-6, "in range: " + rgb[c][i]);
				final double d = free[c][i] - y[i];
				if (Math.abs(d) > 1e-3) {
					final double sc = (rgb[c][i] - luma) / d;
					if (Double.isNaN(s)) s = sc;
					else assertEquals(s, sc, 1e-4, "one chroma factor for all channels at " + i);
				}
			}
		}
		assertEquals(free[0][2], rgb[0][2], 1e-6, "a pixel in range is unchanged");
	}

	@Test
	void yuvRoundTripIsExactToAGreyLevel() {
		final int n = 4096;
		final float[] r = new float[n], g = new float[n], b = new float[n];
		for (int i = 0; i < n; i++) {
			r[i] = (i * 37 % 256) / 255f;
			g[i] = (i * 91 % 256) / 255f;
			b[i] = (i * 13 % 256) / 255f;
		}
		final float[][] yuv = YuvColour.toYuv(r, g, b), back = YuvColour.toRgb(yuv[0], yuv[1], yuv[2]);
		for (int i = 0; i < n; i++) {
			assertEquals(r[i], back[0][i], 1e-5);
			assertEquals(g[i], back[1][i], 1e-5);
			assertEquals(b[i], back[2][i], 1e-5);
		}
	}

	@Test
	void threeSourcesFuseSequentially() {
		final int w = 50, h = 40;
		final float[] a = pattern(w, h, 9, 0, 1), b = pattern(w, h, 10, 0, 1), c = pattern(w, h, 11, 0, 1);
		final FusionMethod m = FusionMethods.byName("laplacian-max");
		final float[] once = values(Fusion.fuse(List.of(gray32(a, w, h), gray32(b, w, h), gray32(c, w, h)), m, FLOAT, CONTEXT).fused(), 0);
		final Image2D ab = Fusion.fuse(gray32(a, w, h), gray32(b, w, h), m, FLOAT, CONTEXT).fused();
		final float[] twice = values(Fusion.fuse(ab, gray32(c, w, h), m, FLOAT, CONTEXT).fused(), 0);
		for (int i = 0; i < once.length; i++)
			assertEquals(twice[i], once[i], 1e-4, "pixel " + i);
		final List<String> reports = new java.util.ArrayList<>();
		Fusion.fuse(List.of(gray32(a, w, h), gray32(b, w, h), gray32(c, w, h)), m, FLOAT, CONTEXT.withProgress(r -> reports.add(r.toString()), null));
		assertEquals(List.of("FUSION 0/2 laplacian-max 1/2", "FUSION 1/2 laplacian-max 2/2", "FUSION 2/2 laplacian-max done"), reports,
			"one typed report per source pair and one at the end");
	}

	@Test
	void givenWeightMapReplacesTheCnnAndIsChecked() {
		final int w = 40, h = 32;
		final float[] a = pattern(w, h, 12, 0, 1), b = pattern(w, h, 13, 0, 1), ones = new float[w * h];
		java.util.Arrays.fill(ones, 1f);
		final FusionResult r = Fusion.fuse(gray32(a, w, h), gray32(b, w, h), FusionMethods.byName("cnn"), FLOAT,
			FusionContext.of(null).withWeightMap(new Plane(ones, w, h)));
		assertNotNull(r.weightMap());
		final float[] bad = ones.clone();
		bad[5] = 1.5f;
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Fusion.fuse(gray32(a, w, h), gray32(b, w, h),
			FusionMethods.byName("cnn"), FLOAT, FusionContext.of(null).withWeightMap(new Plane(bad, w, h))));
		assertTrue(e.getMessage().contains("[0, 1]") && e.getMessage().contains("x=5, y=0"), e.getMessage());
	}

	@Test
	void badInputAndParametersAreNamed() {
		final float[] a = pattern(20, 20, 1, 0, 1);
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
			() -> Fusion.fuse(gray32(a, 20, 20), gray32(new float[19 * 20], 19, 20), FusionMethods.byName("average"), FLOAT, CONTEXT));
		assertTrue(e.getMessage().contains("differ in size") && e.getMessage().contains("19x20"), e.getMessage());
		e = assertThrows(BadParameterException.class, () -> FusionMethods.byName("magic"));
		assertTrue(e.getMessage().contains("cnn-nmf"), e.getMessage());
		e = assertThrows(BadParameterException.class, () -> FusionOptions.builder().threshold(1.5).build());
		assertTrue(e.getMessage().contains("threshold"), e.getMessage());
		assertThrows(BadParameterException.class, () -> FusionOptions.builder().wavelet("sym4").build());
		assertThrows(IllegalStateException.class,
			() -> Fusion.fuse(gray32(a, 20, 20), gray32(a, 20, 20), FusionMethods.byName("cnn"), FLOAT, FusionContext.of(null)));
		assertThrows(FusionCanceledException.class, () -> Fusion.fuse(gray32(a, 20, 20), gray32(a, 20, 20), FusionMethods.byName("average"),
			FLOAT, CONTEXT.withProgress(null, () -> true)));
		assertNull(Fusion.fuse(gray32(a, 20, 20), gray32(a, 20, 20), FusionMethods.byName("dwt"), FLOAT, CONTEXT).weightMap());
	}

	@Test
	void rgbFilesHoldingGrayContentFuseAsGrayIntoTheColourOfTheOther() {
		final int w = 32, h = 24;
		final float[] g = pattern(w, h, 14, 0, 255);
		final byte[] gb = new byte[w * h], red = new byte[w * h], low = new byte[w * h];
		for (int i = 0; i < gb.length; i++) {
			gb[i] = (byte) Math.round(g[i]);
			red[i] = (byte) 150;
			low[i] = (byte) 60;
		}
		final Image2D grayAsRgb = new Image2D(Image2D.Kind.RGB, List.of(ArrayImgs.unsignedBytes(gb, w, h), ArrayImgs.unsignedBytes(gb.clone(), w, h),
			ArrayImgs.unsignedBytes(gb.clone(), w, h)), PixelCalibration.UNCALIBRATED);
		final Image2D colour = new Image2D(Image2D.Kind.RGB, List.of(ArrayImgs.unsignedBytes(red, w, h), ArrayImgs.unsignedBytes(low, w, h),
			ArrayImgs.unsignedBytes(low.clone(), w, h)), PixelCalibration.UNCALIBRATED);
		final Image2D viaRgb = Fusion.fuse(grayAsRgb, colour, FusionMethods.byName("average"), FusionOptions.defaults(), CONTEXT).fused();
		final Image2D viaGray = Fusion.fuse(gray8(g, w, h), colour, FusionMethods.byName("average"), FusionOptions.defaults(), CONTEXT).fused();
		for (int c = 0; c < 3; c++)
			assertEquals(java.util.Arrays.toString(values(viaGray, c)), java.util.Arrays.toString(values(viaRgb, c)), "channel " + c);
		final Image2D both = Fusion.fuse(grayAsRgb, grayAsRgb, FusionMethods.byName("average"), FusionOptions.defaults(), CONTEXT).fused();
		assertEquals(Image2D.Kind.RGB, both.kind());
		assertEquals(java.util.Arrays.toString(values(both, 0)), java.util.Arrays.toString(values(both, 2)));
	}

	/** Every CNN tile is a progress step and a cancel point: a large image stops within one tile. */
	@Test
	void cnnTilesReportProgressAndStopOnCancel() {
		final int w = 600, h = 400;
		final float[] a = TestImages.textured(w, h, 41), b = TestImages.blur(a, w, h, 2);
		final FakeFocusModel model = new FakeFocusModel(64);
		final List<String> reports = new java.util.ArrayList<>();
		final FusionContext context = FusionContext.of(() -> model).withProgress(r -> reports.add(r.message()), () -> reports.size() >= 3);
		assertThrows(FusionCanceledException.class, () -> Fusion.fuse(gray32(a, w, h), gray32(b, w, h), FusionMethods.byName("cnn"), FLOAT,
			context));
		assertEquals(List.of("cnn", "cnn: CNN tile 1", "cnn: CNN tile 2"), reports);
		assertEquals(2, model.denseCalls.get(), "the third tile must not run");
	}
}
