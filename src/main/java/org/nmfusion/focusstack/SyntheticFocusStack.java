package org.nmfusion.focusstack;

import java.util.Random;

/**
 * Synthetic focus stacks with ground truth, for tests and the benchmark: a smooth random depth surface (two
 * smoothed white-noise fields, weights 1 and 0.35, plus a linear ramp of random direction, weight 1.2, each
 * standardised, summed and rescaled to [0.3, N - 1.3] slices), and slice k = the sharp image blurred at each
 * pixel by a point-spread function of radius min(a |k - d|, 12) px (a Gaussian of that standard deviation, or
 * a uniform disc of that radius), read from a bank of whole-image blurs at radii 0, 0.25, ..., 12 and
 * interpolated linearly between the two nearest; then white Gaussian noise, rounding and clipping to
 * [0, peak]. Also a procedural sharp image (discs, bars, strokes and a band-limited texture).
 */
public final class SyntheticFocusStack {

	/** Point-spread function of the defocus. */
	public enum Psf { GAUSSIAN, DISC }

	private static final double STEP = 0.25, MAX_RADIUS = 12;

	private final float[][] slices;
	private final float[] depth;

	private SyntheticFocusStack(final float[][] slices, final float[] depth) {
		this.slices = slices;
		this.depth = depth;
	}

	/** The N slices (not copies). */
	public float[][] slices() { return slices; }

	/** The true depth of every pixel, in slices, 0-based (not a copy). */
	public float[] depth() { return depth; }

	/**
	 * Makes a stack of n slices of {@code sharp} (gray, w x h, in [0, peak]) over a depth surface of smoothness s
	 * px; a = blur radius per slice of distance; noise = standard deviation of the sensor noise.
	 */
	public static SyntheticFocusStack make(final float[] sharp, final int w, final int h, final int n, final double a, final Psf psf,
		final double noise, final double peak, final double s, final long seed)
	{
		if (n < 2) throw new IllegalArgumentException("a focus stack needs at least 2 slices, got " + n);
		final Random random = new Random(seed);
		final float[] depth = depthSurface(w, h, n, s, random);
		final int levels = (int) Math.round(MAX_RADIUS / STEP) + 1;
		final float[][] bank = new float[levels][];
		for (int l = 0; l < levels; l++)
			bank[l] = psf == Psf.GAUSSIAN ? gaussianBlur(sharp, w, h, l * STEP) : discBlur(sharp, w, h, l * STEP);
		final float[][] slices = new float[n][w * h];
		for (int k = 0; k < n; k++) {
			final float[] out = slices[k];
			for (int i = 0; i < out.length; i++) {
				final double r = Math.min(a * Math.abs(k - depth[i]), MAX_RADIUS) / STEP;
				final int l = (int) Math.floor(r);
				final double f = r - l;
				final double v = l + 1 < levels ? (1 - f) * bank[l][i] + f * bank[l + 1][i] : bank[l][i];
				out[i] = (float) Math.max(0, Math.min(peak, Math.rint(v + noise * random.nextGaussian())));
			}
		}
		return new SyntheticFocusStack(slices, depth);
	}

	/** A procedural 8-bit-range sharp image: a band-limited texture under random discs, bars and thin strokes. */
	public static float[] proceduralImage(final int w, final int h, final long seed) {
		final Random random = new Random(seed);
		final float[] img = new float[w * h];
		final int waves = 24;
		final double[] fx = new double[waves], fy = new double[waves], phase = new double[waves], amp = new double[waves];
		for (int j = 0; j < waves; j++) {
			final double freq = 0.02 + 0.6 * Math.pow(random.nextDouble(), 2), angle = Math.PI * random.nextDouble();
			fx[j] = freq * Math.cos(angle);
			fy[j] = freq * Math.sin(angle);
			phase[j] = 2 * Math.PI * random.nextDouble();
			amp[j] = 12 * random.nextDouble();
		}
		for (int y = 0; y < h; y++)
			for (int x = 0; x < w; x++) {
				double v = 110;
				for (int j = 0; j < waves; j++) v += amp[j] * Math.sin(fx[j] * x + fy[j] * y + phase[j]);
				img[y * w + x] = (float) v;
			}
		final int shapes = Math.max(8, w * h / 3000);
		for (int j = 0; j < shapes; j++) {
			final double cx = w * random.nextDouble(), cy = h * random.nextDouble(), value = 255 * random.nextDouble();
			final int kind = random.nextInt(3);
			final double size = 3 + 0.08 * Math.min(w, h) * random.nextDouble(), angle = Math.PI * random.nextDouble();
			final double c = Math.cos(angle), s = Math.sin(angle);
			for (int y = 0; y < h; y++)
				for (int x = 0; x < w; x++) {
					final double dx = x - cx, dy = y - cy, u = c * dx + s * dy, v = -s * dx + c * dy;
					final boolean inside = kind == 0 ? dx * dx + dy * dy < size * size
						: kind == 1 ? Math.abs(u) < size && Math.abs(v) < size / 3 : Math.abs(u) < 3 * size && Math.abs(v) < 1.2;
					if (inside) img[y * w + x] = (float) value;
				}
		}
		for (int i = 0; i < img.length; i++)
			img[i] = (float) Math.max(0, Math.min(255, Math.rint(img[i])));
		return img;
	}

	private static float[] depthSurface(final int w, final int h, final int n, final double s, final Random random) {
		final float[] a = smoothNoise(w, h, s, random), b = smoothNoise(w, h, s / 2.5, random);
		final double angle = 2 * Math.PI * random.nextDouble(), c = Math.cos(angle), sn = Math.sin(angle);
		final float[] ramp = new float[w * h];
		for (int y = 0; y < h; y++)
			for (int x = 0; x < w; x++) ramp[y * w + x] = (float) (c * x + sn * y);
		standardise(ramp);
		final float[] d = new float[w * h];
		for (int i = 0; i < d.length; i++) d[i] = a[i] + 0.35f * b[i] + 1.2f * ramp[i];
		float lo = Float.MAX_VALUE, hi = -Float.MAX_VALUE;
		for (final float v : d) {
			lo = Math.min(lo, v);
			hi = Math.max(hi, v);
		}
		final double top = n - 1.3, bottom = 0.3;
		for (int i = 0; i < d.length; i++) d[i] = (float) (bottom + (d[i] - lo) / Math.max(1e-12, hi - lo) * (top - bottom));
		return d;
	}

	private static float[] smoothNoise(final int w, final int h, final double s, final Random random) {
		final float[] p = new float[w * h];
		for (int i = 0; i < p.length; i++) p[i] = (float) random.nextGaussian();
		final int r = Math.max(1, (int) Math.round(0.5 * (Math.sqrt(1 + 4 * s * s) - 1)));
		BoxFilter.smooth(p, new float[p.length], w, h, r);
		standardise(p);
		return p;
	}

	private static void standardise(final float[] p) {
		double m = 0, v = 0;
		for (final float x : p) m += x;
		m /= p.length;
		for (final float x : p) v += (x - m) * (x - m);
		final double sd = Math.sqrt(v / p.length);
		for (int i = 0; i < p.length; i++) p[i] = (float) ((p[i] - m) / Math.max(sd, 1e-12));
	}

	/** Gaussian blur of standard deviation sigma (kernel truncated at 4 sigma, reflecting borders). */
	static float[] gaussianBlur(final float[] in, final int w, final int h, final double sigma) {
		if (sigma == 0) return in.clone();
		final int r = (int) Math.ceil(4 * sigma);
		final float[] k = new float[2 * r + 1];
		double sum = 0;
		for (int i = -r; i <= r; i++) sum += k[i + r] = (float) Math.exp(-i * i / (2 * sigma * sigma));
		for (int i = 0; i < k.length; i++) k[i] /= sum;
		final float[] tmp = new float[in.length], out = new float[in.length];
		for (int y = 0; y < h; y++)
			for (int x = 0; x < w; x++) {
				float s = 0;
				for (int j = -r; j <= r; j++) s += k[j + r] * in[y * w + FocusMeasure.reflect(x + j, w)];
				tmp[y * w + x] = s;
			}
		for (int y = 0; y < h; y++)
			for (int x = 0; x < w; x++) {
				float s = 0;
				for (int j = -r; j <= r; j++) s += k[j + r] * tmp[FocusMeasure.reflect(y + j, h) * w + x];
				out[y * w + x] = s;
			}
		return out;
	}

	/**
	 * Uniform disc blur of radius r (pixels whose centre lies within r of the centre, plus the centre;
	 * reflecting borders), by row spans over running sums.
	 */
	static float[] discBlur(final float[] in, final int w, final int h, final double r) {
		if (r < 0.5) return in.clone();
		final int R = (int) Math.floor(r);
		final int[] half = new int[2 * R + 1];
		long count = 0;
		for (int dy = -R; dy <= R; dy++) {
			half[dy + R] = (int) Math.floor(Math.sqrt(r * r - dy * dy));
			count += 2L * half[dy + R] + 1;
		}
		final int pw = w + 2 * R + 1;
		final double[][] prefix = new double[h][pw + 1];
		for (int y = 0; y < h; y++)
			for (int x = 0; x < pw; x++) prefix[y][x + 1] = prefix[y][x] + in[y * w + FocusMeasure.reflect(x - R, w)];
		final float[] out = new float[in.length];
		final double inv = 1.0 / count;
		for (int y = 0; y < h; y++)
			for (int x = 0; x < w; x++) {
				double s = 0;
				for (int dy = -R; dy <= R; dy++) {
					final double[] p = prefix[FocusMeasure.reflect(y + dy, h)];
					final int hw = half[dy + R];
					s += p[x + R + hw + 1] - p[x + R - hw];
				}
				out[y * w + x] = (float) (s * inv);
			}
		return out;
	}
}
