package org.nmfusion.metrics;

import org.nmfusion.util.Parallel;

/**
 * Qp: Zhao's phase-congruency-based metric (J. Zhao, R. Laganiere, Z. Liu, "Performance assessment
 * of combinative pixel-level image fusion based on an absolute feature measurement", Int. J.
 * Innovative Comput. Inf. Control 2007; MEFB {@code metricsQp}): product of the masked local
 * correlations of phase congruency and its maximum and minimum moments between the sources and F.
 * Nominal range [0, 1]. <b>Higher is better.</b>
 */
public final class Qp extends AbstractFusionMetric {

	/** Names of the sources' phase congruency in {@link SourceImages}. */
	static final String PC_A = "Qp phase congruency A", PC_B = "Qp phase congruency B";
	private static final double THRESHOLD = 0.1;
	private static final double CK = 1e-4;
	private static final int PC = 0;
	private static final int MAX_MOMENT = 1;
	private static final int MIN_MOMENT = 2;

	public Qp() {
		super("Qp", true);
	}

	@Override
	double value(Evaluation e) {
		int w = e.width;
		int h = e.height;
		PhaseCongruency.Result[] r = phaseCongruency(e);
		PhaseCongruency.Result pa = r[0];
		PhaseCongruency.Result pb = r[1];
		PhaseCongruency.Result pf = r[2];
		int n = w * h;
		boolean[] sel = new boolean[n];
		boolean[] ma = new boolean[n];
		boolean[] mb = new boolean[n];
		boolean[] mmax = new boolean[n];
		for (int i = 0; i < n; i++) {
			sel[i] = pa.pc[i] > pb.pc[i];
			ma[i] = pa.pc[i] > THRESHOLD;
			mb[i] = pb.pc[i] > THRESHOLD;
			mmax[i] = (sel[i] ? pa.pc[i] : pb.pc[i]) > THRESHOLD;
		}
		Masks masks = new Masks(sel, ma, mb, mmax);
		double[] g = Gaussian.window1d(11, 1.5);
		double p = cc(pa.pc, pb.pc, pf.pc, masks, w, h, g);
		double m = cc(moment(pa, MAX_MOMENT), moment(pb, MAX_MOMENT), moment(pf, MAX_MOMENT), masks, w, h, g);
		double mm = cc(moment(pa, MIN_MOMENT), moment(pb, MIN_MOMENT), moment(pf, MIN_MOMENT), masks, w, h, g);
		return p * m * mm;
	}

	@Override
	String undefinedNote() {
		return "Qp is undefined for these images: a phase-congruency moment is 0/0 (no phase structure, e.g."
			+ " a constant image)";
	}

	/**
	 * Phase congruency of A, B, F with one filter bank (A's and B's reused when the evaluation keeps its sources'
	 * intermediates); the bank and its work planes are handed back for the next evaluation of this size.
	 */
	private static PhaseCongruency.Result[] phaseCongruency(Evaluation e) {
		PhaseCongruency bank = PhaseCongruency.acquire(e.width, e.height);
		try {
			PhaseCongruency.Result f = bank.compute(e.f.data());
			PhaseCongruency.Result a = e.sourceOwn(PC_A, () -> bank.compute(e.a.data()));
			PhaseCongruency.Result b = e.sourceOwn(PC_B, () -> bank.compute(e.b.data()));
			return new PhaseCongruency.Result[] { a, b, f };
		}
		finally {
			bank.release();
		}
	}

	private static double[] moment(PhaseCongruency.Result r, int which) {
		float[] v = which == MAX_MOMENT ? r.maxMoment : r.minMoment;
		double[] d = new double[v.length];
		for (int i = 0; i < d.length; i++) d[i] = v[i];
		return d;
	}

	/** Where A's phase congruency is the larger, and the three threshold masks. */
	private static final class Masks {
		final boolean[] sel;
		final boolean[] ma;
		final boolean[] mb;
		final boolean[] mmax;

		Masks(boolean[] sel, boolean[] ma, boolean[] mb, boolean[] mmax) {
			this.sel = sel;
			this.ma = ma;
			this.mb = mb;
			this.mmax = mmax;
		}
	}

	/**
	 * Mean over the max-mask of the largest masked local correlation between F's feature map and that
	 * of A, of B, and of the source with the larger phase congruency.
	 */
	private static double cc(double[] fa, double[] fb, double[] ff, Masks masks, int w, int h, double[] g) {
		int n = w * h;
		double[][] fMoments = Filters.separableSameMoments(ff, null, w, h, g);
		double[] muY = fMoments[0];
		double[] yy = fMoments[1];
		double[] result = new double[n];
		for (int k = 0; k < 3; k++) {
			boolean[] mask = k == 0 ? masks.ma : k == 1 ? masks.mb : masks.mmax;
			double[] x = new double[n];
			for (int i = 0; i < n; i++) {
				double v = k == 0 ? fa[i] : k == 1 ? fb[i] : (masks.sel[i] ? fa[i] : fb[i]);
				x[i] = mask[i] ? v : 0;
			}
			double[][] moments = Filters.separableSameMoments(x, ff, w, h, g);
			double[] mu = moments[0];
			double[] xx = moments[1];
			double[] xy = moments[2];
			boolean first = k == 0;
			Parallel.forChunks(n, 4096, (start, end) -> {
				for (int i = start; i < end; i++) {
					double r = 0;
					if (mask[i]) {
						double sx = xx[i] - mu[i] * mu[i];
						double sy = yy[i] - muY[i] * muY[i];
						double sxy = xy[i] - mu[i] * muY[i];
						r = (sxy + CK) / (Math.sqrt(Math.abs(sx * sy)) + CK);
					}
					result[i] = first ? r : MathUtil.nanMax(result[i], r);
				}
			});
		}
		long count = 0;
		double sum = 0;
		for (int i = 0; i < n; i++) {
			sum += result[i];
			if (masks.mmax[i]) count++;
		}
		return sum / count;
	}
}
