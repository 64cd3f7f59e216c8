package org.nmfusion.fusion.rules;

import org.nmfusion.util.Parallel;
import org.nmfusion.util.PlaneChecks;

/**
 * The local-similarity rule of Y. Liu, X. Chen, J. Cheng, H. Peng, "A medical image fusion method based
 * on convolutional neural networks" (Int. Conf. Information Fusion 2017) for one pyramid level; see
 * docs/method.md.
 *
 * <p>With 3 x 3 sums EA = sum LA^2, EB = sum LB^2, S = sum LA LB and M = 2 S / (EA + EB + eps), eps = 2^-52:
 * if M > t the output is GW LA + (1 - GW) LB, otherwise LA where EA > EB, else LB. The 3 x 3 sums use a
 * 1-pixel border that mirrors without repeating the edge (index -1 -> 1, n -> n - 2; index 0 for a
 * 1-pixel-wide axis) whose four corner pixels are 0, as in the reference code. Sums are in double.
 */
public final class LocalSimilarityRule {

	/** Default similarity threshold t of Liu et al. 2017. */
	public static final double DEFAULT_THRESHOLD = 0.6;

	/** Added to EA + EB, as MATLAB's eps. */
	static final double EPS = Math.ulp(1.0);

	private LocalSimilarityRule() {}

	/**
	 * Fuses one level: la, lb (Laplacian coefficients of A and B), gw (Gaussian level of A's weight map),
	 * all width x height, into {@code out}, which must be a different array from the inputs.
	 */
	public static void apply(final float[] la, final float[] lb, final float[] gw, final int width, final int height,
		final double threshold, final float[] out)
	{
		PlaneChecks.requirePlane(la, width, height, "level of A");
		PlaneChecks.requirePlane(lb, width, height, "level of B");
		PlaneChecks.requirePlane(gw, width, height, "weight level");
		PlaneChecks.requirePlane(out, width, height, "output");
		if (out == la || out == lb || out == gw) throw new IllegalArgumentException("output must not be one of the input arrays");
		if (Double.isNaN(threshold)) throw new IllegalArgumentException("threshold is NaN");
		Parallel.forChunks(height, Math.max(1, (1 << 14) / width), (y0, y1) -> rows(la, lb, gw, width, height, threshold, out, y0, y1));
	}

	private static void rows(final float[] la, final float[] lb, final float[] gw, final int w, final int h, final double t,
		final float[] out, final int y0, final int y1)
	{
		// vertical 3-sums of one row over padded columns -1 .. w (buffer index x + 1)
		final double[] va = new double[w + 2], vb = new double[w + 2], vs = new double[w + 2];
		final int left = mirror(-1, w), right = mirror(w, w);
		for (int y = y0; y < y1; y++) {
			final int up = mirror(y - 1, h) * w, mid = y * w, down = mirror(y + 1, h) * w;
			for (int x = 0; x < w; x++) {
				final double a0 = la[up + x], a1 = la[mid + x], a2 = la[down + x];
				final double b0 = lb[up + x], b1 = lb[mid + x], b2 = lb[down + x];
				va[x + 1] = a0 * a0 + a1 * a1 + a2 * a2;
				vb[x + 1] = b0 * b0 + b1 * b1 + b2 * b2;
				vs[x + 1] = a0 * b0 + a1 * b1 + a2 * b2;
			}
			// the padded columns; their entries in padded rows -1 and h are the zero corners
			borderColumn(la, lb, w, left, y == 0 ? -1 : up, mid, y == h - 1 ? -1 : down, va, vb, vs, 0);
			borderColumn(la, lb, w, right, y == 0 ? -1 : up, mid, y == h - 1 ? -1 : down, va, vb, vs, w + 1);
			for (int x = 0; x < w; x++) {
				final double ea = va[x] + va[x + 1] + va[x + 2];
				final double eb = vb[x] + vb[x + 1] + vb[x + 2];
				final double s = vs[x] + vs[x + 1] + vs[x + 2];
				final double m = 2 * s / (ea + eb + EPS);
				final int i = mid + x;
				if (m > t) out[i] = gw[i] * la[i] + (1 - gw[i]) * lb[i];
				else out[i] = ea > eb ? la[i] : lb[i];
			}
		}
	}

	/** Vertical sums of padded column {@code col} into buffer slot {@code k}; a row offset of -1 is a zero corner. */
	private static void borderColumn(final float[] la, final float[] lb, final int w, final int col, final int up, final int mid,
		final int down, final double[] va, final double[] vb, final double[] vs, final int k)
	{
		final double a1 = la[mid + col], b1 = lb[mid + col];
		double ea = a1 * a1, eb = b1 * b1, s = a1 * b1;
		if (up >= 0) {
			final double a = la[up + col], b = lb[up + col];
			ea += a * a;
			eb += b * b;
			s += a * b;
		}
		if (down >= 0) {
			final double a = la[down + col], b = lb[down + col];
			ea += a * a;
			eb += b * b;
			s += a * b;
		}
		va[k] = ea;
		vb[k] = eb;
		vs[k] = s;
	}

	/** Index i in [-1, n] mirrored into [0, n) without repeating the edge; 0 when n == 1. */
	static int mirror(final int i, final int n) {
		if (i < 0) return n > 1 ? 1 : 0;
		if (i >= n) return n > 1 ? n - 2 : 0;
		return i;
	}
}
