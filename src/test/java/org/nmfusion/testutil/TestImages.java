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

	/** Textured image: random rectangles, discs and lines of random grey levels over a noise texture. */
	public static float[] textured(int w, int h, long seed) {
		Random r = new Random(seed);
		float[] img = new float[w * h];
		for (int i = 0; i < img.length; i++) {
			img[i] = 0.3f + 0.4f * r.nextFloat();
		}
		int shapes = Math.max(20, w * h / 300);
		for (int s = 0; s < shapes; s++) {
			float v = r.nextFloat();
			int kind = r.nextInt(3);
			int cx = r.nextInt(w), cy = r.nextInt(h);
			int size = 3 + r.nextInt(12);
			for (int y = Math.max(0, cy - size); y < Math.min(h, cy + size); y++) {
				for (int x = Math.max(0, cx - size); x < Math.min(w, cx + size); x++) {
					boolean in;
					if (kind == 0) {
						in = true;
					}
					else if (kind == 1) {
						in = (x - cx) * (x - cx) + (y - cy) * (y - cy) <= size * size;
					}
					else {
						in = Math.abs(x - cx - (y - cy)) <= 1;
					}
					if (in) {
						img[y * w + x] = v;
					}
				}
			}
		}
		return img;
	}

	/** Gaussian blur (radius ceil(3 sigma)), mirrored borders. */
	public static float[] blur(float[] img, int w, int h, double sigma) {
		int rad = (int) Math.ceil(3 * sigma);
		double[] k = new double[2 * rad + 1];
		double s = 0;
		for (int i = -rad; i <= rad; i++) {
			k[i + rad] = Math.exp(-i * i / (2 * sigma * sigma));
			s += k[i + rad];
		}
		float[] tmp = new float[w * h], out = new float[w * h];
		for (int y = 0; y < h; y++) {
			for (int x = 0; x < w; x++) {
				double acc = 0;
				for (int i = -rad; i <= rad; i++) {
					acc += k[i + rad] * img[y * w + mirror(x + i, w)];
				}
				tmp[y * w + x] = (float) (acc / s);
			}
		}
		for (int y = 0; y < h; y++) {
			for (int x = 0; x < w; x++) {
				double acc = 0;
				for (int i = -rad; i <= rad; i++) {
					acc += k[i + rad] * tmp[mirror(y + i, h) * w + x];
				}
				out[y * w + x] = (float) (acc / s);
			}
		}
		return out;
	}

	private static int mirror(int i, int n) {
		while (i < 0 || i >= n) {
			i = i < 0 ? -i - 1 : 2 * n - i - 1;
		}
		return i;
	}

	public static float[] crop(float[] img, int w, int x0, int y0, int cw, int ch) {
		float[] out = new float[cw * ch];
		for (int y = 0; y < ch; y++) {
			System.arraycopy(img, (y0 + y) * w + x0, out, y * cw, cw);
		}
		return out;
	}

	public static double mean(float[] v) {
		double s = 0;
		for (float x : v) {
			s += x;
		}
		return s / v.length;
	}
}
