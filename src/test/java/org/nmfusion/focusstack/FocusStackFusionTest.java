package org.nmfusion.focusstack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nmfusion.focusstack.SyntheticFocusStack.Psf;

class FocusStackFusionTest {

	private static final int W = 160, H = 128, N = 10;

	private static SyntheticFocusStack stack(final Psf psf, final long seed) {
		final float[] sharp = SyntheticFocusStack.proceduralImage(W, H, seed);
		return SyntheticFocusStack.make(sharp, W, H, N, 1.2, psf, 1.0, 255, 32, seed);
	}

	private static double[] scores(final Psf psf, final long seed) {
		final float[] sharp = SyntheticFocusStack.proceduralImage(W, H, seed);
		final SyntheticFocusStack s = SyntheticFocusStack.make(sharp, W, H, N, 1.2, psf, 1.0, 255, 32, seed);
		final FocusStackResult r = FocusStackFusion.fuse(ArraySliceSource.gray(s.slices(), W, H), FocusStackOptions.defaults());
		double bestSlice = 0;
		for (final float[] slice : s.slices())
			bestSlice = Math.max(bestSlice, StackScores.psnr(new float[][] { slice }, new float[][] { sharp }, 255));
		return new double[] { StackScores.psnr(new float[][] { r.fused(0) }, new float[][] { sharp }, 255),
			StackScores.meanAbsoluteError(r.heightMap(), s.depth()), bestSlice };
	}

	@Test
	void recoversTheSharpImageAndTheDepthOfAGaussianDefocusStack() {
		final double[] s = scores(Psf.GAUSSIAN, 7);
		assertTrue(s[0] > 38 && s[0] > s[2] + 10, "PSNR " + s[0] + " dB, best single slice " + s[2]);
		assertTrue(s[1] < 0.3, "height MAE " + s[1] + " slices");
	}

	@Test
	void recoversTheSharpImageAndTheDepthOfADiscDefocusStack() {
		final double[] s = scores(Psf.DISC, 8);
		assertTrue(s[0] > 38 && s[0] > s[2] + 10, "PSNR " + s[0] + " dB, best single slice " + s[2]);
		assertTrue(s[1] < 0.3, "height MAE " + s[1] + " slices");
	}

	@Test
	void refusesAStackOfOneSlice() {
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
			() -> FocusStackFusion.fuse(ArraySliceSource.gray(new float[][] { new float[W * H] }, W, H), FocusStackOptions.defaults()));
		assertEquals("a focus stack needs at least 2 slices, got 1", e.getMessage());
	}

	@Test
	void refusesSlicesOfUnequalSize() {
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
			() -> ArraySliceSource.gray(new float[][] { new float[W * H], new float[W * H - 1] }, W, H));
		assertTrue(e.getMessage().startsWith("slice 1 has 20479 pixels, expected 160 x 128"), e.getMessage());
	}

	@Test
	void runningBestEqualsTheArgmaxOverAllScorePlanesInMemory() {
		final SyntheticFocusStack s = stack(Psf.DISC, 9);
		final FocusMeasure measure = new FocusMeasure(2, 1);
		final float[][] all = new float[N][W * H];
		final RunningBest best = new RunningBest(W * H);
		for (int k = 0; k < N; k++) {
			measure.score(s.slices()[k], all[k], new float[W * H], W, H);
			best.accept(k, all[k], k == 0 ? null : all[k - 1]);
		}
		final float[] streamed = new float[W * H], expected = new float[W * H];
		best.height(streamed);
		for (int i = 0; i < W * H; i++) {
			int arg = 0;
			for (int k = 1; k < N; k++)
				if (all[k][i] > all[arg][i]) arg = k;
			expected[i] = arg + (arg == 0 || arg == N - 1 ? 0 : RunningBest.offset(all[arg - 1][i], all[arg][i], all[arg + 1][i]));
		}
		assertArrayEquals(expected, streamed);
	}

	@Test
	void anRgbStackOfThreeEqualChannelsFusesLikeItsGrayStack() {
		final SyntheticFocusStack s = stack(Psf.GAUSSIAN, 10);
		final float[][][] rgb = new float[N][][];
		for (int k = 0; k < N; k++) rgb[k] = new float[][] { s.slices()[k], s.slices()[k], s.slices()[k] };
		final FocusStackResult gray = FocusStackFusion.fuse(ArraySliceSource.gray(s.slices(), W, H), FocusStackOptions.defaults());
		final FocusStackResult colour = FocusStackFusion.fuse(new ArraySliceSource(rgb, W, H), FocusStackOptions.defaults());
		assertEquals(3, colour.channels());
		for (int c = 0; c < 3; c++) assertArrayEquals(gray.fused(0), colour.fused(c), 1e-3f);
		assertArrayEquals(gray.heightMap(), colour.heightMap(), 1e-4f);
	}

	@Test
	void reversingTheSliceOrderMirrorsTheHeightAndKeepsTheFusedImage() {
		final SyntheticFocusStack s = stack(Psf.DISC, 11);
		final float[][] reversed = new float[N][];
		for (int k = 0; k < N; k++) reversed[k] = s.slices()[N - 1 - k];
		final FocusStackResult a = FocusStackFusion.fuse(ArraySliceSource.gray(s.slices(), W, H), FocusStackOptions.defaults());
		final FocusStackResult b = FocusStackFusion.fuse(ArraySliceSource.gray(reversed, W, H), FocusStackOptions.defaults());
		final float[] mirrored = new float[W * H];
		for (int i = 0; i < mirrored.length; i++) mirrored[i] = N - 1 - b.heightMap()[i];
		assertTrue(StackScores.meanAbsoluteError(a.heightMap(), mirrored) < 1e-3);
		assertTrue(StackScores.psnr(new float[][] { a.fused(0) }, new float[][] { b.fused(0) }, 255) > 60);
	}

	@Test
	void aConstantStackFusesToItselfWithFullConfidenceNowhere() {
		final float[][] planes = new float[3][W * H];
		for (final float[] p : planes) java.util.Arrays.fill(p, 42);
		final FocusStackResult r = FocusStackFusion.fuse(ArraySliceSource.gray(planes, W, H), FocusStackOptions.defaults());
		for (final float v : r.fused(0)) assertEquals(42, v, 1e-4);
		for (final float v : r.confidence()) assertEquals(0, v);
	}

	@Test
	void theEdgeRespectingHeightFilterChangesTheHeightMapOnly() {
		final SyntheticFocusStack s = stack(Psf.DISC, 13);
		final FocusStackResult off = FocusStackFusion.fuse(ArraySliceSource.gray(s.slices(), W, H), FocusStackOptions.defaults().withEdgeRadius(0));
		final FocusStackResult on = FocusStackFusion.fuse(ArraySliceSource.gray(s.slices(), W, H), FocusStackOptions.defaults().withEdgeRadius(4));
		assertArrayEquals(off.fused(0), on.fused(0));
		assertTrue(StackScores.meanAbsoluteError(off.heightMap(), on.heightMap()) > 1e-3);
		assertTrue(StackScores.meanAbsoluteError(on.heightMap(), s.depth()) < 0.3);
		assertThrows(IllegalArgumentException.class, () -> FocusStackOptions.defaults().withEdgeRadius(-1));
	}

	@Test
	void aMultiFocusPairIsAStackOfTwo() {
		final float[] sharp = SyntheticFocusStack.proceduralImage(W, H, 14);
		final float[] blurred = SyntheticFocusStack.gaussianBlur(sharp, W, H, 2.5);
		final float[] a = new float[W * H], b = new float[W * H];
		for (int i = 0; i < a.length; i++) {
			final boolean left = i % W < W / 2;
			a[i] = left ? sharp[i] : blurred[i];
			b[i] = left ? blurred[i] : sharp[i];
		}
		final FocusStackResult r = FocusStackFusion.fuse(ArraySliceSource.gray(new float[][] { a, b }, W, H), FocusStackOptions.defaults());
		final double fused = StackScores.psnr(new float[][] { r.fused(0) }, new float[][] { sharp }, 255);
		final double single = StackScores.psnr(new float[][] { a }, new float[][] { sharp }, 255);
		assertTrue(fused > single + 8, "pair fused " + fused + " dB, source A " + single + " dB");
		assertTrue(r.heightMap()[H / 2 * W + 10] < 0.2 && r.heightMap()[H / 2 * W + W - 10] > 0.8);
	}

	@Test
	void cancelStopsBetweenSlices() {
		final SyntheticFocusStack s = stack(Psf.GAUSSIAN, 12);
		assertThrows(FocusStackFusion.CanceledException.class,
			() -> FocusStackFusion.fuse(ArraySliceSource.gray(s.slices(), W, H), FocusStackOptions.defaults(), null, () -> true));
	}
}
