package org.nmfusion.metrics;

/** Eigenvalues of a small real symmetric matrix by cyclic Jacobi rotations. */
final class SymmetricEigen {

	private SymmetricEigen() {
	}

	/** @param m row-major 3x3 symmetric matrix (not modified) */
	static double[] eigenvalues3(double[] m) {
		int n = 3;
		double[] a = m.clone();
		for (int sweep = 0; sweep < 100; sweep++) {
			double off = 0;
			for (int p = 0; p < n; p++) {
				for (int q = p + 1; q < n; q++) off += a[p * n + q] * a[p * n + q];
			}
			if (off == 0) {
				break;
			}
			for (int p = 0; p < n; p++) {
				for (int q = p + 1; q < n; q++) {
					double apq = a[p * n + q];
					if (apq == 0) continue;
					double theta = (a[q * n + q] - a[p * n + p]) / (2 * apq);
					double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
					if (theta == 0) t = 1;
					double c = 1 / Math.sqrt(t * t + 1);
					double s = t * c;
					for (int k = 0; k < n; k++) { // columns p, q
						double akp = a[k * n + p];
						double akq = a[k * n + q];
						a[k * n + p] = c * akp - s * akq;
						a[k * n + q] = s * akp + c * akq;
					}
					for (int k = 0; k < n; k++) { // rows p, q
						double apk = a[p * n + k];
						double aqk = a[q * n + k];
						a[p * n + k] = c * apk - s * aqk;
						a[q * n + k] = s * apk + c * aqk;
					}
				}
			}
		}
		return new double[] {a[0], a[4], a[8]};
	}
}
