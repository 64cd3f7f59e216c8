package org.nmfusion.nmf;

/**
 * One update rule of {@link Nmf}: {@link #step()} updates W (m x k, flat) and H (k x n, rows) in place and
 * returns the loss.
 */
abstract class NmfSolver {

	final NmfProblem p;
	final float[] w;
	final float[][] h;
	final NmfOptions o;

	NmfSolver(final NmfProblem p, final float[] w, final float[][] h, final NmfOptions o) {
		this.p = p;
		this.w = w;
		this.h = h;
		this.o = o;
	}

	/** One iteration (W, then H); returns the loss of the updated factors. */
	abstract double step();

	/** Column-block chunks of the H pass: each chunk reports the cross term and a k x k gram partial. */
	static final class BlockPartials {
		final double[] cross;
		final double[][] gram;

		BlockPartials(final int nChunks) {
			cross = new double[nChunks];
			gram = new double[nChunks][];
		}

		double cross() {
			double s = 0;
			for (final double c : cross)
				s += c;
			return s;
		}

		double[] gram(final int k) {
			final double[] g = MatrixOps.sumInOrder(gram, k * k);
			MatrixOps.symmetrize(g, k);
			return g;
		}
	}

	/** (W^T V)[:, from..to) into num[:, from..to) (zeroed first). */
	static void wtvBlock(final float[] w, final float[][] v, final int m, final int k, final int from, final int to, final float[][] num) {
		for (int j = 0; j < k; j++)
			java.util.Arrays.fill(num[j], from, to, 0f);
		MatrixOps.accumulateAtB(w, v, m, k, from, to, num);
	}
}
