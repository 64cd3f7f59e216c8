package org.nmfusion.util;

import java.util.Arrays;

/**
 * Eigenvalues and eigenvectors of a small real symmetric matrix by cyclic Jacobi rotations (Jacobi 1846;
 * G. H. Golub, C. F. Van Loan, "Matrix Computations", section 8.5): sweeps over all pairs (p, q) in
 * row order, each rotation applied to columns p, q, then rows p, q, then to the eigenvector columns,
 * until the squared off-diagonal norm is at most {@code tolerance} times the squared diagonal norm (0:
 * until it is exactly 0), at most 100 sweeps. The project's one eigen routine (the metric Qncie and the
 * randomized SVD of the NMF initialisation).
 */
public final class SymmetricEigen {

	private static final int MAX_SWEEPS = 100;

	private final int n;
	/** The rotated matrix: its diagonal holds the eigenvalues. */
	private final double[] a;
	/** n x n, column j the eigenvector of diagonal entry j. */
	private final double[] v;

	/**
	 * @param sym row-major n x n symmetric matrix (not modified)
	 * @param tolerance relative bound on the squared off-diagonal norm at which the sweeps stop
	 */
	public SymmetricEigen(final double[] sym, final int n, final double tolerance) {
		if (sym.length != n * n) throw new IllegalArgumentException("expected " + n + " x " + n + " entries, got " + sym.length);
		this.n = n;
		a = sym.clone();
		v = new double[n * n];
		for (int i = 0; i < n; i++)
			v[i * n + i] = 1;
		for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
			double off = 0, diag = 0;
			for (int i = 0; i < n; i++) {
				diag += a[i * n + i] * a[i * n + i];
				for (int j = i + 1; j < n; j++)
					off += a[i * n + j] * a[i * n + j];
			}
			if (off <= tolerance * diag || off == 0) break;
			for (int p = 0; p < n; p++)
				for (int q = p + 1; q < n; q++)
					rotate(p, q);
		}
	}

	/** The rotation that zeroes entry (p, q). */
	private void rotate(final int p, final int q) {
		final double apq = a[p * n + q];
		if (apq == 0) return;
		final double theta = (a[q * n + q] - a[p * n + p]) / (2 * apq);
		final double t = Math.signum(theta == 0 ? 1 : theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
		final double c = 1 / Math.sqrt(t * t + 1), s = t * c;
		for (int r = 0; r < n; r++) { // columns p, q
			final double arp = a[r * n + p], arq = a[r * n + q];
			a[r * n + p] = c * arp - s * arq;
			a[r * n + q] = s * arp + c * arq;
		}
		for (int r = 0; r < n; r++) { // rows p, q
			final double apr = a[p * n + r], aqr = a[q * n + r];
			a[p * n + r] = c * apr - s * aqr;
			a[q * n + r] = s * apr + c * aqr;
		}
		for (int r = 0; r < n; r++) {
			final double vrp = v[r * n + p], vrq = v[r * n + q];
			v[r * n + p] = c * vrp - s * vrq;
			v[r * n + q] = s * vrp + c * vrq;
		}
	}

	/** The eigenvalues in the order of the diagonal they were rotated onto. */
	public double[] diagonal() {
		final double[] d = new double[n];
		for (int i = 0; i < n; i++)
			d[i] = a[i * n + i];
		return d;
	}

	/** Diagonal indices ordered by eigenvalue, largest first (a stable order for equal values). */
	private Integer[] descending() {
		final Integer[] order = new Integer[n];
		for (int i = 0; i < n; i++)
			order[i] = i;
		Arrays.sort(order, (x, y) -> Double.compare(a[y * n + y], a[x * n + x]));
		return order;
	}

	/** The eigenvalues, largest first. */
	public double[] values() {
		final Integer[] order = descending();
		final double[] d = new double[n];
		for (int j = 0; j < n; j++)
			d[j] = a[order[j] * n + order[j]];
		return d;
	}

	/** Row-major n x n matrix whose column j is the unit eigenvector of {@code values()[j]}. */
	public double[] vectors() {
		final Integer[] order = descending();
		final double[] m = new double[n * n];
		for (int j = 0; j < n; j++)
			for (int r = 0; r < n; r++)
				m[r * n + j] = v[r * n + order[j]];
		return m;
	}
}
