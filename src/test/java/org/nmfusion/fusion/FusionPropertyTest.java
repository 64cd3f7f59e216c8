package org.nmfusion.fusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import net.imglib2.img.array.ArrayImgs;
import org.junit.jupiter.api.Test;
import org.nmfusion.cnn.FakeFocusModel;
import org.nmfusion.fusion.method.FusionContext;
import org.nmfusion.fusion.method.FusionMethod;
import org.nmfusion.fusion.method.FusionOptions;
import org.nmfusion.image.Image2D;
import org.nmfusion.image.PixelCalibration;
import org.nmfusion.util.BadParameterException;
import org.nmfusion.util.Planes;

/**
 * Random small images (1..300 pixels a side, every pixel type, NaN or infinity sprinkled into some 32-bit
 * ones) and random valid options through every method: the only exceptions are the documented input
 * errors, and every output is finite and within its type's range. Seeded, so a failure repeats.
 */
class FusionPropertyTest {

	private static final FusionContext CONTEXT = FusionContext.of(FakeFocusModel::new);

	@Test
	void randomImagesAndOptionsGiveAResultInRangeOrADocumentedError() {
		final Random r = new Random(20261201);
		int fused = 0, refused = 0;
		for (int run = 0; run < 160; run++) {
			final int w = 1 + r.nextInt(r.nextBoolean() ? 300 : 40), h = 1 + r.nextInt(r.nextBoolean() ? 300 : 40);
			final Image2D.Kind kind = Image2D.Kind.values()[r.nextInt(4)];
			final boolean poison = kind == Image2D.Kind.GRAY32 && r.nextInt(5) == 0;
			final Image2D a = image(kind, w, h, r, poison), b = image(r.nextInt(4) == 0 ? Image2D.Kind.GRAY8 : kind, w, h, r, false);
			final FusionMethod method = FusionMethods.all().get(r.nextInt(FusionMethods.all().size()));
			final FusionOptions options = FusionOptions.builder().threshold(r.nextDouble()).nmfRank(1 + r.nextInt(8)).tau(r.nextDouble() * 0.5)
				.alpha(r.nextDouble()).levels(r.nextInt(4)).denoiseRadius(r.nextInt(3) == 0 ? 1 + r.nextInt(3) : 0).wavelet(r.nextBoolean() ? "haar"
					: "db2")
				.waveletLevels(1 + r.nextInt(4)).floatOutput(r.nextInt(4) == 0).build();
			final String what = "run " + run + ": " + method.name() + " on " + kind + " " + w + "x" + h + (poison ? " with NaN/Inf" : "") + ", " +
				options;
			try {
				final Image2D f = Fusion.fuse(a, b, method, options, CONTEXT).fused();
				assertEquals(w, f.width(), what);
				for (int c = 0; c < f.channels().size(); c++)
					for (final float v : Planes.copy(f.channel(c))) {
						assertTrue(Float.isFinite(v), what + ": non-finite output " + v);
						if (f.kind() == Image2D.Kind.GRAY8 || f.kind() == Image2D.Kind.RGB) assertTrue(v >= 0 && v <= 255, what + ": " + v);
					}
				fused++;
			}
			catch (BadParameterException e) {
				assertTrue(e.getMessage().contains("radius"), what + ": " + e.getMessage());
				refused++;
			}
			catch (IllegalArgumentException e) {
				final String m = e.getMessage();
				assertTrue(poison && (m.contains("NaN") || m.contains("infinite")) || m.contains("at least 16x16") || m.contains("16 x 16"),
					what + ": undocumented error: " + m);
				refused++;
			}
			catch (RuntimeException e) {
				fail(what + ": " + e, e);
			}
		}
		assertTrue(fused > 80 && refused > 5, "fused " + fused + ", refused " + refused);
	}

	private static Image2D image(final Image2D.Kind kind, final int w, final int h, final Random r, final boolean poison) {
		final int n = w * h;
		switch (kind) {
			case GRAY8: {
				final byte[] p = new byte[n];
				r.nextBytes(p);
				return Image2D.gray(kind, ArrayImgs.unsignedBytes(p, w, h), PixelCalibration.UNCALIBRATED);
			}
			case GRAY16: {
				final short[] p = new short[n];
				final int bits = 8 + r.nextInt(9);
				for (int i = 0; i < n; i++)
					p[i] = (short) r.nextInt(1 << bits);
				return Image2D.gray(kind, ArrayImgs.unsignedShorts(p, w, h), PixelCalibration.UNCALIBRATED);
			}
			case GRAY32: {
				final float[] p = new float[n];
				final float scale = (float) Math.pow(10, r.nextInt(7) - 3);
				for (int i = 0; i < n; i++)
					p[i] = (r.nextFloat() - 0.3f) * scale;
				if (poison) p[r.nextInt(n)] = r.nextBoolean() ? Float.NaN : Float.POSITIVE_INFINITY;
				return Image2D.gray(kind, ArrayImgs.floats(p, w, h), PixelCalibration.UNCALIBRATED);
			}
			default: {
				final List<net.imglib2.RandomAccessibleInterval<? extends net.imglib2.type.numeric.RealType<?>>> ch = new ArrayList<>();
				for (int c = 0; c < 3; c++) {
					final byte[] p = new byte[n];
					r.nextBytes(p);
					ch.add(ArrayImgs.unsignedBytes(p, w, h));
				}
				return new Image2D(Image2D.Kind.RGB, ch, PixelCalibration.UNCALIBRATED);
			}
		}
	}
}
