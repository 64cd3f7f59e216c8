package org.nmfusion.fusion.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.nmfusion.pyramid.Pyramid;
import org.nmfusion.testutil.TestImages;

class LiuPyramidBlendTest {

	/** Pairs in src/test/resources/liu, fused by Liu's own code (see its README in the reference data). */
	private static final String[] PAIRS = { "cddfuse_11", "clock", "ifcnn_c04", "ifcnn_iv_Kayak", "lab" };

	@Test
	void reproducesLiusFusedImages() throws IOException {
		for (final String pair : PAIRS) {
			final Gray a = readGray(pair + "_A.png"), b = readGray(pair + "_B.png"), ref = readGray(pair + "_F_cnnliu.png");
			final int w = a.width, h = a.height, n = w * h;
			assertTrue(b.width == w && b.height == h && ref.width == w && ref.height == h, pair + ": sizes differ");
			final float[] weights = readFloats(pair + "_W_cnnliu.f32", n);
			final float[] fa = new float[n], fb = new float[n];
			for (int i = 0; i < n; i++) {
				fa[i] = a.pixels[i] / 255f;
				fb[i] = b.pixels[i] / 255f;
			}
			final float[] fused = LiuPyramidBlend.fuse(fa, fb, weights, w, h, Pyramid.levelsFor(w, h), LocalSimilarityRule.DEFAULT_THRESHOLD);
			int maxDiff = 0, equal = 0, within1 = 0;
			for (int i = 0; i < n; i++) {
				final int v = (int) Math.max(0, Math.min(255, Math.round(fused[i] * 255.0)));
				final int d = Math.abs(v - ref.pixels[i]);
				maxDiff = Math.max(maxDiff, d);
				if (d == 0) equal++;
				if (d <= 1) within1++;
			}
			System.out.printf("Liu reference %-15s %d x %d: max diff %d, exactly equal %.4f %%, within 1 %.4f %%%n", pair, w, h, maxDiff,
				100.0 * equal / n, 100.0 * within1 / n);
			assertTrue(within1 >= 0.999 * n, pair + ": only " + within1 + " of " + n + " pixels within 1 grey level (max diff " + maxDiff + ")");
		}
	}

	@Test
	void equalInputsGiveTheInput() {
		final int w = 45, h = 38, n = w * h;
		final float[] a = TestImages.randomFloats(n, 3, 1f), weights = TestImages.randomFloats(n, 4, 1f);
		final float[] fused = LiuPyramidBlend.fuse(a, a.clone(), weights, w, h, Pyramid.levelsFor(w, h), 0.6);
		for (int i = 0; i < n; i++) assertEquals(a[i], fused[i], 1e-5, "pixel " + i);
	}

	@Test
	void rejectsBadArguments() {
		final float[] a = new float[12];
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LiuPyramidBlend.fuse(a, new float[11], a, 4, 3, 1, 0.6));
		assertTrue(e.getMessage().contains("image B"), e.getMessage());
		e = assertThrows(IllegalArgumentException.class, () -> LiuPyramidBlend.fuse(a, a, a, 4, 3, 9, 0.6));
		assertTrue(e.getMessage().contains("levels"), e.getMessage());
	}

	private static final class Gray {
		final int width, height;
		final int[] pixels;

		Gray(final int width, final int height, final int[] pixels) {
			this.width = width;
			this.height = height;
			this.pixels = pixels;
		}
	}

	private static InputStream resource(final String name) {
		final InputStream in = LiuPyramidBlendTest.class.getResourceAsStream("/liu/" + name);
		assertNotNull(in, "missing test resource liu/" + name);
		return in;
	}

	/** An 8-bit gray PNG (band 0 when stored as RGB). */
	private static Gray readGray(final String name) throws IOException {
		final BufferedImage img;
		try (InputStream in = resource(name)) {
			img = ImageIO.read(in);
		}
		assertNotNull(img, name + " is not a readable image");
		final Raster r = img.getRaster();
		assertEquals(8, r.getSampleModel().getSampleSize(0), name + " is not 8-bit");
		assertTrue(r.getNumBands() == 1 || r.getNumBands() == 3, name + " has " + r.getNumBands() + " bands");
		final int w = img.getWidth(), h = img.getHeight();
		return new Gray(w, h, r.getSamples(0, 0, w, h, 0, new int[w * h]));
	}

	/** Raw little-endian float32, row-major. */
	private static float[] readFloats(final String name, final int n) throws IOException {
		final byte[] bytes = new byte[4 * n];
		try (DataInputStream in = new DataInputStream(resource(name))) {
			in.readFully(bytes);
			assertEquals(-1, in.read(), name + " is longer than " + n + " floats");
		}
		final float[] f = new float[n];
		ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(f);
		return f;
	}
}
