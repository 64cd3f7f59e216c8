package org.nmfusion.nmf;

/**
 * Fast HALS (hierarchical alternating least squares): exact coordinate descent on the columns of W and
 * then the rows of H for the Frobenius loss, W(:,j) &lt;- max(0, W(:,j) + ((V H^T)(:,j) - W (H H^T)(:,j) - l1)
 * / ((H H^T)(j,j) + l2)) and likewise for H with W^T V and W^T W (A. Cichocki and A.-H. Phan, "Fast local
 * algorithms for large scale nonnegative matrix and tensor factorizations", IEICE Trans. Fundamentals
 * E92-A, 2009; the same update as scikit-learn's "cd" solver). The H update is fused with W^T V over
 * column blocks and also yields the loss (trace identity).
 */
public final class Hals extends NmfSolver {

	private double[] hht;
	private float[][] num, grad;

	Hals(final NmfProblem p, final float[] w, final float[][] h, final NmfOptions o) {
		super(p, w, h, o);
	}

	@Override
	double step() {
		final int m = p.m, n = p.n, k = p.k;
		final MatrixOps ops = p.ops;
		if (hht == null) {
			hht = ops.gramRows(h, k, n);
			num = new float[k][n];
			grad = new float[k][n];
		}
		// W update, row by row (rows are independent), columns j in order
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
					final double hess = hht[j * k + j] + l2W;
					if (hess <= 0) continue;
					double grad = l1W + l2W * row[j] - vht[o0 + j];
					for (int l = 0; l < k; l++)
						grad += row[l] * hht[l * k + j];
					row[j] = Math.max(0, row[j] - grad / hess);
				}
				for (int j = 0; j < k; j++)
					w[o0 + j] = (float) row[j];
			}
		});
		final double[] wtw = ops.gramColumns(w, m, k);
		final float[] wtwF = MultiplicativeUpdate.toFloat(wtw);
		final float l1H = (float) o.l1H(), l2H = (float) o.l2H();
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
					final float[] hj = h[j], nj = num[j], gj = grad[j];
					final float hess = wtwF[j * k + j] + l2H;
					if (hess > 0) {
						// g = (W^T W)(j,:) H - (W^T V)(j,:) + l1 + l2 H(j,:)
						for (int x = c0; x < c1; x++)
							gj[x] = l1H + l2H * hj[x] - nj[x];
						MatrixOps.axpyRows(wtwRows[j], h, gj, c0, c1);
						final float inv = 1f / hess;
						for (int x = c0; x < c1; x++)
							hj[x] = Math.max(0f, hj[x] - gj[x] * inv);
					}
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
}
