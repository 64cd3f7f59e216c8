package org.nmfusion.nmf;

import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.img.basictypeaccess.array.FloatArray;
import net.imglib2.type.numeric.real.FloatType;

/**
 * Result of {@link Nmf}: factors W (m x k) and H (k x n) with V ~ W H, both row-major {@code float[]},
 * the loss after each iteration ({@code lossHistory()[t]} = loss after t iterations, index 0 = the
 * initialisation; 0.5 ||V - WH||_F^2 or the KL divergence), the number of iterations run, whether the
 * tolerance stopped the run, and the exact relative error ||V - WH||_F / ||V||_F.
 */
public final class NmfResult {

	private final int m, n, k;
	private final float[] w, h;
	private final double[] lossHistory;
	private final int iterations;
	private final boolean converged;
	private final double relativeError;
	private final long[] iterationNanos;

	NmfResult(final int m, final int n, final int k, final float[] w, final float[] h, final double[] lossHistory,
		final int iterations, final boolean converged, final double relativeError, final long[] iterationNanos)
	{
		this.iterationNanos = iterationNanos;
		this.m = m;
		this.n = n;
		this.k = k;
		this.w = w;
		this.h = h;
		this.lossHistory = lossHistory;
		this.iterations = iterations;
		this.converged = converged;
		this.relativeError = relativeError;
	}

	public int rows() { return m; }
	public int columns() { return n; }
	public int rank() { return k; }
	/** W, m x k row-major (the array itself, not a copy). */
	public float[] w() { return w; }
	/** H, k x n row-major (the array itself, not a copy). */
	public float[] h() { return h; }
	public float w(final int i, final int j) { return w[i * k + j]; }
	public float h(final int j, final int x) { return h[j * n + x]; }
	/** Loss after 0, 1, ..., iterations() iterations (a copy). */
	public double[] lossHistory() { return lossHistory.clone(); }
	public double finalLoss() { return lossHistory[lossHistory.length - 1]; }
	public int iterations() { return iterations; }
	/** True if the run stopped because the relative loss change fell below the tolerance. */
	public boolean converged() { return converged; }
	/** ||V - WH||_F / ||V||_F, computed from the residual (0 for V = 0). */
	public double relativeError() { return relativeError; }

	/** Wall-clock time of each iteration in nanoseconds (a copy; length iterations()). */
	public long[] iterationNanos() {
		return iterationNanos.clone();
	}

	/** W H, m x n row-major. */
	public float[] reconstruct() {
		final float[] out = new float[m * n];
		for (int i = 0; i < m; i++)
			for (int j = 0; j < k; j++) {
				final float a = w[i * k + j];
				if (a != 0) {
					final int ho = j * n, oo = i * n;
					for (int x = 0; x < n; x++)
						out[oo + x] += a * h[ho + x];
				}
			}
		return out;
	}

	/** W as a k (x) by m (y) float image sharing the array. */
	public ArrayImg<FloatType, FloatArray> wImg() {
		return ArrayImgs.floats(w, k, m);
	}

	/** H as an n (x) by k (y) float image sharing the array. */
	public ArrayImg<FloatType, FloatArray> hImg() {
		return ArrayImgs.floats(h, n, k);
	}
}
