package org.nmfusion.metrics;

import org.nmfusion.util.Parallel;

/**
 * Planes stored as one array per row ({@code p[y][x]}), the layout of the 2-D FFT and of the large
 * intermediates: loops over a row index every array alike (so the JIT vectorises them), and rows are
 * small objects for the garbage collector. Conversions from and to row-major {@code double[]}.
 */
final class RowPlanes {

	private RowPlanes() {
	}

	/** Copy of a row-major h x w image as rows. */
	static double[][] rows(double[] x, int w, int h) {
		double[][] r = new double[h][w];
		Parallel.forChunks(h, 64, (start, end) -> {
			for (int i = start; i < end; i++) System.arraycopy(x, i * w, r[i], 0, w);
		});
		return r;
	}

	/** Copies the rows into a row-major array. */
	static void copyTo(double[][] rows, double[] out) {
		int w = rows[0].length;
		Parallel.forChunks(rows.length, 64, (start, end) -> {
			for (int i = start; i < end; i++) System.arraycopy(rows[i], 0, out, i * w, w);
		});
	}
}
