package org.nmfusion.fusion.baseline;

/**
 * Orthonormal wavelets for {@link Dwt2D}: the analysis low-pass filter h and the high-pass filter
 * g[n] = (-1)^n h[L-1-n] (quadrature mirror), I. Daubechies, "Ten Lectures on Wavelets", SIAM 1992.
 * <ul>
 * <li>HAAR: h = (1, 1) / sqrt(2).</li>
 * <li>DB2 (Daubechies, 4 taps, 2 vanishing moments): h = (1 + sqrt3, 3 + sqrt3, 3 - sqrt3, 1 - sqrt3) / (4 sqrt2)
 * = (0.4829629131, 0.8365163037, 0.2241438680, -0.1294095226).</li>
 * </ul>
 */
public enum Wavelet {

	HAAR(new double[] { 1 / Math.sqrt(2), 1 / Math.sqrt(2) }),

	DB2(new double[] {
		(1 + Math.sqrt(3)) / (4 * Math.sqrt(2)),
		(3 + Math.sqrt(3)) / (4 * Math.sqrt(2)),
		(3 - Math.sqrt(3)) / (4 * Math.sqrt(2)),
		(1 - Math.sqrt(3)) / (4 * Math.sqrt(2)) });

	private final float[] low;
	private final float[] high;

	Wavelet(double[] h) {
		final int n = h.length;
		low = new float[n];
		high = new float[n];
		for (int i = 0; i < n; i++) {
			low[i] = (float) h[i];
			high[i] = (float) ((i % 2 == 0 ? 1 : -1) * h[n - 1 - i]);
		}
	}

	/** Number of filter taps L. */
	public int length() {
		return low.length;
	}

	/** Copy of the analysis low-pass filter h (sum sqrt 2, unit norm). */
	public float[] lowPass() {
		return low.clone();
	}

	/** Copy of the analysis high-pass filter g[n] = (-1)^n h[L-1-n] (sum 0, unit norm). */
	public float[] highPass() {
		return high.clone();
	}

	float[] low() {
		return low;
	}

	float[] high() {
		return high;
	}
}
