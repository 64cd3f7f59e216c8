package org.nmfusion.metrics;

import java.util.Arrays;

import org.nmfusion.util.Parallel;

/**
 * 2-D linear filtering with MATLAB/Octave border semantics (docs/metrics.md), on row-major
 * {@code double[]} images of {@code h} rows x {@code w} columns. Kernels are row-major {@code kh x kw}
 * arrays with odd sizes.
 *
 * <p>The "exact" correlations reproduce Octave 7's {@code filter2} arithmetic (fused multiply-add,
 * fixed kernel traversal order, docs/metrics.md) so that the metrics that divide rounding residues
 * (Qy, Qc) match the reference bit for bit. The separable variants are faster and used where the
 * metric is well conditioned.
 *
 * <p>Every output pixel accumulates its terms in the order given for each method; the loops run over
 * blocks of output rows (split over the cores) and, within a block, over whole rows: each kernel tap
 * is applied to a shifted copy of the input row, so that the inner loops index all arrays alike and
 * the JIT vectorises them. Border terms that the reference skips are added as {@code k * 0}, which
 * leaves every sum unchanged (the sums start at +0 and can never become -0).
 */
final class Filters {

	/** Output rows per block: the block's rows and its shifted input rows stay in the L2 cache. */
	private static final int BLOCK = 32;

	private Filters() {
	}

	/**
	 * {@code filter2(K, X, 'valid')}: output (h-kh+1) x (w-kw+1); Octave order: kernel column last to
	 * first (outer), kernel row last to first (inner), FMA accumulation from +0.
	 */
	static double[] correlateValid(double[] x, int w, int h, double[] k, int kw, int kh) {
		int ow = w - kw + 1;
		int oh = h - kh + 1;
		checkWindow(w, h, kw, kh);
		double[] out = new double[ow * oh];
		Parallel.forChunks(oh, BLOCK, (start, end) -> {
			double[][] acc = new double[BLOCK][ow];
			double[][] shifted = new double[BLOCK + kh - 1][ow];
			for (int i0 = start; i0 < end; i0 += BLOCK) {
				int rows = Math.min(BLOCK, end - i0);
				for (int i = 0; i < rows; i++) Arrays.fill(acc[i], 0);
				for (int c = kw - 1; c >= 0; c--) {
					for (int q = 0; q < rows + kh - 1; q++) {
						System.arraycopy(x, (i0 + q) * w + c, shifted[q], 0, ow);
					}
					for (int i = 0; i < rows; i++) {
						double[] o = acc[i];
						for (int r = kh - 1; r >= 0; r--) {
							fma(o, k[r * kw + c], shifted[i + r], ow);
						}
					}
				}
				for (int i = 0; i < rows; i++) System.arraycopy(acc[i], 0, out, (i0 + i) * ow, ow);
			}
		});
		return out;
	}

	/**
	 * {@code filter2(K, X, 'same')} with zero padding: Octave order kernel column first to last
	 * (outer), kernel row last to first (inner), FMA accumulation.
	 */
	static double[] correlateSame(double[] x, int w, int h, double[] k, int kw, int kh) {
		int cr = kh / 2;
		int cc = kw / 2;
		double[] out = new double[w * h];
		Parallel.forChunks(h, BLOCK, (start, end) -> {
			double[][] acc = new double[BLOCK][w];
			double[][] shifted = new double[BLOCK + kh - 1][w];
			for (int i0 = start; i0 < end; i0 += BLOCK) {
				int rows = Math.min(BLOCK, end - i0);
				for (int i = 0; i < rows; i++) Arrays.fill(acc[i], 0);
				for (int c = 0; c < kw; c++) {
					for (int q = 0; q < rows + kh - 1; q++) {
						int y = i0 - cr + q;
						if (y >= 0 && y < h) shiftZero(x, y * w, w, c - cc, shifted[q]);
					}
					for (int i = 0; i < rows; i++) {
						for (int r = kh - 1; r >= 0; r--) {
							int y = i0 + i + r - cr;
							if (y >= 0 && y < h) fma(acc[i], k[r * kw + c], shifted[i + r], w);
						}
					}
				}
				for (int i = 0; i < rows; i++) System.arraycopy(acc[i], 0, out, (i0 + i) * w, w);
			}
		});
		return out;
	}

	/** {@code conv2(X, K, 'same')}: convolution = correlation with the kernel rotated by 180 degrees. */
	static double[] convolveSame(double[] x, int w, int h, double[] k, int kw, int kh) {
		return correlateSame(x, w, h, rot180(k), kw, kh);
	}

	static double[] rot180(double[] k) {
		double[] r = new double[k.length];
		for (int i = 0; i < k.length; i++) r[i] = k[k.length - 1 - i];
		return r;
	}

	/**
	 * {@code imfilter(X, K, 'replicate')}: correlation, same size, border replication. Plain summation
	 * (row-major kernel order).
	 */
	static double[] correlateReplicate(double[] x, int w, int h, double[] k, int kw, int kh) {
		int cr = kh / 2;
		int cc = kw / 2;
		double[] out = new double[w * h];
		Parallel.forChunks(h, BLOCK, (start, end) -> {
			double[] acc = new double[w];
			double[] shifted = new double[w];
			for (int i = start; i < end; i++) {
				Arrays.fill(acc, 0);
				for (int r = 0; r < kh; r++) {
					int y = Math.min(h - 1, Math.max(0, i + r - cr));
					for (int c = 0; c < kw; c++) {
						shiftReplicate(x, y * w, w, c - cc, shifted);
						double kv = k[r * kw + c];
						for (int j = 0; j < w; j++) acc[j] += kv * shifted[j];
					}
				}
				System.arraycopy(acc, 0, out, i * w, w);
			}
		});
		return out;
	}

	/**
	 * Separable correlation with the kernel {@code col * row^T} (col: vertical factor, row: horizontal
	 * factor), zero padding, 'same' size. Equal to the 2-D correlation up to rounding. Each output is
	 * the horizontal sum (taps left to right) followed by the vertical sum (taps top to bottom).
	 */
	static double[] separableSame(double[] x, int w, int h, double[] col, double[] row) {
		return separableSame((i, shifted, d) -> shiftZero(x, i * w, w, d, shifted), w, h, col, row);
	}

	/** {@link #separableSame(double[], int, int, double[], double[])} of an image stored as rows. */
	static double[] separableSame(double[][] x, double[] col, double[] row) {
		int w = x[0].length;
		return separableSame((i, shifted, d) -> shiftZero(x[i], 0, w, d, shifted), w, x.length, col, row);
	}

	/**
	 * {@link #separableSame(double[][], double[], double[])} with the kernels {@code g1 g1^T} and
	 * {@code g2 g2^T} of equal length: the shifted rows are formed once for both.
	 */
	static double[][] separableSamePair(double[][] x, double[] g1, double[] g2) {
		int w = x[0].length;
		int h = x.length;
		int cc = g1.length / 2;
		double[][] tmp1 = new double[h][];
		double[][] tmp2 = new double[h][];
		Parallel.forChunks(h, BLOCK, (start, end) -> {
			double[] shifted = new double[w];
			for (int i = start; i < end; i++) {
				double[] t1 = new double[w];
				double[] t2 = new double[w];
				for (int c = 0; c < g1.length; c++) {
					shiftZero(x[i], 0, w, c - cc, shifted);
					axpy(t1, g1[c], shifted, w);
					axpy(t2, g2[c], shifted, w);
				}
				tmp1[i] = t1;
				tmp2[i] = t2;
			}
		});
		return new double[][] { vertical(tmp1, w, h, g1), vertical(tmp2, w, h, g2) };
	}

	/**
	 * The local moments of a Gaussian-windowed correlation: {@link #separableSame} with {@code g g^T} of
	 * x, of {@code x .* x} and (unless y is null) of {@code x .* y}, sharing the shifted rows.
	 */
	static double[][] separableSameMoments(double[] x, double[] y, int w, int h, double[] g) {
		return moments(x, y, w, h, g, false);
	}

	/** {@link #separableSameMoments} with 'valid' correlations ({@link #separableValid}). */
	static double[][] separableValidMoments(double[] x, double[] y, int w, int h, double[] g) {
		checkWindow(w, h, g.length, g.length);
		return moments(x, y, w, h, g, true);
	}

	private static double[][] moments(double[] x, double[] y, int w, int h, double[] g, boolean valid) {
		int cc = g.length / 2;
		int ow = valid ? w - g.length + 1 : w;
		double[][] t1 = new double[h][];
		double[][] t2 = new double[h][];
		double[][] t3 = y == null ? null : new double[h][];
		Parallel.forChunks(h, BLOCK, (start, end) -> {
			double[] sx = new double[ow];
			double[] sy = new double[ow];
			for (int i = start; i < end; i++) {
				double[] a = new double[ow];
				double[] b = new double[ow];
				double[] c = y == null ? null : new double[ow];
				for (int k = 0; k < g.length; k++) {
					double gk = g[k];
					shift(x, i * w, w, valid, k, cc, sx);
					for (int j = 0; j < ow; j++) {
						a[j] += gk * sx[j];
						b[j] += gk * (sx[j] * sx[j]);
					}
					if (c != null) {
						shift(y, i * w, w, valid, k, cc, sy);
						for (int j = 0; j < ow; j++) c[j] += gk * (sx[j] * sy[j]);
					}
				}
				t1[i] = a;
				t2[i] = b;
				if (c != null) t3[i] = c;
			}
		});
		double[][][] t = y == null ? new double[][][] { t1, t2 } : new double[][][] { t1, t2, t3 };
		double[][] out = new double[t.length][];
		for (int q = 0; q < t.length; q++) out[q] = valid ? verticalValid(t[q], ow, h, g) : vertical(t[q], w, h, g);
		return out;
	}

	/** Tap k of a row: the row from column k ('valid') or shifted by k - cc with zeros outside ('same'). */
	private static void shift(double[] x, int base, int w, boolean valid, int k, int cc, double[] dst) {
		if (valid) {
			System.arraycopy(x, base + k, dst, 0, dst.length);
		}
		else {
			shiftZero(x, base, w, k - cc, dst);
		}
	}

	/** Writes input row i shifted by d (zero outside) into a buffer. */
	private interface ShiftedRows {
		void row(int i, double[] shifted, int d);
	}

	private static double[] separableSame(ShiftedRows x, int w, int h, double[] col, double[] row) {
		int cc = row.length / 2;
		double[][] tmp = new double[h][];
		Parallel.forChunks(h, BLOCK, (start, end) -> {
			double[] shifted = new double[w];
			for (int i = start; i < end; i++) {
				double[] t = new double[w];
				for (int c = 0; c < row.length; c++) {
					x.row(i, shifted, c - cc);
					axpy(t, row[c], shifted, w);
				}
				tmp[i] = t;
			}
		});
		return vertical(tmp, w, h, col);
	}

	/** The vertical pass of the 'same' separable filters: taps top to bottom, rows outside skipped. */
	private static double[] vertical(double[][] tmp, int w, int h, double[] col) {
		int cr = col.length / 2;
		double[] out = new double[w * h];
		Parallel.forChunks(h, BLOCK, (start, end) -> {
			double[] acc = new double[w];
			for (int i = start; i < end; i++) {
				Arrays.fill(acc, 0);
				for (int r = 0; r < col.length; r++) {
					int y = i + r - cr;
					if (y >= 0 && y < h) axpy(acc, col[r], tmp[y], w);
				}
				System.arraycopy(acc, 0, out, i * w, w);
			}
		});
		return out;
	}

	/** Separable 'valid' correlation with {@code col * row^T}; output (h-kh+1) x (w-kw+1). */
	static double[] separableValid(double[] x, int w, int h, double[] col, double[] row) {
		int ow = w - row.length + 1;
		checkWindow(w, h, row.length, col.length);
		double[][] tmp = new double[h][];
		Parallel.forChunks(h, BLOCK, (start, end) -> {
			double[] shifted = new double[ow];
			for (int i = start; i < end; i++) {
				double[] t = new double[ow];
				for (int c = 0; c < row.length; c++) {
					System.arraycopy(x, i * w + c, shifted, 0, ow);
					axpy(t, row[c], shifted, ow);
				}
				tmp[i] = t;
			}
		});
		return verticalValid(tmp, ow, h, col);
	}

	/** The vertical pass of the 'valid' separable filters: taps top to bottom. */
	private static double[] verticalValid(double[][] tmp, int ow, int h, double[] col) {
		int oh = h - col.length + 1;
		double[] out = new double[ow * oh];
		Parallel.forChunks(oh, BLOCK, (start, end) -> {
			double[] acc = new double[ow];
			for (int i = start; i < end; i++) {
				Arrays.fill(acc, 0);
				for (int r = 0; r < col.length; r++) axpy(acc, col[r], tmp[i + r], ow);
				System.arraycopy(acc, 0, out, i * ow, ow);
			}
		});
		return out;
	}

	private static void checkWindow(int w, int h, int kw, int kh) {
		if (w < kw || h < kh) {
			throw new MetricNotComputableException("image " + w + "x" + h + " is smaller than the " + kw + "x"
				+ kh + " window");
		}
	}

	/** {@code o[j] = fma(k, s[j], o[j])}. */
	private static void fma(double[] o, double k, double[] s, int n) {
		for (int j = 0; j < n; j++) o[j] = Math.fma(k, s[j], o[j]);
	}

	/** {@code o[j] += k * s[j]} (not fused). */
	private static void axpy(double[] o, double k, double[] s, int n) {
		for (int j = 0; j < n; j++) o[j] += k * s[j];
	}

	/** {@code dst[j] = x[base + j + d]} where {@code 0 <= j + d < w}, else 0. */
	private static void shiftZero(double[] x, int base, int w, int d, double[] dst) {
		int j0 = Math.min(w, Math.max(0, -d));
		int j1 = Math.max(j0, Math.min(w, w - d));
		Arrays.fill(dst, 0, j0, 0);
		if (j1 > j0) System.arraycopy(x, base + j0 + d, dst, j0, j1 - j0);
		Arrays.fill(dst, j1, w, 0);
	}

	/** {@code dst[j] = x[base + clamp(j + d)]}: the row shifted with its border values replicated. */
	private static void shiftReplicate(double[] x, int base, int w, int d, double[] dst) {
		int j0 = Math.max(0, -d);
		int j1 = Math.min(w, w - d);
		if (j1 > j0) {
			System.arraycopy(x, base + j0 + d, dst, j0, j1 - j0);
			Arrays.fill(dst, 0, j0, x[base]);
			Arrays.fill(dst, j1, w, x[base + w - 1]);
		}
		else {
			Arrays.fill(dst, d > 0 ? x[base + w - 1] : x[base]);
		}
	}
}
