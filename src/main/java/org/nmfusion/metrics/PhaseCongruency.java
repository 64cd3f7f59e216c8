package org.nmfusion.metrics;

import java.lang.ref.SoftReference;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;

import org.nmfusion.util.Parallel;

/**
 * Phase congruency and its moments as the MEFB helper {@code myphasecong3} (a variant of P. Kovesi's
 * phasecong3) computes them (docs/metrics.md): 4 log-Gabor scales, 6 orientations, FFT size = image
 * size. One instance serves the images of one size in turn: the filter bank and the work planes are
 * built once.
 *
 * <p>Per image, the spectrum is computed once and each of the 24 filters applied to it. Memory: the
 * bank stores the log-Gabor scales and the bin angles only once per symmetric pair of DFT bins, and the
 * filters (log-Gabor times orientation spread) are formed row by row where they are used; the work
 * planes (spectrum, the 4 scale responses of one orientation, 5 accumulators) are reused for every
 * image, and the moments are returned in single precision. The noise model's filter energies come
 * from the frequency domain (Parseval) instead of spatial filters. One idle instance of at most
 * {@link #KEPT_PIXELS} pixels is kept (softly) between evaluations, so that scoring many images of one
 * size builds the bank and allocates the planes once ({@link #acquire}, {@link #release}).
 */
final class PhaseCongruency {

	private static final int NSCALE = 4;
	private static final int NORIENT = 6;
	private static final double MIN_WAVELENGTH = 3;
	private static final double MULT = 2.1;
	private static final double SIGMA_ON_F = 0.55;
	private static final double D_THETA_ON_SIGMA = 1.2;
	private static final double K = 2.0;
	private static final double CUT_OFF = 0.5;
	private static final double G = 10;
	private static final double EPS = 1e-4;
	private static final double THETA_SIGMA = Math.PI / NORIENT / D_THETA_ON_SIGMA;

	final int w;
	final int h;
	/** For an even size the bank is symmetric: bins k and size - k share a stored row / column. */
	private final boolean foldRows;
	private final boolean foldColumns;
	/** Log-Gabor filter of each scale (lowpass included), [s][stored row][stored column]. */
	private final double[][][] logGabor = new double[NSCALE][][];
	/** Angle atan2(-y, x) of each bin, [stored row][column]; a folded row kr is -theta[h - kr]. */
	private final double[][] theta;
	/** Per orientation: EM_n and the noise-model sums A2 and AiAj, once known. */
	private final double[] emN = new double[NORIENT];
	private final double[] a2 = new double[NORIENT];
	private final double[] aiAj = new double[NORIENT];
	private final boolean[] noiseKnown = new boolean[NORIENT];

	/** Work planes: spectrum, responses of the 4 scales, accumulators. */
	private final double[][] specRe;
	private final double[][] specIm;
	private final double[][][] respRe = new double[NSCALE][][];
	private final double[][][] respIm = new double[NSCALE][][];
	private final double[][] totalEnergy;
	private final double[][] totalSumAn;
	private final double[][] cxx;
	private final double[][] cyy;
	private final double[][] cxy;

	/** Result maps (row-major); the moments in single precision (they are not compared to thresholds). */
	static final class Result {
		final double[] pc;
		final float[] maxMoment;
		final float[] minMoment;

		Result(double[] pc, float[] maxMoment, float[] minMoment) {
			this.pc = pc;
			this.maxMoment = maxMoment;
			this.minMoment = minMoment;
		}
	}

	/** Largest size (pixels) whose idle instance is kept: 15 work planes of 8 MB at 1024 x 1024. */
	static final long KEPT_PIXELS = 1L << 20;
	private static final AtomicReference<SoftReference<PhaseCongruency>> IDLE = new AtomicReference<>();

	/** An instance for w x h images for the caller's exclusive use: the idle one if it has that size, else a new one. */
	static PhaseCongruency acquire(int w, int h) {
		SoftReference<PhaseCongruency> ref = IDLE.getAndSet(null);
		PhaseCongruency idle = ref == null ? null : ref.get();
		return idle != null && idle.w == w && idle.h == h ? idle : new PhaseCongruency(w, h);
	}

	/** Hands an instance back after use: kept for the next {@link #acquire} when it is small enough. */
	void release() {
		if ((long) w * h <= KEPT_PIXELS) IDLE.set(new SoftReference<>(this));
	}

	PhaseCongruency(int w, int h) {
		this.w = w;
		this.h = h;
		foldRows = h % 2 == 0;
		foldColumns = w % 2 == 0;
		int hq = foldRows ? h / 2 + 1 : h;
		int wq = foldColumns ? w / 2 + 1 : w;
		for (int s = 0; s < NSCALE; s++) logGabor[s] = new double[hq][wq];
		theta = new double[hq][w];
		Parallel.forChunks(hq, 16, (start, end) -> {
			for (int kr = start; kr < end; kr++) buildBankRow(kr, wq);
		});
		specRe = new double[h][w];
		specIm = new double[h][w];
		for (int s = 0; s < NSCALE; s++) {
			respRe[s] = new double[h][w];
			respIm[s] = new double[h][w];
		}
		totalEnergy = new double[h][w];
		totalSumAn = new double[h][w];
		cxx = new double[h][w];
		cyy = new double[h][w];
		cxy = new double[h][w];
	}

	private void buildBankRow(int kr, int wq) {
		double dN = (w % 2 == 1) ? w - 1 : w;
		double dM = (h % 2 == 1) ? h - 1 : h;
		double lnSig = Math.log(SIGMA_ON_F);
		double y = Fft.signedFrequency(kr, h) / dM;
		double yl = lowpassOffset(kr, h) / (double) h;
		for (int kc = 0; kc < w; kc++) {
			double x = Fft.signedFrequency(kc, w) / dN;
			double r = Math.sqrt(x * x + y * y);
			theta[kr][kc] = r == 0 ? 0 : Math.atan2(-y, x);
			if (kc >= wq) continue;
			double radius = (kr == 0 && kc == 0) ? 1 : r;
			double xl = lowpassOffset(kc, w) / (double) w;
			double rl = Math.sqrt(xl * xl + yl * yl);
			double lp = 1.0 / (1.0 + Math.pow(rl / 0.45, 30));
			double logRadius = Math.log(radius);
			for (int s = 0; s < NSCALE; s++) {
				double logFo = Math.log(1.0 / (MIN_WAVELENGTH * Math.pow(MULT, s)));
				double l = logRadius - logFo;
				logGabor[s][kr][kc] = Math.exp(-(l * l) / (2 * lnSig * lnSig)) * lp;
			}
		}
		if (kr == 0) {
			for (int s = 0; s < NSCALE; s++) logGabor[s][0][0] = 0;
		}
	}

	/** Stored row of DFT row kr. */
	private int bankRow(int kr) {
		return foldRows && kr > h / 2 ? h - kr : kr;
	}

	/** Integer offset of DFT bin k in fftshift-ed lowpassfilter grid (the odd-size quirk). */
	private static int lowpassOffset(int k, int n) {
		int half = n / 2;
		return Math.floorMod(k - half, n) - half;
	}

	/** Phase congruency and moments of one image of this size. */
	Result compute(double[] image) {
		for (int i = 0; i < h; i++) {
			System.arraycopy(image, i * w, specRe[i], 0, w);
			Arrays.fill(specIm[i], 0);
		}
		Fft.fft2(specRe, specIm, false);
		for (double[][] p : new double[][][] { totalEnergy, totalSumAn, cxx, cyy, cxy }) {
			for (double[] row : p) Arrays.fill(row, 0);
		}
		double scale = 1.0 / ((double) w * h); // of the inverse transforms, applied where they are read
		for (int o = 0; o < NORIENT; o++) {
			filterAndTransform(o);
			double t = threshold(o, Median.ofSquaredModulus(respRe[0], respIm[0], scale));
			double angl = o * Math.PI / NORIENT;
			double ca = Math.cos(angl);
			double sa = Math.sin(angl);
			Parallel.forChunks(h, 16, (start, end) -> {
				double[][] tmp = new double[8][w];
				for (int i = start; i < end; i++) accumulate(i, scale, t, ca, sa, tmp);
			});
		}
		return result();
	}

	/**
	 * The responses (inverse transforms without the 1/n factor) of the 4 scales of orientation o, and
	 * on its first use the orientation's noise-model sums.
	 */
	private void filterAndTransform(int o) {
		boolean noise = !noiseKnown[o];
		double[][] sums = noise ? new double[h][] : null;
		Fft plan = Fft.plan(w);
		Parallel.forChunks(h, 8, (start, end) -> {
			double[][] filt = new double[NSCALE][w];
			double[][] filtMirror = noise ? new double[NSCALE][w] : null;
			for (int kr = start; kr < end; kr++) {
				filterRows(o, kr, filt);
				for (int s = 0; s < NSCALE; s++) {
					plan.transformProduct(specRe[kr], specIm[kr], filt[s], respRe[s][kr], respIm[s][kr], true);
				}
				if (noise) {
					int mr = kr == 0 ? 0 : h - kr;
					filterRows(o, mr, filtMirror);
					sums[kr] = noiseRow(filt, filtMirror);
				}
			}
		});
		for (int s = 0; s < NSCALE; s++) Fft.transformColumns(respRe[s], respIm[s], true);
		if (noise) {
			for (double[] r : sums) {
				emN[o] += r[0];
				a2[o] += r[1];
				aiAj[o] += r[2];
			}
			noiseKnown[o] = true;
		}
	}

	/**
	 * Row kr of the filters of orientation o, one per scale: log-Gabor times the orientation spread
	 * exp(-dtheta^2 / (2 sigma^2)), dtheta the angle to the orientation (scalar: {@code exp}).
	 */
	private void filterRows(int o, int kr, double[][] filt) {
		double angl = o * Math.PI / NORIENT;
		double[] th = theta[bankRow(kr)];
		double sign = bankRow(kr) != kr ? -1 : 1; // theta is odd in y
		double[][] lg = new double[NSCALE][];
		for (int s = 0; s < NSCALE; s++) lg[s] = logGabor[s][bankRow(kr)];
		for (int kc = 0; kc < w; kc++) {
			double d = sign * th[kc] - angl;
			if (d < -Math.PI) d += 2 * Math.PI;
			double dTheta = Math.abs(d);
			double sp = Math.exp(-(dTheta * dTheta) / (2 * THETA_SIGMA * THETA_SIGMA));
			int qc = foldColumns && kc > w / 2 ? w - kc : kc;
			for (int s = 0; s < NSCALE; s++) filt[s][kc] = lg[s][qc] * sp;
		}
	}

	/**
	 * One row's part of EM_n = sum of the squared scale-0 filter, and of the noise model's sums over
	 * pixels of the squared spatial filters (A2) and of their pairwise products (AiAj). The spatial
	 * filters are sqrt(n) Re(ifft2(filter)) = sqrt(n) ifft2(even part of the filter), so by Parseval
	 * these sums are the same sums over DFT bins of the even parts; {@code filt} and {@code mirror} are
	 * the filter rows kr and -kr.
	 */
	private double[] noiseRow(double[][] filt, double[][] mirror) {
		double em = 0;
		double sumA2 = 0;
		double sumAiAj = 0;
		double[] e = new double[NSCALE];
		for (int kc = 0; kc < w; kc++) {
			int mc = kc == 0 ? 0 : w - kc;
			for (int s = 0; s < NSCALE; s++) e[s] = (filt[s][kc] + mirror[s][mc]) / 2;
			em += filt[0][kc] * filt[0][kc];
			for (int s = 0; s < NSCALE; s++) {
				sumA2 += e[s] * e[s];
				for (int t = s + 1; t < NSCALE; t++) sumAiAj += e[s] * e[t];
			}
		}
		return new double[] { em, sumA2, sumAiAj };
	}

	/** Noise threshold of orientation o from the median squared scale-0 response. */
	private double threshold(int o, double median) {
		double meanE2n = -median / Math.log(0.5);
		double noisePower = meanE2n / emN[o];
		double estNoiseEnergy2 = 2 * noisePower * a2[o] + 4 * noisePower * aiAj[o];
		double tau = Math.sqrt(estNoiseEnergy2 / 2);
		double estNoiseEnergy = tau * Math.sqrt(Math.PI / 2);
		double estNoiseEnergySigma = Math.sqrt((2 - Math.PI / 2) * tau * tau);
		return (estNoiseEnergy + K * estNoiseEnergySigma) / 1.7;
	}

	/**
	 * Adds row i of the current orientation's energy, amplitude sum and covariance terms. Small loops
	 * over row buffers (the JIT vectorises all but the one with {@code exp}); each sum runs over the
	 * scales in order. {@code tmp}: eight row buffers.
	 */
	private void accumulate(int i, double scale, double t, double ca, double sa, double[][] tmp) {
		double[] sumAn = tmp[0];
		double[] sumE = tmp[1];
		double[] sumO = tmp[2];
		double[] maxAn = tmp[3];
		double[] me = tmp[4];
		double[] mo = tmp[5];
		double[] energy = tmp[6];
		double[] weight = tmp[7];
		for (int s = 0; s < NSCALE; s++) amplitudes(respRe[s][i], respIm[s][i], scale, s == 0, sumAn, sumE, sumO, maxAn);
		for (int j = 0; j < w; j++) {
			double xe = Math.sqrt(sumE[j] * sumE[j] + sumO[j] * sumO[j]) + EPS;
			me[j] = sumE[j] / xe;
			mo[j] = sumO[j] / xe;
		}
		for (int s = 0; s < NSCALE; s++) energy(respRe[s][i], respIm[s][i], scale, s == 0, me, mo, energy);
		for (int j = 0; j < w; j++) {
			double width = sumAn[j] / (maxAn[j] + EPS) / NSCALE;
			weight[j] = 1.0 / (1 + Math.exp((CUT_OFF - width) * G));
		}
		double[] te = totalEnergy[i];
		double[] ts = totalSumAn[i];
		for (int j = 0; j < w; j++) {
			double en = Math.max(energy[j] - t, 0);
			te[j] += weight[j] * en;
			ts[j] += sumAn[j];
			energy[j] = weight[j] * en / sumAn[j]; // this orientation's phase congruency
		}
		double[] xx = cxx[i];
		double[] yy = cyy[i];
		double[] xy = cxy[i];
		for (int j = 0; j < w; j++) {
			double covx = energy[j] * ca;
			double covy = energy[j] * sa;
			xx[j] += covx * covx;
			yy[j] += covy * covy;
			xy[j] += covx * covy;
		}
	}

	/** Amplitude of one scale's response added to the running sums (started at the first scale). */
	private static void amplitudes(double[] re, double[] im, double scale, boolean first, double[] sumAn,
		double[] sumE, double[] sumO, double[] maxAn)
	{
		int n = re.length;
		if (first) {
			for (int j = 0; j < n; j++) {
				double e = re[j] * scale;
				double o = im[j] * scale;
				double an = Math.sqrt(e * e + o * o);
				sumAn[j] = an;
				sumE[j] = e;
				sumO[j] = o;
				maxAn[j] = an;
			}
			return;
		}
		for (int j = 0; j < n; j++) {
			double e = re[j] * scale;
			double o = im[j] * scale;
			double an = Math.sqrt(e * e + o * o);
			sumAn[j] += an;
			sumE[j] += e;
			sumO[j] += o;
			maxAn[j] = Math.max(maxAn[j], an); // amplitudes are >= +0, never NaN
		}
	}

	/** One scale's term of the energy along the mean phase (me, mo). */
	private static void energy(double[] re, double[] im, double scale, boolean first, double[] me, double[] mo,
		double[] energy)
	{
		int n = re.length;
		for (int j = 0; j < n; j++) {
			double e = re[j] * scale;
			double o = im[j] * scale;
			double term = e * me[j] + o * mo[j] - Math.abs(e * mo[j] - o * me[j]);
			energy[j] = first ? term : energy[j] + term;
		}
	}

	private Result result() {
		double[] pc = new double[w * h];
		float[] maxMoment = new float[w * h];
		float[] minMoment = new float[w * h];
		Parallel.forChunks(h, 16, (start, end) -> {
			for (int i = start; i < end; i++) {
				for (int j = 0; j < w; j++) {
					int k = i * w + j;
					pc[k] = totalEnergy[i][j] / (totalSumAn[i][j] + EPS);
					double xx = cxx[i][j] / (NORIENT / 2.0);
					double yy = cyy[i][j] / (NORIENT / 2.0);
					double xy = cxy[i][j] / NORIENT;
					double den = Math.sqrt(xy * xy + (xx - yy) * (xx - yy)) + EPS;
					maxMoment[k] = (float) ((xx + yy + den) / 2);
					minMoment[k] = (float) ((xx + yy - den) / 2);
				}
			}
		});
		return new Result(pc, maxMoment, minMoment);
	}
}
