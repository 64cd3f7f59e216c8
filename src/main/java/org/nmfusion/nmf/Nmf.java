package org.nmfusion.nmf;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;
import org.nmfusion.util.Parallel;
import org.nmfusion.util.Planes;

/**
 * Non-negative matrix factorization V ~ W H (V m x n non-negative, W m x k, H k x n, k = rank) with
 * Lee-Seung multiplicative updates ({@link MultiplicativeUpdate}, Lee and Seung 2001) or fast HALS
 * ({@link Hals}, Cichocki and Phan 2009), initialised by {@link NmfInit} (NNDSVD, Boutsidis and
 * Gallopoulos 2008, or seeded random). Input as a row-major {@code float[]}, a 2-D image (row y of the
 * image = row y of V) or a 3-D stack whose slices become the rows or the columns of V. The input is
 * never modified. Results are deterministic for a given seed; they do not depend on the thread count.
 * <p>
 * Internally the wider orientation is used (V^T = H^T W^T when m &gt; n) and, for 32 rows or more, a
 * transposed copy of V is kept for the V H^T product: expect about 2 x 4 m n bytes of working memory.
 */
public final class Nmf {

	/** How the slices of a stack map to V. */
	public enum SliceLayout {
		/** slice s = row s of V (V is slices x pixels; W = coefficients, H rows = basis images) */
		ROWS,
		/** slice s = column s of V (V is pixels x slices; W columns = basis images, H = coefficients) */
		COLUMNS
	}

	private Nmf() {}

	/** Factorizes a 2-D image: V(y, x) = image(x, y), m = height, n = width. */
	public static NmfResult factorize(final RandomAccessibleInterval<? extends RealType<?>> image, final NmfOptions options) {
		if (image == null) throw new IllegalArgumentException("NMF input image is null");
		if (image.numDimensions() != 2)
			throw new IllegalArgumentException("NMF input must be a 2-D image, got " + image.numDimensions() + " dimensions");
		final long w = image.dimension(0), h = image.dimension(1);
		checkSize(w * h);
		return factorize(Planes.copy(image), (int) h, (int) w, options);
	}

	/** Factorizes a stack (x, y, slice): each slice (flattened row by row) becomes one row or one column of V. */
	public static NmfResult factorizeStack(final RandomAccessibleInterval<? extends RealType<?>> stack, final SliceLayout layout,
		final NmfOptions options)
	{
		if (stack == null) throw new IllegalArgumentException("NMF input stack is null");
		if (layout == null) throw new IllegalArgumentException("NMF slice layout is null");
		if (stack.numDimensions() != 3)
			throw new IllegalArgumentException("NMF input stack must be 3-D (x, y, slice), got " + stack.numDimensions() + " dimensions");
		final long pixels = stack.dimension(0) * stack.dimension(1), slices = stack.dimension(2);
		checkSize(pixels * slices);
		final float[] rows = Planes.copy(stack); // slices x pixels
		if (layout == SliceLayout.ROWS) return factorize(rows, (int) slices, (int) pixels, options);
		try (MatrixOps ops = new MatrixOps(options == null ? 1 : options.threads())) {
			return factorize(ops.transpose(rows, (int) slices, (int) pixels), (int) pixels, (int) slices, options);
		}
	}

	/**
	 * Factorizes V, m x n row-major (not modified).
	 *
	 * @throws IllegalArgumentException for a size mismatch, negative, NaN or infinite entries, or a rank
	 *           outside [1, min(m, n)]
	 */
	public static NmfResult factorize(final float[] v, final int m, final int n, final NmfOptions options) {
		validate(v, m, n, options);
		final int k = options.rank();
		try (MatrixOps ops = new MatrixOps(options.threads())) {
			final NmfProblem p = problem(v, m, n, k, ops);
			if (p.normSq == 0)
				return new NmfResult(m, n, k, new float[m * k], new float[k * n], new double[] { 0 }, 0, true, 0, new long[0]);
			final boolean transposed = m > n;
			final NmfInit.Factors f = NmfInit.initialize(p, options, transposed);
			final float[] w = f.w;
			final float[][] h = f.h;
			final NmfSolver solver = options.solver() == NmfOptions.Solver.MU ? new MultiplicativeUpdate(p, w, h, options)
				: new Hals(p, w, h, options);
			final boolean kl = options.loss() == NmfOptions.Loss.KULLBACK_LEIBLER;
			final double[] history = new double[options.maxIterations() + 1];
			history[0] = kl ? MultiplicativeUpdate.klLoss(p, w, h) : 0.5 * ops.residualSq(p.v, w, h, p.m, p.n, k);
			final long[] nanos = new long[options.maxIterations()];
			int it = 0;
			boolean converged = false;
			while (it < options.maxIterations()) {
				final long t0 = System.nanoTime();
				double loss = solver.step();
				if (options.exactLoss() && !kl) loss = 0.5 * ops.residualSq(p.v, w, h, p.m, p.n, k);
				nanos[it] = System.nanoTime() - t0;
				history[++it] = loss;
				final double prev = history[it - 1];
				if (options.tolerance() > 0 && prev > 0 && Math.abs(prev - loss) / prev < options.tolerance()) {
					converged = true;
					break;
				}
			}
			final double relErr = Math.sqrt(ops.residualSq(p.v, w, h, p.m, p.n, k) / p.normSq);
			final float[][] user = userFactors(f, m, n, k);
			return new NmfResult(m, n, k, user[0], user[1], java.util.Arrays.copyOf(history, it + 1), it, converged, relErr,
				java.util.Arrays.copyOf(nanos, it));
		}
	}

	/** Checks the input; see {@link #factorize(float[], int, int, NmfOptions)}. */
	static void validate(final float[] v, final int m, final int n, final NmfOptions options) {
		if (options == null) throw new IllegalArgumentException("NMF options are null");
		if (v == null) throw new IllegalArgumentException("NMF input matrix is null");
		if (m < 1 || n < 1) throw new IllegalArgumentException("NMF input matrix is empty (" + m + " x " + n + ")");
		if ((long) m * n != v.length)
			throw new IllegalArgumentException("NMF input size mismatch: " + m + " x " + n + " needs " + (long) m * n + " values, got " + v.length);
		final int k = options.rank();
		if (k > Math.min(m, n))
			throw new IllegalArgumentException(
				"NMF rank " + k + " exceeds min(rows, columns) = " + Math.min(m, n) + " of the " + m + " x " + n + " input");
		checkValues(v, n);
	}

	/** The internal problem: the wider orientation (m <= n), rows, and V^T when there are enough rows. */
	static NmfProblem problem(final float[] v, final int m, final int n, final int k, final MatrixOps ops) {
		if (m <= n) {
			final float[][] rows = MatrixOps.toRows(v, m, n);
			final float[][] vt = m >= MatrixOps.MIN_ROWS_FOR_TRANSPOSED ? ops.transposeToRows(v, m, n) : null;
			return new NmfProblem(rows, vt, m, n, k, ops.frobeniusSq(rows), ops);
		}
		final float[][] vi = ops.transposeToRows(v, m, n);
		final float[][] vt = n >= MatrixOps.MIN_ROWS_FOR_TRANSPOSED ? MatrixOps.toRows(v, m, n) : null;
		return new NmfProblem(vi, vt, n, m, k, ops.frobeniusSq(vi), ops);
	}

	/** {W (m x k), H (k x n)} flat, in the caller's orientation, from the internal factors. */
	static float[][] userFactors(final NmfInit.Factors f, final int m, final int n, final int k) {
		if (m <= n) return new float[][] { f.w, MatrixOps.flatten(f.h, n) };
		// internal: V^T = w (n x k) h (k x m)  =>  W = h^T (m x k), H = w^T (k x n)
		final float[] w = new float[m * k];
		for (int j = 0; j < k; j++)
			for (int i = 0; i < m; i++)
				w[i * k + j] = f.h[j][i];
		final float[] h = new float[k * n];
		for (int x = 0; x < n; x++)
			for (int j = 0; j < k; j++)
				h[j * n + x] = f.w[x * k + j];
		return new float[][] { w, h };
	}

	private static void checkSize(final long size) {
		if (size < 1) throw new IllegalArgumentException("NMF input image is empty");
		if (size > Integer.MAX_VALUE - 8) throw new IllegalArgumentException("NMF input too large: " + size + " values (max 2^31 - 9)");
	}

	private static void checkValues(final float[] v, final int n) {
		for (int t = 0; t < v.length; t++) {
			final float x = v[t];
			if (x >= 0 && x <= Float.MAX_VALUE) continue;
			final String what = Float.isNaN(x) ? "NaN" : Float.isInfinite(x) ? "infinite" : "negative";
			throw new IllegalArgumentException("NMF input must be non-negative and finite: " + what + " value " + x + " at row " + t / n
				+ ", column " + t % n);
		}
	}

	/**
	 * The non-negative coefficients H (k x n) of V (m x n) for a fixed basis W (m x k): min ||V - W H||
	 * subject to H &gt;= 0, by {@code sweeps} HALS sweeps over the rows of H from H = 0 (Cichocki and
	 * Phan 2009). Used to extend a factorisation fitted on a subset of the columns to all of them.
	 */
	public static float[] coefficients(final float[] v, final int m, final int n, final float[] w, final int k, final int sweeps) {
		return coefficients(new float[][] { v }, n, w, k, sweeps);
	}

	/**
	 * As {@link #coefficients(float[], int, int, float[], int, int)} with V given as blocks of whole rows
	 * (each row-major with n columns), stacked in order, so that callers need not copy them into one array.
	 */
	public static float[] coefficients(final float[][] blocks, final int n, final float[] w, final int k, final int sweeps) {
		if (blocks == null || w == null) throw new IllegalArgumentException("V and W must be given");
		int rows = 0;
		for (final float[] b : blocks) {
			if (b == null || b.length % n != 0) throw new IllegalArgumentException("every block of V needs whole rows of " + n + " values");
			rows += b.length / n;
		}
		final int m = rows;
		if ((long) m * k != w.length) throw new IllegalArgumentException("size mismatch: V has " + m + " rows, W needs " + m + " x " + k);
		final double[] g = new double[k * k];
		for (int a = 0; a < k; a++)
			for (int b = 0; b < k; b++) {
				double s = 0;
				for (int i = 0; i < m; i++)
					s += (double) w[i * k + a] * w[i * k + b];
				g[a * k + b] = s;
			}
		final float[] wtv = new float[k * n], h = new float[k * n];
		// tiles of columns keep the rows of V and H in cache while every row of W passes over them
		final int tile = 1024, tiles = (n + tile - 1) / tile;
		Parallel.forChunks(tiles, 1, (t0, t1) -> {
			final double[] r = new double[tile];
			for (int t = t0; t < t1; t++) {
				final int start = t * tile, end = Math.min(n, start + tile);
				int i = 0;
				for (final float[] v : blocks)
					for (int vo = 0; vo < v.length; vo += n, i++)
						for (int j = 0; j < k; j++) {
							final float wij = w[i * k + j];
							if (wij == 0) continue;
							final int o = j * n;
							for (int x = start; x < end; x++)
								wtv[o + x] += wij * v[vo + x];
						}
				for (int sweep = 0; sweep < sweeps; sweep++)
					for (int j = 0; j < k; j++) {
						final double gjj = g[j * k + j];
						if (gjj <= 0) continue;
						final int o = j * n;
						for (int x = start; x < end; x++)
							r[x - start] = wtv[o + x];
						for (int l = 0; l < k; l++) {
							final double gjl = g[j * k + l];
							final int ol = l * n;
							for (int x = start; x < end; x++)
								r[x - start] -= gjl * h[ol + x];
						}
						for (int x = start; x < end; x++)
							h[o + x] = (float) Math.max(0, h[o + x] + r[x - start] / gjj);
					}
			}
		});
		return h;
	}
}
