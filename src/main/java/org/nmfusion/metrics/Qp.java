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

	private static final double THRESHOLD = 0.1;
	private static final double CK = 1e-4;

	public Qp() {
		super("Qp", true);
	}

	@Override
	double value(Evaluation e) {
		GrayImage a = e.a;
		GrayImage b = e.b;
		GrayImage f = e.f;
		int w = e.width;
		int h = e.height;
		PhaseCongruency bank = new PhaseCongruency(w, h);
		double[][] in = {a.data(), b.data(), f.data()};
		PhaseCongruency.Result[] res = new PhaseCongruency.Result[3];
		Parallel.forChunks(3, 1, (start, end) -> {
			for (int k = start; k < end; k++)
				res[k] = bank.compute(in[k]);
		});
		PhaseCongruency.Result pa = res[0];
		PhaseCongruency.Result pb = res[1];
		PhaseCongruency.Result pf = res[2];
		int n = w * h;
		boolean[] sel = new boolean[n];
		boolean[] ma = new boolean[n];
		boolean[] mb = new boolean[n];
		boolean[] mmax = new boolean[n];
		double[] pcMax = new double[n];
		double[] bigMax = new double[n];
		double[] smallMax = new double[n];
		for (int i = 0; i < n; i++) {
			sel[i] = pa.pc[i] > pb.pc[i];
			pcMax[i] = sel[i] ? pa.pc[i] : pb.pc[i];
			bigMax[i] = sel[i] ? pa.maxMoment[i] : pb.maxMoment[i];
			smallMax[i] = sel[i] ? pa.minMoment[i] : pb.minMoment[i];
			ma[i] = pa.pc[i] > THRESHOLD;
			mb[i] = pb.pc[i] > THRESHOLD;
			mmax[i] = pcMax[i] > THRESHOLD;
		}
		double[] g = Gaussian.window1d(11, 1.5);
		double p = cc(pa.pc, pb.pc, pcMax, pf.pc, ma, mb, mmax, w, h, g);
		double m = cc(pa.maxMoment, pb.maxMoment, bigMax, pf.maxMoment, ma, mb, mmax, w, h, g);
		double mm = cc(pa.minMoment, pb.minMoment, smallMax, pf.minMoment, ma, mb, mmax, w, h, g);
		return p * m * mm;
	}

	private static double cc(double[] fa, double[] fb, double[] fmax, double[] ff, boolean[] ma, boolean[] mb,
			boolean[] mmax, int w, int h, double[] g) {
		int n = w * h;
		double[][] x = {masked(fa, ma), masked(fb, mb), masked(fmax, mmax)};
		boolean[][] masks = {ma, mb, mmax};
		double[] muY = Filters.separableSame(ff, w, h, g, g);
		double[] yy = Filters.separableSame(MathUtil.mul(ff, ff), w, h, g, g);
		double[] result = new double[n];
		for (int k = 0; k < 3; k++) {
			double[] mu = Filters.separableSame(x[k], w, h, g, g);
			double[] xx = Filters.separableSame(MathUtil.mul(x[k], x[k]), w, h, g, g);
			double[] xy = Filters.separableSame(MathUtil.mul(x[k], ff), w, h, g, g);
			for (int i = 0; i < n; i++) {
				double r = 0;
				if (masks[k][i]) {
					double sx = xx[i] - mu[i] * mu[i];
					double sy = yy[i] - muY[i] * muY[i];
					double sxy = xy[i] - mu[i] * muY[i];
					r = (sxy + CK) / (Math.sqrt(Math.abs(sx * sy)) + CK);
				}
				result[i] = k == 0 ? r : MathUtil.nanMax(result[i], r);
			}
		}
		long count = 0;
		double sum = 0;
		for (int i = 0; i < n; i++) {
			sum += result[i];
			if (mmax[i]) count++;
		}
		return sum / count;
	}

	private static double[] masked(double[] v, boolean[] mask) {
		double[] r = new double[v.length];
		for (int i = 0; i < r.length; i++) r[i] = mask[i] ? v[i] : 0;
		return r;
	}
}
