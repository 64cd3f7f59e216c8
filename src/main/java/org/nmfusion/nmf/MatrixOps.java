package org.nmfusion.nmf;

import org.nmfusion.util.Parallel;

/**
 * The dense products NMF needs, on row-major {@code float[]} matrices, split over worker threads:
 * {@code W^T V} (k x n), {@code V H^T} (m x k), {@code W^T W} and {@code H H^T} (k x k), the squared
 * Frobenius norm and the exact residual {@code ||V - W H||_F^2}.
 * <p>
 * Matrices that are streamed (V, V^T, H) are arrays of rows ({@code float[][]}); small ones (W, k x k
 * grams) are flat row-major arrays. The loops are written so that HotSpot C2 vectorises them: every
 * "axpy" indexes both rows with the same index (C2 in Java 17 does not vectorise {@code y[a + t] += c *
 * x[b + t]} with different offsets a and b). {@code W^T V} is a sequence of such axpys over cache-sized
 * column blocks; {@code V H^T} uses the transposed copy {@code V^T} (n x m) when m is large enough
 * (again axpys, over rows of {@code V^T}) and unrolled dot products otherwise. Sums over long
 * dimensions are accumulated in float over bounded chunks and combined in double, in a fixed chunk order,
 * so results depend neither on the thread count nor on scheduling. Instances own worker threads: close
 * them.
 */
public final class MatrixOps implements AutoCloseable {

	/** Below this many rows, {@code V H^T} uses dot products instead of axpys over {@code V^T}. */
	static final int MIN_ROWS_FOR_TRANSPOSED = 32;

	private final Parallel.Pool workers;

	/** @param threads number of threads (>= 1), the caller's included */
	public MatrixOps(final int threads) {
		this.workers = new Parallel.Pool(threads);
	}

	public int threads() {
		return workers.threads();
	}

	Parallel.Pool workers() {
		return workers;
	}

	@Override
	public void close() {
		workers.close();
	}

	// ---------------------------------------------------------------- blocking

	/** Column block width for k accumulated rows: k * width floats stay in L1/L2. */
	static int blockWidth(final int k) {
		int b = 4096 / Math.max(1, k);
		b = Math.max(64, Math.min(4096, b));
		return b & ~15;
	}

	/** Minimum work (multiply-adds) per chunk: small jobs use fewer chunks, down to one (no thread hand-off). */
	static final long MIN_CHUNK_WORK = 1L << 18;

	/**
	 * Chunk length over [0, n) for a job of {@code work} multiply-adds: at most {@code maxChunks} chunks of
	 * at least {@link #MIN_CHUNK_WORK} each, lengths a multiple of {@code align}. Depends on sizes only.
	 */
	static int chunkLength(final int n, final long work, final int maxChunks, final int align) {
		final long count = Math.max(1, Math.min(Math.max(1, maxChunks), work / MIN_CHUNK_WORK));
		final long len = (n + count - 1) / count;
		return (int) Math.max(align, (len + align - 1) / align * align);
	}

	static int chunks(final int n, final int chunk) {
		return (n + chunk - 1) / chunk;
	}

	// ---------------------------------------------------------------- kernels

	/** y[from..to) += a * x[from..to) (same indices in both rows, so that C2 vectorises). */
	static void axpy(final float a, final float[] x, final float[] y, final int from, final int to) {
		for (int t = from; t < to; t++)
			y[t] += a * x[t];
	}

	/** y[from..to) += a0 x0 + a1 x1 + a2 x2 + a3 x3 on [from..to) (four rows per pass over y). */
	static void axpy4(final float a0, final float[] x0, final float a1, final float[] x1, final float a2, final float[] x2, final float a3,
		final float[] x3, final float[] y, final int from, final int to)
	{
		for (int t = from; t < to; t++)
			y[t] += a0 * x0[t] + a1 * x1[t] + a2 * x2[t] + a3 * x3[t];
	}

	/** y[from..to) += sum_r a[r] * x[r][from..to) for r = 0..a.length-1, four rows at a time. */
	static void axpyRows(final float[] a, final float[][] x, final float[] y, final int from, final int to) {
		final int rows = a.length;
		int r = 0;
		for (; r + 4 <= rows; r += 4)
			axpy4(a[r], x[r], a[r + 1], x[r + 1], a[r + 2], x[r + 2], a[r + 3], x[r + 3], y, from, to);
		for (; r < rows; r++)
			axpy(a[r], x[r], y, from, to);
	}

	/** acc[0..len) += x[0..len) * y[0..len): lane-wise partial dot products (vectorised; sum the lanes later). */
	static void mulAcc(final float[] x, final float[] y, final float[] acc, final int len) {
		for (int t = 0; t < len; t++)
			acc[t] += x[t] * y[t];
	}

	/** Sum of a[0..len) in double (8 float lanes). */
	static double sum(final float[] a, final int len) {
		float s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
		int t = 0;
		for (; t + 8 <= len; t += 8) {
			s0 += a[t];
			s1 += a[t + 1];
			s2 += a[t + 2];
			s3 += a[t + 3];
			s4 += a[t + 4];
			s5 += a[t + 5];
			s6 += a[t + 6];
			s7 += a[t + 7];
		}
		double s = ((double) s0 + s1) + ((double) s2 + s3) + ((double) s4 + s5) + ((double) s6 + s7);
		for (; t < len; t++)
			s += a[t];
		return s;
	}

	/**
	 * Accumulates, over column blocks of a chunk, the cross term sum_j &lt;H(j, block), N(j, block)&gt; and the
	 * upper triangle of H(:, block) H(:, block)^T as vectorised lanes on block-local copies; {@link #finish}
	 * sums the lanes in double. One instance per chunk.
	 */
	static final class BlockGram {
		private final int k;
		private final float[][] hb, nb, gram, cross;

		BlockGram(final int k, final int width) {
			this.k = k;
			hb = new float[k][width];
			nb = new float[k][width];
			gram = new float[k * (k + 1) / 2][width];
			cross = new float[k][width];
		}

		/** Adds columns [from, to) of h (and of n for the cross term; n may be null). */
		void add(final float[][] h, final float[][] n, final int from, final int to) {
			final int len = to - from;
			for (int j = 0; j < k; j++) {
				System.arraycopy(h[j], from, hb[j], 0, len);
				if (n != null) {
					System.arraycopy(n[j], from, nb[j], 0, len);
					mulAcc(hb[j], nb[j], cross[j], len);
				}
			}
			int q = 0;
			for (int a = 0; a < k; a++)
				for (int b = a; b < k; b++)
					mulAcc(hb[a], hb[b], gram[q++], len);
		}

		/** Writes the upper triangle into g (k x k) and returns the cross term. */
		double finish(final double[] g) {
			final int width = hb[0].length;
			int q = 0;
			for (int a = 0; a < k; a++)
				for (int b = a; b < k; b++)
					g[a * k + b] += sum(gram[q++], width);
			double c = 0;
			for (int j = 0; j < k; j++)
				c += sum(cross[j], width);
			return c;
		}
	}

	/** Dot product of x[from..to) and y[from..to), float partial sums (8 lanes), result in double. */
	static double dot(final float[] x, final float[] y, final int from, final int to) {
		float s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
		int t = from;
		for (; t + 8 <= to; t += 8) {
			s0 += x[t] * y[t];
			s1 += x[t + 1] * y[t + 1];
			s2 += x[t + 2] * y[t + 2];
			s3 += x[t + 3] * y[t + 3];
			s4 += x[t + 4] * y[t + 4];
			s5 += x[t + 5] * y[t + 5];
			s6 += x[t + 6] * y[t + 6];
			s7 += x[t + 7] * y[t + 7];
		}
		double s = ((double) s0 + s1) + ((double) s2 + s3) + ((double) s4 + s5) + ((double) s6 + s7);
		for (; t < to; t++)
			s += x[t] * y[t];
		return s;
	}

	// ---------------------------------------------------------------- layout

	/** Rows of a flat row-major rows x cols matrix (copies). */
	public static float[][] toRows(final float[] a, final int rows, final int cols) {
		final float[][] r = new float[rows][];
		for (int i = 0; i < rows; i++)
			r[i] = java.util.Arrays.copyOfRange(a, i * cols, (i + 1) * cols);
		return r;
	}

	/** Flat row-major copy of an array of rows. */
	public static float[] flatten(final float[][] a, final int cols) {
		final float[] f = new float[a.length * cols];
		for (int i = 0; i < a.length; i++)
			System.arraycopy(a[i], 0, f, i * cols, cols);
		return f;
	}

	/** Transpose of a rows x cols matrix given as rows (cols rows of length rows). */
	public float[][] transpose(final float[][] a, final int rows, final int cols) {
		final float[][] t = new float[cols][rows];
		final int tile = 64;
		workers.forEach(chunks(cols, tile), c -> {
			final int c0 = c * tile, c1 = Math.min(cols, c0 + tile);
			for (int r0 = 0; r0 < rows; r0 += tile) {
				final int r1 = Math.min(rows, r0 + tile);
				for (int cc = c0; cc < c1; cc++) {
					final float[] out = t[cc];
					for (int r = r0; r < r1; r++)
						out[r] = a[r][cc];
				}
			}
		});
		return t;
	}

	/** Transpose of a flat row-major rows x cols matrix as cols rows of length rows. */
	public float[][] transposeToRows(final float[] a, final int rows, final int cols) {
		final float[][] t = new float[cols][rows];
		final int tile = 64;
		workers.forEach(chunks(cols, tile), c -> {
			final int c0 = c * tile, c1 = Math.min(cols, c0 + tile);
			for (int r0 = 0; r0 < rows; r0 += tile) {
				final int r1 = Math.min(rows, r0 + tile);
				for (int cc = c0; cc < c1; cc++) {
					final float[] out = t[cc];
					for (int r = r0; r < r1; r++)
						out[r] = a[r * cols + cc];
				}
			}
		});
		return t;
	}

	/** Transpose of a flat row-major rows x cols matrix (flat cols x rows). */
	public float[] transpose(final float[] a, final int rows, final int cols) {
		final float[] t = new float[a.length];
		final int tile = 64;
		workers.forEach(chunks(rows, tile), c -> {
			final int r0 = c * tile, r1 = Math.min(rows, r0 + tile);
			for (int c0 = 0; c0 < cols; c0 += tile) {
				final int c1 = Math.min(cols, c0 + tile);
				for (int r = r0; r < r1; r++) {
					final int ro = r * cols;
					for (int cc = c0; cc < c1; cc++)
						t[cc * rows + r] = a[ro + cc];
				}
			}
		});
		return t;
	}

	// ---------------------------------------------------------------- products

	/** {@code W^T V}: W is m x k (flat), V is m x n (rows); returns k x n (rows). */
	public float[][] wtv(final float[] w, final float[][] v, final int m, final int n, final int k) {
		final float[][] out = new float[k][n];
		final int bw = blockWidth(k);
		final int len = chunkLength(n, (long) m * n * k, chunks(n, bw), bw);
		workers.forEach(chunks(n, len), c -> {
			final int end = Math.min(n, (c + 1) * len);
			for (int c0 = c * len; c0 < end; c0 += bw)
				accumulateAtB(w, v, m, k, c0, Math.min(end, c0 + bw), out);
		});
		return out;
	}

	/**
	 * out[j][from..to) += sum_i a[i * k + j] * b[i][from..to) for i in [0, p), j in [0, k): the block of A^T B
	 * (A p x k flat, B p x len rows), rows of B taken four at a time.
	 */
	static void accumulateAtB(final float[] a, final float[][] b, final int p, final int k, final int from, final int to, final float[][] out) {
		int i = 0;
		for (; i + 4 <= p; i += 4) {
			final float[] b0 = b[i], b1 = b[i + 1], b2 = b[i + 2], b3 = b[i + 3];
			final int o0 = i * k, o1 = o0 + k, o2 = o1 + k, o3 = o2 + k;
			for (int j = 0; j < k; j++)
				axpy4(a[o0 + j], b0, a[o1 + j], b1, a[o2 + j], b2, a[o3 + j], b3, out[j], from, to);
		}
		for (; i < p; i++) {
			final float[] bi = b[i];
			for (int j = 0; j < k; j++) {
				final float aij = a[i * k + j];
				if (aij != 0) axpy(aij, bi, out[j], from, to);
			}
		}
	}

	/**
	 * {@code V H^T}: V is m x n, H is k x n (rows); returns m x k (flat, double). {@code vt} is V^T (n x m
	 * rows) or null; it is used (faster) when m >= {@value #MIN_ROWS_FOR_TRANSPOSED}.
	 */
	public double[] vht(final float[][] v, final float[][] vt, final float[][] h, final int m, final int n, final int k) {
		if (vt != null && m >= MIN_ROWS_FOR_TRANSPOSED) return vhtTransposed(vt, h, m, n, k);
		return vhtDot(v, h, m, n, k);
	}

	private double[] vhtTransposed(final float[][] vt, final float[][] h, final int m, final int n, final int k) {
		final int cx = chunkLength(n, (long) m * n * k, 64, 16);
		final int nc = chunks(n, cx);
		final float[][][] partial = new float[nc][][];
		workers.forEach(nc, c -> {
			final int x0 = c * cx, x1 = Math.min(n, x0 + cx);
			final float[][] p = new float[k][m]; // (H V^T) restricted to the chunk: k x m
			int x = x0;
			for (; x + 4 <= x1; x += 4) {
				final float[] r0 = vt[x], r1 = vt[x + 1], r2 = vt[x + 2], r3 = vt[x + 3];
				for (int j = 0; j < k; j++) {
					final float[] hj = h[j];
					axpy4(hj[x], r0, hj[x + 1], r1, hj[x + 2], r2, hj[x + 3], r3, p[j], 0, m);
				}
			}
			for (; x < x1; x++)
				for (int j = 0; j < k; j++)
					axpy(h[j][x], vt[x], p[j], 0, m);
			partial[c] = p;
		});
		final double[] out = new double[m * k];
		for (int c = 0; c < nc; c++) {
			final float[][] p = partial[c];
			for (int j = 0; j < k; j++)
				for (int i = 0; i < m; i++)
					out[i * k + j] += p[j][i];
		}
		return out;
	}

	private double[] vhtDot(final float[][] v, final float[][] h, final int m, final int n, final int k) {
		final int cx = chunkLength(n, (long) m * n * k, 64, 16);
		final int nc = chunks(n, cx);
		final int bw = Math.min(cx, 1024);
		final double[][] partial = new double[nc][];
		workers.forEach(nc, c -> {
			final int end = Math.min(n, (c + 1) * cx);
			final float[][] vb = new float[m][bw], hb = new float[k][bw], acc = new float[m * k][bw];
			for (int x0 = c * cx; x0 < end; x0 += bw) {
				final int len = Math.min(end, x0 + bw) - x0;
				for (int i = 0; i < m; i++)
					System.arraycopy(v[i], x0, vb[i], 0, len);
				for (int j = 0; j < k; j++)
					System.arraycopy(h[j], x0, hb[j], 0, len);
				for (int i = 0; i < m; i++)
					for (int j = 0; j < k; j++)
						mulAcc(vb[i], hb[j], acc[i * k + j], len);
			}
			final double[] p = new double[m * k];
			for (int t = 0; t < m * k; t++)
				p[t] = sum(acc[t], bw);
			partial[c] = p;
		});
		return sumInOrder(partial, m * k);
	}

	/** {@code W^T W} for W m x k (flat); k x k, double. */
	public double[] gramColumns(final float[] w, final int m, final int k) {
		final int cr = chunkLength(m, (long) m * k * k / 2, 64, 1);
		final int nc = chunks(m, cr);
		final double[][] partial = new double[nc][];
		workers.forEach(nc, c -> {
			final int r0 = c * cr, r1 = Math.min(m, r0 + cr);
			final double[] p = new double[k * k];
			for (int i = r0; i < r1; i++) {
				final int o = i * k;
				for (int a = 0; a < k; a++) {
					final double wa = w[o + a];
					if (wa == 0) continue;
					for (int b = a; b < k; b++)
						p[a * k + b] += wa * w[o + b];
				}
			}
			partial[c] = p;
		});
		final double[] g = sumInOrder(partial, k * k);
		symmetrize(g, k);
		return g;
	}

	/** {@code H H^T} for H k x n (rows); k x k, double. */
	public double[] gramRows(final float[][] h, final int k, final int n) {
		final int cx = chunkLength(n, (long) n * k * k / 2, 64, 16);
		final int nc = chunks(n, cx);
		final double[][] partial = new double[nc][];
		workers.forEach(nc, c -> {
			final int x0 = c * cx, x1 = Math.min(n, x0 + cx);
			final double[] p = new double[k * k];
			gramRowsBlock(h, k, x0, x1, p);
			partial[c] = p;
		});
		final double[] g = sumInOrder(partial, k * k);
		symmetrize(g, k);
		return g;
	}

	/** Adds the upper triangle of H[:, from..to) H[:, from..to)^T to p (k x k). */
	static void gramRowsBlock(final float[][] h, final int k, final int from, final int to, final double[] p) {
		for (int a = 0; a < k; a++)
			for (int b = a; b < k; b++)
				p[a * k + b] += dot(h[a], h[b], from, to);
	}

	/** Copies the upper triangle of a k x k matrix to the lower one. */
	static void symmetrize(final double[] g, final int k) {
		for (int a = 0; a < k; a++)
			for (int b = 0; b < a; b++)
				g[a * k + b] = g[b * k + a];
	}

	static double[] sumInOrder(final double[][] partial, final int size) {
		final double[] out = new double[size];
		for (final double[] p : partial)
			for (int t = 0; t < size; t++)
				out[t] += p[t];
		return out;
	}

	/** Sum of squares of all entries, in double. */
	public double frobeniusSq(final float[][] a) {
		final double[] perRow = new double[a.length];
		workers.forEach(a.length, i -> perRow[i] = dot(a[i], a[i], 0, a[i].length));
		double s = 0;
		for (final double p : perRow)
			s += p;
		return s;
	}

	/** Exact {@code ||V - W H||_F^2} (V m x n rows, W m x k flat, H k x n rows), accumulated in double. */
	public double residualSq(final float[][] v, final float[] w, final float[][] h, final int m, final int n, final int k) {
		final double[] perRow = new double[m];
		workers.forEach(m, i -> {
			final float[] r = v[i].clone();
			for (int j = 0; j < k; j++) {
				final float a = -w[i * k + j];
				if (a != 0) axpy(a, h[j], r, 0, n);
			}
			perRow[i] = dot(r, r, 0, n);
		});
		double s = 0;
		for (final double p : perRow)
			s += p;
		return s;
	}
}
