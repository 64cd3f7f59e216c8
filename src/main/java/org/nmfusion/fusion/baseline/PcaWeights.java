package org.nmfusion.fusion.baseline;

import org.nmfusion.util.PlaneChecks;

/**
 * Global fusion weights (wA, wB), wA + wB = 1, from the first principal component of the two images'
 * pixel values: the eigenvector (v1, v2) of the largest eigenvalue of their 2 x 2 covariance matrix gives
 * wA = |v1| / (|v1| + |v2|), wB = |v2| / (|v1| + |v2|), the classic PCA fusion (V.P.S. Naidu and J.R. Raol,
 * "Pixel-level image fusion using wavelets and principal component analysis", Defence Science Journal 58,
 * 2008). Two constant images, or equal uncorrelated variances, give 0.5 / 0.5. See docs/method.md.
 */
public final class PcaWeights {

	private final double wA;
	private final double wB;

	private PcaWeights(double wA, double wB) {
		this.wA = wA;
		this.wB = wB;
	}

	/** Weight of image A, in [0, 1]. */
	public double wA() {
		return wA;
	}

	/** Weight of image B, 1 - wA. */
	public double wB() {
		return wB;
	}

	/** PCA weights of two planes of equal length (finite values, at least one pixel). */
	public static PcaWeights of(float[] a, float[] b) {
		if (a == null || b == null) throw new IllegalArgumentException("source " + (a == null ? "A" : "B") + " is missing (null)");
		if (a.length != b.length) {
			throw new IllegalArgumentException("size mismatch: source A has " + a.length + " pixels but source B has " + b.length);
		}
		PlaneChecks.requirePlane(a, a.length, 1, "source A");
		PlaneChecks.requirePlane(b, b.length, 1, "source B");
		final int n = a.length;
		double meanA = 0, meanB = 0;
		for (int i = 0; i < n; i++) {
			meanA += a[i];
			meanB += b[i];
		}
		meanA /= n;
		meanB /= n;
		double saa = 0, sbb = 0, sab = 0;
		for (int i = 0; i < n; i++) {
			final double da = a[i] - meanA, db = b[i] - meanB;
			saa += da * da;
			sbb += db * db;
			sab += da * db;
		}
		return fromCovariance(saa, sbb, sab);
	}

	/**
	 * Weights from a (possibly unnormalised) covariance matrix [[saa, sab], [sab, sbb]]; the scale does not
	 * matter. The eigenvector of the largest eigenvalue lambda is taken as (lambda - sbb, sab) when saa >= sbb
	 * and (sab, lambda - saa) otherwise, the numerically larger of the two equivalent forms.
	 */
	static PcaWeights fromCovariance(double saa, double sbb, double sab) {
		final double half = 0.5 * (saa - sbb);
		final double lambda = 0.5 * (saa + sbb) + Math.sqrt(half * half + sab * sab);
		final double v1, v2;
		if (saa >= sbb) {
			v1 = Math.abs(lambda - sbb);
			v2 = Math.abs(sab);
		}
		else {
			v1 = Math.abs(sab);
			v2 = Math.abs(lambda - saa);
		}
		final double sum = v1 + v2;
		if (!(sum > 0)) return new PcaWeights(0.5, 0.5);
		final double wA = v1 / sum;
		return new PcaWeights(wA, 1 - wA);
	}

	/** F = wA A + wB B with the PCA weights of A and B (planes of width w and height h). */
	public static float[] fuse(float[] a, float[] b, int w, int h) {
		PlaneChecks.requirePlane(a, w, h, "source A");
		PlaneChecks.requirePlane(b, w, h, "source B");
		final PcaWeights weights = of(a, b);
		final float fa = (float) weights.wA, fb = (float) weights.wB;
		final float[] out = new float[a.length];
		for (int i = 0; i < out.length; i++) out[i] = fa * a[i] + fb * b[i];
		return out;
	}

	@Override
	public String toString() {
		return "PcaWeights[wA=" + wA + ", wB=" + wB + "]";
	}
}
