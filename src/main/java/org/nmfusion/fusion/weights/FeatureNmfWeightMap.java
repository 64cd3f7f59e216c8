package org.nmfusion.fusion.weights;

import org.nmfusion.nmf.Nmf;
import org.nmfusion.nmf.NmfOptions;
import org.nmfusion.nmf.NmfResult;

import org.nmfusion.resample.WeightMapResampling;
import org.nmfusion.util.Planes;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

/**
 * NMF stage 1 (docs/method.md, section 5.2): the feature-level weight map Wn from the Siamese CNN branch features FA,
 * FB (C channels of pw x ph pooled pixels each). V = [FA; FB] (2C x P, P = ph pw) ~ W H with rank k; for
 * component j, a_j = ||W[0..C-1, j]||_1, b_j = ||W[C..2C-1, j]||_1 and the discriminability
 * d_j = |a_j - b_j| / (a_j + b_j) (0 when both are 0). Components with d_j &gt;= tau are kept (all of them
 * if none passes); actA(p) = sum_{j kept} a_j H[j, p], actB likewise, and Wn(p) = actA / (actA + actB +
 * eps) at pooled resolution ({@link Result#wnPooled()}), brought to the image grid by
 * {@link WeightMapResampling#pooledToImage}. The reconstruction W_S H_S from the kept components is the
 * "fused feature map" ({@link Result#fusedFeatures()}).
 */
public final class FeatureNmfWeightMap {

	/** eps in Wn = actA / (actA + actB + eps). */
	public static final double EPS = 0x1p-52;
	/** HALS sweeps that give the coefficients of all pixels from a basis fitted on a grid of them. */
	static final int COEFFICIENT_SWEEPS = 8;

	private FeatureNmfWeightMap() {}

	/** As {@link #compute(float[], float[], int, int, int, NmfOptions, double, int)} fitting on every pixel. */
	public static Result compute(final float[] fa, final float[] fb, final int channels, final int pw, final int ph, final NmfOptions options,
		final double tau)
	{
		return compute(fa, fb, channels, pw, ph, options, tau, Integer.MAX_VALUE);
	}

	/**
	 * @param fa features of A, C x (ph pw), channel-major (channel c = row c, pixel index y pw + x)
	 * @param fb features of B, same layout
	 * @param options NMF options; the rank is capped at min(2C, P)
	 * @param tau discriminability threshold
	 * @param maxFitPixels the basis W is fitted on at most about this many pooled pixels, taken on a regular
	 *        grid; the coefficients H of every pixel then follow from W ({@link Nmf#coefficients}). This bounds
	 *        the time of stage 1 on large images.
	 */
	public static Result compute(final float[] fa, final float[] fb, final int channels, final int pw, final int ph, final NmfOptions options,
		final double tau, final int maxFitPixels)
	{
		if (fa == null || fb == null) throw new IllegalArgumentException("feature maps are null");
		if (channels < 1 || ph < 1 || pw < 1)
			throw new IllegalArgumentException("feature maps are empty (" + channels + " channels of " + pw + " x " + ph + ")");
		final long size = (long) channels * ph * pw;
		if (fa.length != size || fb.length != size)
			throw new IllegalArgumentException("feature map size mismatch: " + channels + " x " + pw + " x " + ph + " needs " + size + " values, got "
				+ fa.length + " (A) and " + fb.length + " (B)");
		if (options == null) throw new IllegalArgumentException("NMF options are null");
		if (!(tau >= 0) || Double.isInfinite(tau)) throw new IllegalArgumentException("tau must be finite and >= 0, got " + tau);
		final int c = channels, p = ph * pw;
		if (maxFitPixels < 1) throw new IllegalArgumentException("maxFitPixels must be >= 1, got " + maxFitPixels);
		final int stride = gridStride(p, maxFitPixels);
		final float[] fit = stride == 1 ? stacked(fa, fb) : gridColumns(fa, fb, c, pw, ph, stride);
		final Basis basis = Basis.fit(fit, c, fit.length / (2 * c), options, tau);
		final float[] h = stride == 1 ? basis.nmf.h() : basis.coefficients(fa, fb, p);
		final float[] actA = new float[p], actB = new float[p], wn = new float[p];
		basis.weights(h, p, actA, actB, wn);
		return new Result(basis.nmf, h, c, pw, ph, basis.a, basis.b, basis.d, basis.kept, actA, actB, wn);
	}

	/**
	 * The step of the grid the basis is fitted on: 1 (every pooled pixel) when there are at most
	 * {@code maxFitPixels} of the {@code pixels}, else the smallest step that leaves at most about that many.
	 */
	static int gridStride(final int pixels, final int maxFitPixels) {
		return pixels <= maxFitPixels ? 1 : (int) Math.ceil(Math.sqrt(pixels / (double) maxFitPixels));
	}

	/**
	 * The basis of stage 1 fitted on some pooled pixels, with the components it keeps; every other pixel's
	 * weight follows from it alone ({@link #coefficients}, {@link #weights}), so large images are done in tiles.
	 */
	static final class Basis {
		final NmfResult nmf;
		final int k;
		final double[] a, b, d;
		final int[] kept;

		private Basis(final NmfResult nmf, final double[] a, final double[] b, final double[] d, final int[] kept) {
			this.nmf = nmf;
			this.k = nmf.rank();
			this.a = a;
			this.b = b;
			this.d = d;
			this.kept = kept;
		}

		/** Fits V ~ W H on the columns of V = [FA; FB] given as a 2C x q row-major array. */
		static Basis fit(final float[] columns, final int c, final int q, final NmfOptions options, final double tau) {
			final int k = Math.min(options.rank(), Math.min(2 * c, q));
			final NmfResult nmf = Nmf.factorize(columns, 2 * c, q, options.toBuilder().rank(k).build());
			final float[] w = nmf.w();
			final double[] a = new double[k], b = new double[k], d = new double[k];
			for (int i = 0; i < 2 * c; i++)
				for (int j = 0; j < k; j++) {
					if (i < c) a[j] += w[i * k + j];
					else b[j] += w[i * k + j];
				}
			int nKept = 0;
			final boolean[] keep = new boolean[k];
			for (int j = 0; j < k; j++) {
				d[j] = a[j] + b[j] > 0 ? Math.abs(a[j] - b[j]) / (a[j] + b[j]) : 0;
				keep[j] = d[j] >= tau;
				if (keep[j]) nKept++;
			}
			if (nKept == 0) {
				java.util.Arrays.fill(keep, true);
				nKept = k;
			}
			final int[] kept = new int[nKept];
			for (int j = 0, t = 0; j < k; j++)
				if (keep[j]) kept[t++] = j;
			return new Basis(nmf, a, b, d, kept);
		}

		/** The coefficients H (k x n) of n pooled pixels, from their features (C x n each, channel-major). */
		float[] coefficients(final float[] fa, final float[] fb, final int n) {
			return Nmf.coefficients(new float[][] { fa, fb }, n, nmf.w(), k, COEFFICIENT_SWEEPS);
		}

		/**
		 * From the coefficients h (k x n): actA, actB (may be null) and Wn = actA / (actA + actB + eps) of the n
		 * pixels. Each pixel depends only on its own coefficients.
		 */
		void weights(final float[] h, final int n, final float[] actA, final float[] actB, final float[] wn) {
			for (int x = 0; x < n; x++) {
				double sa = 0, sb = 0;
				for (final int j : kept) {
					sa += a[j] * h[j * n + x];
					sb += b[j] * h[j * n + x];
				}
				if (actA != null) actA[x] = (float) sa;
				if (actB != null) actB[x] = (float) sb;
				wn[x] = (float) (sa / (sa + sb + EPS));
			}
		}
	}

	/** V = [FA; FB] as one array. */
	private static float[] stacked(final float[] fa, final float[] fb) {
		final float[] v = new float[fa.length + fb.length];
		System.arraycopy(fa, 0, v, 0, fa.length);
		System.arraycopy(fb, 0, v, fa.length, fb.length);
		return v;
	}

	/** The columns (pooled pixels) of V = [FA; FB] on a grid of the given stride, for fitting W. */
	private static float[] gridColumns(final float[] fa, final float[] fb, final int c, final int pw, final int ph, final int stride) {
		final int gh = (ph + stride - 1) / stride, gw = (pw + stride - 1) / stride, q = gh * gw, p = ph * pw;
		final float[] out = new float[2 * c * q];
		for (int r = 0; r < 2 * c; r++) {
			final float[] v = r < c ? fa : fb;
			final int ro = (r % c) * p;
			for (int y = 0, t = 0; y < ph; y += stride)
				for (int x = 0; x < pw; x += stride)
					out[r * q + t++] = v[ro + y * pw + x];
		}
		return out;
	}

	/** As {@link #compute(float[], float[], int, int, int, NmfOptions, double)} for 3-D (x, y, channel) feature images. */
	public static Result compute(final RandomAccessibleInterval<? extends RealType<?>> fa, final RandomAccessibleInterval<? extends RealType<?>> fb,
		final NmfOptions options, final double tau)
	{
		if (fa == null || fb == null) throw new IllegalArgumentException("feature maps are null");
		if (fa.numDimensions() != 3 || fb.numDimensions() != 3)
			throw new IllegalArgumentException(
				"feature maps must be 3-D (x, y, channel), got " + fa.numDimensions() + "-D and " + fb.numDimensions() + "-D");
		for (int dd = 0; dd < 3; dd++)
			if (fa.dimension(dd) != fb.dimension(dd))
				throw new IllegalArgumentException("feature maps differ in size: " + java.util.Arrays.toString(fa.dimensionsAsLongArray()) + " vs "
					+ java.util.Arrays.toString(fb.dimensionsAsLongArray()));
		final int pw = (int) fa.dimension(0), ph = (int) fa.dimension(1), c = (int) fa.dimension(2);
		return compute(Planes.copy(fa), Planes.copy(fb), c, pw, ph, options, tau);
	}

	/** Outputs of stage 1. */
	public static final class Result {
		private final NmfResult nmf;
		private final float[] h;
		private final int channels, ph, pw;
		private final double[] a, b, d;
		private final int[] kept;
		private final float[] actA, actB, wn;

		Result(final NmfResult nmf, final float[] h, final int channels, final int pw, final int ph, final double[] a, final double[] b,
			final double[] d,
			final int[] kept, final float[] actA, final float[] actB, final float[] wn)
		{
			this.nmf = nmf;
			this.h = h;
			this.channels = channels;
			this.ph = ph;
			this.pw = pw;
			this.a = a;
			this.b = b;
			this.d = d;
			this.kept = kept;
			this.actA = actA;
			this.actB = actB;
			this.wn = wn;
		}

		/** The factorization of [FA; FB] (W is 2C x k; H is k x P, or k x the fitted grid pixels when subsampled). */
		public NmfResult nmf() {
			return nmf;
		}

		/** The coefficients H of every pooled pixel (k x P, row-major). */
		public float[] coefficients() { return h.clone(); }
		public int pooledHeight() { return ph; }
		public int pooledWidth() { return pw; }
		/** a_j = ||W[0..C-1, j]||_1 */
		public double[] a() { return a.clone(); }
		/** b_j = ||W[C..2C-1, j]||_1 */
		public double[] b() { return b.clone(); }
		/** d_j = |a_j - b_j| / (a_j + b_j) */
		public double[] discriminability() { return d.clone(); }
		/** Indices of the kept components S, ascending. */
		public int[] kept() { return kept.clone(); }
		public float[] actA() { return actA.clone(); }
		public float[] actB() { return actB.clone(); }
		/** Wn at pooled resolution (pw x ph, row-major). */
		public float[] wnPooled() { return wn.clone(); }

		/** Wn at image resolution: x2 bilinear upsampling then 16 x 16 block averaging. */
		public float[] wn(final int width, final int height) {
			return WeightMapResampling.pooledToImage(wn, pw, ph, width, height);
		}

		/** The fused feature map W_S H_S (2C x P, row-major: rows 0..C-1 for A's channels, C..2C-1 for B's). */
		public float[] fusedFeatures() {
			final int k = nmf.rank(), p = ph * pw;
			final float[] w = nmf.w();
			final float[] out = new float[2 * channels * p];
			for (int i = 0; i < 2 * channels; i++)
				for (final int j : kept) {
					final float wij = w[i * k + j];
					if (wij == 0) continue;
					final int ho = j * p, oo = i * p;
					for (int x = 0; x < p; x++)
						out[oo + x] += wij * h[ho + x];
				}
			return out;
		}
	}
}
