package org.nmfusion.metrics;

/**
 * 2-D linear filtering with MATLAB/Octave border semantics (docs/metrics.md), on row-major
 * {@code double[]} images of {@code h} rows x {@code w} columns. Kernels are row-major {@code kh x kw}
 * arrays with odd sizes.
 *
 * <p>The "exact" correlations reproduce Octave 7's {@code filter2} arithmetic (fused multiply-add,
 * fixed kernel traversal order, docs/metrics.md) so that the metrics that divide rounding residues
 * (Qy, Qc) match the reference bit for bit. The separable variants are faster and used where the
 * metric is well conditioned.
 */
final class Filters {

	private Filters() {
	}

	/**
	 * {@code filter2(K, X, 'valid')}: output (h-kh+1) x (w-kw+1); Octave order: kernel column last to
	 * first (outer), kernel row last to first (inner), FMA accumulation from +0.
	 */
	static double[] correlateValid(double[] x, int w, int h, double[] k, int kw, int kh) {
		int ow = w - kw + 1;
		int oh = h - kh + 1;
		if (ow <= 0 || oh <= 0) {
			throw new IllegalArgumentException("image " + w + "x" + h + " smaller than the " + kw + "x" + kh
					+ " window");
		}
		double[] out = new double[ow * oh];
		for (int c = kw - 1; c >= 0; c--) {
			for (int r = kh - 1; r >= 0; r--) {
				double kv = k[r * kw + c];
				for (int i = 0; i < oh; i++) {
					int xo = (i + r) * w + c;
					int oo = i * ow;
					for (int j = 0; j < ow; j++) {
						out[oo + j] = Math.fma(kv, x[xo + j], out[oo + j]);
					}
				}
			}
		}
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
		for (int c = 0; c < kw; c++) {
			int dc = c - cc;
			int j0 = Math.max(0, -dc);
			int j1 = Math.min(w, w - dc);
			for (int r = kh - 1; r >= 0; r--) {
				int dr = r - cr;
				double kv = k[r * kw + c];
				int i0 = Math.max(0, -dr);
				int i1 = Math.min(h, h - dr);
				for (int i = i0; i < i1; i++) {
					int xo = (i + dr) * w + dc;
					int oo = i * w;
					for (int j = j0; j < j1; j++) {
						out[oo + j] = Math.fma(kv, x[xo + j], out[oo + j]);
					}
				}
			}
		}
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
		for (int i = 0; i < h; i++) {
			for (int j = 0; j < w; j++) {
				double s = 0;
				for (int r = 0; r < kh; r++) {
					int yy = Math.min(h - 1, Math.max(0, i + r - cr));
					for (int c = 0; c < kw; c++) {
						int xx = Math.min(w - 1, Math.max(0, j + c - cc));
						s += k[r * kw + c] * x[yy * w + xx];
					}
				}
				out[i * w + j] = s;
			}
		}
		return out;
	}

	/**
	 * Separable correlation with the kernel {@code col * row^T} (col: vertical factor, row: horizontal
	 * factor), zero padding, 'same' size. Equal to the 2-D correlation up to rounding.
	 */
	static double[] separableSame(double[] x, int w, int h, double[] col, double[] row) {
		int cc = row.length / 2;
		int cr = col.length / 2;
		double[] tmp = new double[w * h];
		for (int i = 0; i < h; i++) {
			int o = i * w;
			for (int c = 0; c < row.length; c++) {
				int dc = c - cc;
				double kv = row[c];
				int j0 = Math.max(0, -dc);
				int j1 = Math.min(w, w - dc);
				for (int j = j0; j < j1; j++) {
					tmp[o + j] += kv * x[o + j + dc];
				}
			}
		}
		double[] out = new double[w * h];
		for (int r = 0; r < col.length; r++) {
			int dr = r - cr;
			double kv = col[r];
			int i0 = Math.max(0, -dr);
			int i1 = Math.min(h, h - dr);
			for (int i = i0; i < i1; i++) {
				int xo = (i + dr) * w;
				int oo = i * w;
				for (int j = 0; j < w; j++) {
					out[oo + j] += kv * tmp[xo + j];
				}
			}
		}
		return out;
	}

	/** Separable 'valid' correlation with {@code col * row^T}; output (h-kh+1) x (w-kw+1). */
	static double[] separableValid(double[] x, int w, int h, double[] col, double[] row) {
		int ow = w - row.length + 1;
		int oh = h - col.length + 1;
		if (ow <= 0 || oh <= 0) {
			throw new IllegalArgumentException("image " + w + "x" + h + " smaller than the " + row.length + "x"
					+ col.length + " window");
		}
		double[] tmp = new double[ow * h];
		for (int i = 0; i < h; i++) {
			for (int c = 0; c < row.length; c++) {
				double kv = row[c];
				int xo = i * w + c;
				int oo = i * ow;
				for (int j = 0; j < ow; j++) {
					tmp[oo + j] += kv * x[xo + j];
				}
			}
		}
		double[] out = new double[ow * oh];
		for (int r = 0; r < col.length; r++) {
			double kv = col[r];
			for (int i = 0; i < oh; i++) {
				int xo = (i + r) * ow;
				int oo = i * ow;
				for (int j = 0; j < ow; j++) {
					out[oo + j] += kv * tmp[xo + j];
				}
			}
		}
		return out;
	}
}
