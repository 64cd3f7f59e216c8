package org.nmfusion.nmf;

/**
 * Lee-Seung multiplicative updates (D. D. Lee and H. S. Seung, "Algorithms for non-negative matrix
 * factorization", NIPS 2001) for the Frobenius loss, W &lt;- W .* (V H^T) ./ (W H H^T + l1 + l2 W) then
 * H &lt;- H .* (W^T V) ./ (W^T W H + l1 + l2 H), and for the generalised Kullback-Leibler divergence,
 * W &lt;- W .* ((V ./ WH) H^T) ./ (1 H^T + l1 + l2 W) then H &lt;- H .* (W^T (V ./ WH)) ./ (W^T 1 + l1 + l2 H).
 * The Frobenius H update is fused with W^T V over column blocks and also yields the loss (trace identity).
 */
public final class MultiplicativeUpdate extends NmfSolver {

	private double[] hht;
	private float[][] num, den;

	MultiplicativeUpdate(final NmfProblem p, final float[] w, final float[][] h, final NmfOptions o) {
		super(p, w, h, o);
	}

	@Override
	double step() {
		return o.loss() == NmfOptions.Loss.FROBENIUS ? stepFrobenius() : stepKl();
	}

	private double stepFrobenius() {
		final int m = p.m, n = p.n, k = p.k;
		final MatrixOps ops = p.ops;
		if (hht == null) {
			hht = ops.gramRows(h, k, n);
			num = new float[k][n];
			den = new float[k][n];
		}
		// W update
		final double[] vht = ops.vht(p.v, p.vt, h, m, n, k);
		final double l1W = o.l1W(), l2W = o.l2W();
		final int rowChunk = MatrixOps.chunkLength(m, (long) m * k * k, 64, 1);
		ops.workers().forEach(MatrixOps.chunks(m, rowChunk), c -> {
			final double[] row = new double[k];
			final int i1 = Math.min(m, (c + 1) * rowChunk);
			for (int i = c * rowChunk; i < i1; i++) {
				final int o0 = i * k;
				for (int j = 0; j < k; j++)
					row[j] = w[o0 + j];
				for (int j = 0; j < k; j++) {
					double d = l1W + l2W * row[j];
					for (int l = 0; l < k; l++)
						d += row[l] * hht[l * k + j];
					if (d <= 0) d = NmfProblem.EPS;
					w[o0 + j] = (float) (row[j] * vht[o0 + j] / d);
				}
			}
		});
		final double[] wtw = ops.gramColumns(w, m, k);
		// H update fused with W^T V
		final float l1H = (float) o.l1H(), l2H = (float) o.l2H();
		final float[] wtwF = toFloat(wtw);
		final float[][] wtwRows = MatrixOps.toRows(wtwF, k, k);
		final int bw = MatrixOps.blockWidth(k);
		final int len = MatrixOps.chunkLength(n, (long) n * (m * k + k * k), Math.min(64, MatrixOps.chunks(n, bw)), bw);
		final int nc = MatrixOps.chunks(n, len);
		final BlockPartials parts = new BlockPartials(nc);
		ops.workers().forEach(nc, c -> {
			final int end = Math.min(n, (c + 1) * len);
			final MatrixOps.BlockGram lanes = new MatrixOps.BlockGram(k, bw);
			for (int c0 = c * len; c0 < end; c0 += bw) {
				final int c1 = Math.min(end, c0 + bw);
				wtvBlock(w, p.v, m, k, c0, c1, num);
				for (int j = 0; j < k; j++) {
					final float[] dj = den[j], hj = h[j];
					for (int x = c0; x < c1; x++)
						dj[x] = l1H + l2H * hj[x];
					MatrixOps.axpyRows(wtwRows[j], h, dj, c0, c1);
				}
				for (int j = 0; j < k; j++) {
					final float[] dj = den[j], hj = h[j], nj = num[j];
					for (int x = c0; x < c1; x++)
						hj[x] = hj[x] * nj[x] / Math.max(dj[x], NmfProblem.TINY); // Math.max vectorises, a ternary does not
				}
				lanes.add(h, num, c0, c1);
			}
			final double[] gp = new double[k * k];
			parts.cross[c] = lanes.finish(gp);
			parts.gram[c] = gp;
		});
		hht = parts.gram(k);
		return p.traceLoss(parts.cross(), wtw, hht);
	}

	private double stepKl() {
		final int m = p.m, n = p.n, k = p.k;
		final MatrixOps ops = p.ops;
		// W update: W .*= ((V ./ WH) H^T) ./ (rowsum(H)^T + l1 + l2 W)
		final double[] hsum = new double[k];
		for (int j = 0; j < k; j++)
			for (int x = 0; x < n; x++)
				hsum[j] += h[j][x];
		final double l1W = o.l1W(), l2W = o.l2W();
		ops.workers().forEach(m, i -> {
			final float[] r = new float[n];
			ratio(p.v[i], w, i, h, k, r, 0, n);
			final double[] nums = new double[k];
			for (int j = 0; j < k; j++)
				nums[j] = MatrixOps.dot(r, h[j], 0, n);
			for (int j = 0; j < k; j++) {
				double d = hsum[j] + l1W + l2W * w[i * k + j];
				if (d <= 0) d = NmfProblem.EPS;
				w[i * k + j] = (float) (w[i * k + j] * nums[j] / d);
			}
		});
		// H update: H .*= (W^T (V ./ WH)) ./ (colsum(W) + l1 + l2 H)
		final double[] wsum = new double[k];
		for (int i = 0; i < m; i++)
			for (int j = 0; j < k; j++)
				wsum[j] += w[i * k + j];
		final double l1H = o.l1H(), l2H = o.l2H();
		final int bw = MatrixOps.blockWidth(k);
		final float[][] numH = new float[k][n];
		ops.workers().forEach(MatrixOps.chunks(n, bw), c -> {
			final int c0 = c * bw, c1 = Math.min(n, c0 + bw);
			final float[] r = new float[n];
			for (int i = 0; i < m; i++) {
				ratio(p.v[i], w, i, h, k, r, c0, c1);
				for (int j = 0; j < k; j++) {
					final float a = w[i * k + j];
					if (a != 0) MatrixOps.axpy(a, r, numH[j], c0, c1);
				}
			}
			for (int j = 0; j < k; j++)
				for (int x = c0; x < c1; x++) {
					double d = wsum[j] + l1H + l2H * h[j][x];
					if (d <= 0) d = NmfProblem.EPS;
					h[j][x] = (float) (h[j][x] * numH[j][x] / d);
				}
		});
		return klLoss(p, w, h);
	}

	/** r[from..to) = v[from..to) ./ max(W H, EPS)(i, from..to). */
	private static void ratio(final float[] v, final float[] w, final int i, final float[][] h, final int k, final float[] r, final int from,
		final int to)
	{
		java.util.Arrays.fill(r, from, to, 0f);
		for (int j = 0; j < k; j++) {
			final float a = w[i * k + j];
			if (a != 0) MatrixOps.axpy(a, h[j], r, from, to);
		}
		for (int x = from; x < to; x++)
			r[x] = v[x] / Math.max(r[x], NmfProblem.EPS);
	}

	/** Generalised KL divergence sum(V log(V / WH) - V + WH), 0 log 0 = 0. */
	static double klLoss(final NmfProblem p, final float[] w, final float[][] h) {
		final int m = p.m, n = p.n, k = p.k;
		final double[] perRow = new double[m];
		p.ops.workers().forEach(m, i -> {
			final float[] wh = new float[n];
			for (int j = 0; j < k; j++) {
				final float a = w[i * k + j];
				if (a != 0) MatrixOps.axpy(a, h[j], wh, 0, n);
			}
			final float[] v = p.v[i];
			double s = 0;
			for (int x = 0; x < n; x++) {
				final double vv = v[x], q = Math.max(wh[x], NmfProblem.EPS);
				s += (vv > 0 ? vv * Math.log(vv / q) : 0) - vv + q;
			}
			perRow[i] = s;
		});
		double s = 0;
		for (final double d : perRow)
			s += d;
		return s;
	}

	static float[] toFloat(final double[] a) {
		final float[] f = new float[a.length];
		for (int t = 0; t < a.length; t++)
			f[t] = (float) a[t];
		return f;
	}
}
