package org.nmfusion.fusion;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import net.imglib2.img.array.ArrayImgs;
import org.junit.jupiter.api.Test;
import org.nmfusion.cnn.FakeFocusModel;
import org.nmfusion.fusion.method.FusionContext;
import org.nmfusion.fusion.method.FusionOptions;
import org.nmfusion.image.Image2D;
import org.nmfusion.image.PixelCalibration;
import org.nmfusion.image.Plane;
import org.nmfusion.util.Planes;

/**
 * Colour fusion read channel by channel from the stored 8-bit pixels (and written row block by row block) gives
 * exactly what the whole-plane computation gave ({@link WholePlaneColourFusion}): colour with colour, gray with
 * colour either way round, three sources, with pre-filter and float output. The images span more than one block of
 * rows ({@link UnitImage#BLOCK_PIXELS}).
 */
class ColourFusionTest {

	private static final FusionContext CONTEXT = FusionContext.of(FakeFocusModel::new);
	private static final int W = 300, H = 251;

	static Image2D rgb(final int seed) {
		final byte[][] c = new byte[3][W * H];
		final float[] r = FusionTest.pattern(W, H, seed, 0, 255), g = FusionTest.pattern(W, H, seed + 5, 20, 200),
			b = FusionTest.pattern(W, H, seed + 9, 0, 255);
		for (int i = 0; i < W * H; i++) {
			c[0][i] = (byte) Math.round(r[i]);
			c[1][i] = (byte) Math.round(g[i]);
			c[2][i] = (byte) Math.round(i % 11 == 0 ? 255 - b[i] : b[i]); // some saturated chroma
		}
		return new Image2D(Image2D.Kind.RGB, List.of(ArrayImgs.unsignedBytes(c[0], W, H), ArrayImgs.unsignedBytes(c[1], W, H),
			ArrayImgs.unsignedBytes(c[2], W, H)), PixelCalibration.UNCALIBRATED);
	}

	static Image2D gray(final int seed) {
		return FusionTest.gray8(FusionTest.pattern(W, H, seed, 0, 255), W, H);
	}

	private static void assertSame(final List<Image2D> sources, final String spec, final FusionOptions base) {
		final FusionMethods.Spec s = FusionMethods.spec(spec, base);
		final Image2D expected = WholePlaneColourFusion.fuse(sources, s.method, s.options, CONTEXT);
		final Image2D actual = Fusion.fuse(sources, s.method, s.options, CONTEXT).fused();
		assertEquals(expected.kind(), actual.kind(), spec);
		for (int c = 0; c < expected.channels().size(); c++) {
			final float[] e = Planes.copy(expected.channel(c)), a = Planes.copy(actual.channel(c));
			assertArrayEquals(e, a, spec + " " + base.denoiseRadius() + " " + base.floatOutput() + " channel " + c);
		}
	}

	@Test
	void colourPairsEqualTheWholePlaneComputation() {
		for (final String spec : List.of("average", "laplacian-max", "medical", "cnn"))
			for (final FusionOptions o : List.of(FusionOptions.defaults(), FusionOptions.builder().floatOutput(true).build(),
				FusionOptions.builder().denoiseRadius(2).build())) {
					assertSame(List.of(rgb(1), rgb(2)), spec, o);
					assertSame(List.of(gray(3), rgb(2)), spec, o);
					assertSame(List.of(rgb(1), gray(4)), spec, o);
				}
	}

	@Test
	void threeSourcesEqualTheWholePlaneComputation() {
		for (final FusionOptions o : List.of(FusionOptions.defaults(), FusionOptions.builder().floatOutput(true).build())) {
			assertSame(List.of(rgb(1), gray(3), rgb(2)), "cnn-nmf", o);
			assertSame(List.of(gray(3), rgb(1), rgb(2)), "average", o);
			assertSame(List.of(gray(3), gray(4), rgb(2)), "average", o);
		}
	}

	@Test
	void aColourSourceReadFromItsBytesHasTheWholePlaneLuminanceAndRows() {
		final Image2D s = rgb(7);
		final UnitRange range = new UnitRange(0, 255);
		final UnitImage lazy = UnitImage.ofRgb(s, range, 0);
		final float[][] p = new float[3][];
		for (int c = 0; c < 3; c++)
			p[c] = range.toUnit(Planes.copy(s.channel(c)));
		assertArrayEquals(Planes.luminance(p[0], p[1], p[2]), lazy.luma().data());
		final float[] rows = new float[W * 3];
		lazy.rows(1, 100, 103, rows);
		assertArrayEquals(java.util.Arrays.copyOfRange(p[1], 100 * W, 103 * W), rows);
		final Plane blue = lazy.plane(2);
		assertArrayEquals(p[2], blue.data());
		assertTrue(W * H > UnitImage.BLOCK_PIXELS, "the image spans more than one block of rows");
	}
}
