package org.nmfusion.fusion;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.type.numeric.RealType;

import org.nmfusion.util.Checks;
import org.nmfusion.util.FloatImages;

/**
 * Pixel-wise weighted average F = W A + (1 - W) B of two registered images with a weight map W in
 * [0, 1] (weight of A), or a constant weight (0.5 gives the plain average, the simplest fusion baseline
 * of SPEC's baseline list). With the CNN weight map this is the single-scale "weighted average" rule;
 * the multi-scale pipeline (SPEC 4-6) replaces it. Output in A's pixel type (rounded, clamped).
 */
public final class WeightedAverage {

	private WeightedAverage() {}

	/** F = w A + (1 - w) B with a constant weight w in [0, 1]. */
	public static Img<? extends RealType<?>> fuse(RandomAccessibleInterval<? extends RealType<?>> a,
		RandomAccessibleInterval<? extends RealType<?>> b, double w)
	{
		if (!(w >= 0 && w <= 1)) throw new IllegalArgumentException("weight must be in [0, 1], got " + w);
		final float[] fa = FloatImages.toFloats(a, "source A");
		final float[] fb = floatsOfSameSize(a, b, "source B");
		final float[] out = new float[fa.length];
		final float wf = (float) w;
		for (int i = 0; i < out.length; i++) out[i] = wf * fa[i] + (1 - wf) * fb[i];
		return FloatImages.toTypeOf(out, a);
	}

	/** F = W A + (1 - W) B with a weight map W (same size, values in [0, 1]). */
	public static Img<? extends RealType<?>> fuse(RandomAccessibleInterval<? extends RealType<?>> a,
		RandomAccessibleInterval<? extends RealType<?>> b, RandomAccessibleInterval<? extends RealType<?>> weights)
	{
		final float[] fa = FloatImages.toFloats(a, "source A");
		final float[] fb = floatsOfSameSize(a, b, "source B");
		final float[] w = floatsOfSameSize(a, weights, "weight map");
		final float[] out = new float[fa.length];
		for (int i = 0; i < out.length; i++) {
			if (w[i] < 0 || w[i] > 1) {
				throw new IllegalArgumentException("weight map values must lie in [0, 1], found " + w[i] + " at pixel (x=" +
					(i % a.dimension(0)) + ", y=" + (i / a.dimension(0)) + ")");
			}
			out[i] = w[i] * fa[i] + (1 - w[i]) * fb[i];
		}
		return FloatImages.toTypeOf(out, a);
	}

	private static float[] floatsOfSameSize(RandomAccessibleInterval<? extends RealType<?>> a,
		RandomAccessibleInterval<? extends RealType<?>> other, String what)
	{
		Checks.require2D(other, what);
		Checks.requireSameSize(a, "source A", other, what);
		return FloatImages.toFloats(other, what);
	}
}
