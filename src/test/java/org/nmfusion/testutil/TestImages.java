package org.nmfusion.testutil;

import java.util.Random;

import ij.ImagePlus;
import ij.process.ByteProcessor;
import ij.process.ColorProcessor;
import ij.process.FloatProcessor;
import ij.process.ShortProcessor;

/** Small generated images for tests (no files from outside the repository). */
public final class TestImages {

	private TestImages() {}

	public static float[] randomFloats(int n, long seed, float scale) {
		final Random r = new Random(seed);
		final float[] a = new float[n];
		for (int i = 0; i < n; i++) a[i] = r.nextFloat() * scale;
		return a;
	}

	public static ImagePlus gray8(int w, int h, long seed) {
		final Random r = new Random(seed);
		final byte[] p = new byte[w * h];
		r.nextBytes(p);
		return new ImagePlus("gray8", new ByteProcessor(w, h, p));
	}

	public static ImagePlus gray16(int w, int h, long seed) {
		final Random r = new Random(seed);
		final short[] p = new short[w * h];
		for (int i = 0; i < p.length; i++) p[i] = (short) r.nextInt(65536);
		return new ImagePlus("gray16", new ShortProcessor(w, h, p, null));
	}

	public static ImagePlus gray32(int w, int h, long seed) {
		return new ImagePlus("gray32", new FloatProcessor(w, h, randomFloats(w * h, seed, 1000f)));
	}

	public static ImagePlus rgb(int w, int h, long seed) {
		final Random r = new Random(seed);
		final int[] p = new int[w * h];
		for (int i = 0; i < p.length; i++) p[i] = r.nextInt(1 << 24);
		return new ImagePlus("rgb", new ColorProcessor(w, h, p));
	}
}
