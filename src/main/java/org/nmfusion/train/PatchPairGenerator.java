package org.nmfusion.train;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Patch pairs for the Siamese focus classifier (docs/method.md, section 4): a sharp 16x16 patch p cut from a sharp image and
 * its blurred copy b = G_sigma * p (blurred in the image, so there is no border effect), sigma uniform in
 * [sigmaMin, sigmaMax]. Pair (p, b) has label 1 (A is sharper), (b, p) label 0, both orders equally often.
 * Both patches get the same random rotation (0/90/180/270) and flip; each branch then gets its own random
 * intensity mapping: inversion (probability 1/2), gamma (log-uniform), contrast scale and offset, and is
 * quantised to 8 bits (as real inputs are). Only sharp patches with standard deviation >= minStd are used.
 * Deterministic for a given seed and image list. Not thread-safe.
 */
public final class PatchPairGenerator {
	public static final int P = 16;
	public static final int PP = P * P;
	/** Margin kept from the image border so the blur never reads outside the image (3 * sigmaMax). */
	private static final int MARGIN = 9;

	/** Per-branch intensity augmentation parameters. */
	public static final class Augmentation {
		public final double gammaMin, gammaMax, contrastMin, contrastMax, invertProbability;
		public final boolean quantize8;

		public Augmentation(double gammaMin, double gammaMax, double contrastMin, double contrastMax,
			double invertProbability, boolean quantize8)
		{
			this.gammaMin = gammaMin;
			this.gammaMax = gammaMax;
			this.contrastMin = contrastMin;
			this.contrastMax = contrastMax;
			this.invertProbability = invertProbability;
			this.quantize8 = quantize8;
		}

		/** The default used for training and the held-out test: gamma in [2/3, 3/2] (log-uniform),
		 * contrast in [0.6, 1], offset uniform in [0, 1 - contrast], inversion with probability 1/2, 8-bit. */
		public static Augmentation standard() {
			return new Augmentation(2.0 / 3.0, 1.5, 0.6, 1.0, 0.5, true);
		}

		public static Augmentation none() {
			return new Augmentation(1, 1, 1, 1, 0, false);
		}

		@Override
		public String toString() {
			return String.format(java.util.Locale.ROOT,
				"gamma log-uniform [%.4g, %.4g], contrast uniform [%.3g, %.3g], offset uniform [0, 1 - contrast],"
					+ " inversion probability %.2g, %s",
				gammaMin, gammaMax, contrastMin, contrastMax, invertProbability,
				quantize8 ? "quantised to 8 bits" : "not quantised");
		}
	}

	private final List<TrainingImage> images;
	private final double[] cumulative;
	private final SplittableRandom rng;
	private final double sigmaMin, sigmaMax, minStd;
	private final Augmentation aug;
	private final float[] tmp = new float[(P + 2 * MARGIN) * P];
	private final float[] sharp = new float[PP];
	private final float[] blur = new float[PP];
	private final float[] t1 = new float[PP];
	private final float[] t2 = new float[PP];
	private boolean alternate;
	private long count;

	public PatchPairGenerator(List<TrainingImage> images, long seed, double sigmaMin, double sigmaMax, double minStd,
		Augmentation aug)
	{
		if (sigmaMin <= 0 || sigmaMax < sigmaMin || sigmaMax > 3.0) {
			throw new IllegalArgumentException("sigma range must satisfy 0 < min <= max <= 3, got [" + sigmaMin + ", "
				+ sigmaMax + "]");
		}
		this.images = new ArrayList<>();
		List<Double> w = new ArrayList<>();
		for (TrainingImage g : images) {
			long nx = g.width - P - 2 * MARGIN + 1;
			long ny = g.height - P - 2 * MARGIN + 1;
			if (nx > 0 && ny > 0) {
				this.images.add(g);
				w.add((double) nx * ny);
			}
		}
		if (this.images.isEmpty()) {
			throw new IllegalArgumentException("no image is at least " + (P + 2 * MARGIN) + " pixels wide and high");
		}
		cumulative = new double[w.size()];
		double s = 0;
		for (int i = 0; i < w.size(); i++) {
			s += w.get(i);
			cumulative[i] = s;
		}
		this.rng = new SplittableRandom(seed);
		this.sigmaMin = sigmaMin;
		this.sigmaMax = sigmaMax;
		this.minStd = minStd;
		this.aug = aug;
	}

	/** When set, the order alternates (sharp first, then blurred first, ...) so both orders occur equally often. */
	public PatchPairGenerator alternateOrder(boolean on) {
		this.alternate = on;
		return this;
	}

	/**
	 * Fills n pairs: a and b get n*256 values (patch k at offset 256k, row-major), labels[k] = 1 when a is the
	 * sharp patch, sigmas[k] the blur sigma (sigmas may be null).
	 */
	public void fill(float[] a, float[] b, float[] labels, float[] sigmas, int n) {
		for (int k = 0; k < n; k++) {
			double sigma = sigmaMin + (sigmaMax - sigmaMin) * rng.nextDouble();
			samplePair(sigma);
			int rot = rng.nextInt(4);
			boolean flip = rng.nextBoolean();
			transform(sharp, t1, rot, flip);
			transform(blur, t2, rot, flip);
			boolean coin = rng.nextBoolean();
			boolean aSharp = alternate ? (count % 2 == 0) : coin;
			count++;
			int off = k * PP;
			augment(aSharp ? t1 : t2, a, off);
			augment(aSharp ? t2 : t1, b, off);
			labels[k] = aSharp ? 1f : 0f;
			if (sigmas != null) {
				sigmas[k] = (float) sigma;
			}
		}
	}

	private void samplePair(double sigma) {
		for (int attempt = 0; attempt < 100000; attempt++) {
			double u = rng.nextDouble() * cumulative[cumulative.length - 1];
			int idx = 0;
			while (idx < cumulative.length - 1 && cumulative[idx] <= u) {
				idx++;
			}
			TrainingImage g = images.get(idx);
			int x0 = MARGIN + rng.nextInt(g.width - P - 2 * MARGIN + 1);
			int y0 = MARGIN + rng.nextInt(g.height - P - 2 * MARGIN + 1);
			double sum = 0, sum2 = 0;
			for (int y = 0; y < P; y++) {
				for (int x = 0; x < P; x++) {
					float v = g.pixels[(y0 + y) * g.width + x0 + x];
					sharp[y * P + x] = v;
					sum += v;
					sum2 += v * v;
				}
			}
			double mean = sum / PP;
			double std = Math.sqrt(Math.max(0, sum2 / PP - mean * mean));
			if (std < minStd) {
				continue;
			}
			gaussianBlurPatch(g, x0, y0, sigma, blur, tmp);
			return;
		}
		throw new IllegalStateException("no patch with standard deviation >= " + minStd + " found in 100000 tries");
	}

	/** The 16x16 patch at (x0, y0) of the image blurred with a Gaussian of the given sigma (radius ceil(3 sigma)). */
	static void gaussianBlurPatch(TrainingImage g, int x0, int y0, double sigma, float[] out, float[] tmp) {
		int r = (int) Math.ceil(3 * sigma);
		double[] k = new double[2 * r + 1];
		double s = 0;
		for (int i = -r; i <= r; i++) {
			k[i + r] = Math.exp(-i * i / (2 * sigma * sigma));
			s += k[i + r];
		}
		for (int i = 0; i < k.length; i++) {
			k[i] /= s;
		}
		int rows = P + 2 * r;
		// horizontal pass over rows y0-r .. y0+P+r-1, columns x0 .. x0+P-1
		for (int yy = 0; yy < rows; yy++) {
			int base = (y0 - r + yy) * g.width;
			for (int x = 0; x < P; x++) {
				double acc = 0;
				int c = base + x0 + x - r;
				for (int i = 0; i < k.length; i++) {
					acc += k[i] * g.pixels[c + i];
				}
				tmp[yy * P + x] = (float) acc;
			}
		}
		for (int y = 0; y < P; y++) {
			for (int x = 0; x < P; x++) {
				double acc = 0;
				for (int i = 0; i < k.length; i++) {
					acc += k[i] * tmp[(y + i) * P + x];
				}
				out[y * P + x] = (float) acc;
			}
		}
	}

	/** Rotation by rot*90 degrees then optional horizontal flip. */
	static void transform(float[] in, float[] out, int rot, boolean flip) {
		for (int y = 0; y < P; y++) {
			for (int x = 0; x < P; x++) {
				int sx, sy;
				switch (rot) {
					case 1:
						sx = y;
						sy = P - 1 - x;
						break;
					case 2:
						sx = P - 1 - x;
						sy = P - 1 - y;
						break;
					case 3:
						sx = P - 1 - y;
						sy = x;
						break;
					default:
						sx = x;
						sy = y;
						break;
				}
				if (flip) {
					sx = P - 1 - sx;
				}
				out[y * P + x] = in[sy * P + sx];
			}
		}
	}

	private void augment(float[] in, float[] out, int off) {
		boolean invert = rng.nextDouble() < aug.invertProbability;
		double lg0 = Math.log(aug.gammaMin), lg1 = Math.log(aug.gammaMax);
		double gamma = Math.exp(lg0 + (lg1 - lg0) * rng.nextDouble());
		double c = aug.contrastMin + (aug.contrastMax - aug.contrastMin) * rng.nextDouble();
		double o = (1 - c) * rng.nextDouble();
		for (int i = 0; i < PP; i++) {
			double v = Math.min(1, Math.max(0, in[i]));
			if (invert) {
				v = 1 - v;
			}
			if (gamma != 1) {
				v = Math.pow(v, gamma);
			}
			v = c * v + o;
			if (aug.quantize8) {
				v = Math.rint(v * 255) / 255;
			}
			out[off + i] = (float) v;
		}
	}
}
