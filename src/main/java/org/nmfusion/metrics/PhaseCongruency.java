package org.nmfusion.metrics;

import java.util.Arrays;

import org.nmfusion.util.Parallel;

/**
 * Phase congruency and its moments as the MEFB helper {@code myphasecong3} (a variant of P. Kovesi's
 * phasecong3) computes them (docs/metrics.md): 4 log-Gabor scales, 6 orientations, FFT size = image
 * size. The filter bank depends only on the image size and is shared between images.
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

	final int w;
	final int h;
	/**
	 * The filter of scale s and orientation o is logGabor[s] * spread[o] (real response per DFT bin);
	 * the factors are stored instead of the 24 products to save memory.
	 */
	private final double[][] logGabor = new double[NSCALE][];
	private final double[][] spreads = new double[NORIENT][];
	/** Per orientation: EM_n and the noise-model sums A2 and AiAj. */
	private final double[] emN = new double[NORIENT];
	private final double[] a2 = new double[NORIENT];
	private final double[] aiAj = new double[NORIENT];

	/** Result maps. */
	static final class Result {
		double[] pc;
		double[] maxMoment;
		double[] minMoment;
	}

	PhaseCongruency(int w, int h) {
		this.w = w;
		this.h = h;
		int n = w * h;
		double[] radius = new double[n];
		double[] sinT = new double[n];
		double[] cosT = new double[n];
		double[] lp = new double[n];
		double dN = (w % 2 == 1) ? w - 1 : w;
		double dM = (h % 2 == 1) ? h - 1 : h;
		for (int kr = 0; kr < h; kr++) {
			double y = Fft.signedFrequency(kr, h) / dM;
			double yl = lowpassOffset(kr, h) / (double) h;
			for (int kc = 0; kc < w; kc++) {
				double x = Fft.signedFrequency(kc, w) / dN;
				int i = kr * w + kc;
				double r = Math.sqrt(x * x + y * y);
				radius[i] = (kr == 0 && kc == 0) ? 1 : r;
				// sin/cos of theta = atan2(-y, x) (theta = 0 at the origin)
				sinT[i] = r == 0 ? 0 : -y / r;
				cosT[i] = r == 0 ? 1 : x / r;
				double xl = lowpassOffset(kc, w) / (double) w;
				double rl = Math.sqrt(xl * xl + yl * yl);
				lp[i] = 1.0 / (1.0 + Math.pow(rl / 0.45, 30));
			}
		}
		for (int s = 0; s < NSCALE; s++) logGabor[s] = new double[n];
		double lnSig = Math.log(SIGMA_ON_F);
		double[] logRadius = new double[n];
		for (int i = 0; i < n; i++) logRadius[i] = Math.log(radius[i]);
		for (int s = 0; s < NSCALE; s++) {
			double wavelength = MIN_WAVELENGTH * Math.pow(MULT, s);
			double fo = 1.0 / wavelength;
			double logFo = Math.log(fo);
			for (int i = 0; i < n; i++) {
				double l = logRadius[i] - logFo;
				logGabor[s][i] = Math.exp(-(l * l) / (2 * lnSig * lnSig)) * lp[i];
			}
			logGabor[s][0] = 0;
		}
		double thetaSigma = Math.PI / NORIENT / D_THETA_ON_SIGMA;
		Parallel.forChunks(NORIENT, 1, (start, end) -> {
			for (int o = start; o < end; o++)
				buildOrientation(o, sinT, cosT, thetaSigma);
		});
	}

	private void buildOrientation(int o, double[] sinT, double[] cosT, double thetaSigma) {
		int n = w * h;
		{
			double angl = o * Math.PI / NORIENT;
			double ca = Math.cos(angl);
			double sa = Math.sin(angl);
			double[] spread = new double[n];
			for (int i = 0; i < n; i++) {
				double ds = sinT[i] * ca - cosT[i] * sa;
				double dc = cosT[i] * ca + sinT[i] * sa;
				double dTheta = Math.abs(Math.atan2(ds, dc));
				spread[i] = Math.exp(-(dTheta * dTheta) / (2 * thetaSigma * thetaSigma));
			}
			spreads[o] = spread;
			double[][] spatial = new double[NSCALE][];
			double[][] filters = new double[NSCALE][];
			for (int s = 0; s < NSCALE; s++) {
				filters[s] = MathUtil.mul(logGabor[s], spread);
			}
			// Re(ifft2(filt)) = ifft2 of the even part of filt, which is real; two scales per complex FFT
			double sq = Math.sqrt((double) n);
			for (int s = 0; s < NSCALE; s += 2) {
				double[] re = evenPart(filters[s]);
				double[] im = evenPart(filters[s + 1]);
				Fft.fft2(re, im, w, h, true);
				for (int i = 0; i < n; i++) {
					re[i] *= sq;
					im[i] *= sq;
				}
				spatial[s] = re;
				spatial[s + 1] = im;
			}
			double em = 0;
			for (double v : filters[0]) em += v * v;
			emN[o] = em;
			double sumA2 = 0;
			double sumAiAj = 0;
			for (int i = 0; i < n; i++) {
				for (int s = 0; s < NSCALE; s++) {
					double fs = spatial[s][i];
					sumA2 += fs * fs;
					for (int t = s + 1; t < NSCALE; t++) {
						sumAiAj += fs * spatial[t][i];
					}
				}
			}
			a2[o] = sumA2;
			aiAj[o] = sumAiAj;
		}
	}

	/** (H(k) + H(-k)) / 2 over DFT bins. */
	private double[] evenPart(double[] f) {
		double[] e = new double[f.length];
		for (int kr = 0; kr < h; kr++) {
			int mr = kr == 0 ? 0 : h - kr;
			for (int kc = 0; kc < w; kc++) {
				int mc = kc == 0 ? 0 : w - kc;
				e[kr * w + kc] = (f[kr * w + kc] + f[mr * w + mc]) / 2;
			}
		}
		return e;
	}

	/** Median (mean of the two middle values for an even count); reorders {@code v}. */
	static double median(double[] v) {
		int n = v.length;
		if (n % 2 == 1) {
			return select(v, n / 2);
		}
		double hi = select(v, n / 2);
		double lo = Double.NEGATIVE_INFINITY;
		for (int i = 0; i < n / 2; i++) lo = Math.max(lo, v[i]); // select partitions: v[0..n/2) <= hi
		return (lo + hi) / 2;
	}

	/** k-th smallest (0-based) by iterative quickselect; afterwards v[0..k) <= v[k] <= v[k+1..). */
	private static double select(double[] v, int k) {
		int lo = 0;
		int hi = v.length - 1;
		while (lo < hi) {
			double pivot = v[(lo + hi) >>> 1];
			int i = lo;
			int j = hi;
			while (i <= j) {
				while (v[i] < pivot) i++;
				while (v[j] > pivot) j--;
				if (i <= j) {
					double t = v[i];
					v[i] = v[j];
					v[j] = t;
					i++;
					j--;
				}
			}
			if (k <= j) {
				hi = j;
			} else if (k >= i) {
				lo = i;
			} else {
				break;
			}
		}
		return v[k];
	}

	/** Integer offset of DFT bin k in fftshift-ed lowpassfilter grid (the odd-size quirk). */
	private static int lowpassOffset(int k, int n) {
		int half = n / 2;
		return Math.floorMod(k - half, n) - half;
	}

	Result compute(double[] image) {
		int n = w * h;
		double[] fre = image.clone();
		double[] fim = new double[n];
		Fft.fft2(fre, fim, w, h, false);
		double[] totalEnergy = new double[n];
		double[] totalSumAn = new double[n];
		double[] cxx = new double[n];
		double[] cyy = new double[n];
		double[] cxy = new double[n];
		double[][] eRe = new double[NSCALE][];
		double[][] eIm = new double[NSCALE][];
		double[] sumE = new double[n];
		double[] sumO = new double[n];
		double[] sumAn = new double[n];
		double[] maxAn = new double[n];
		double[] energy = new double[n];
		for (int o = 0; o < NORIENT; o++) {
			Arrays.fill(sumE, 0);
			Arrays.fill(sumO, 0);
			Arrays.fill(sumAn, 0);
			Arrays.fill(maxAn, 0);
			Arrays.fill(energy, 0);
			for (int s = 0; s < NSCALE; s++) {
				double[] lg = logGabor[s];
				double[] sp = spreads[o];
				double[] re = new double[n];
				double[] im = new double[n];
				for (int i = 0; i < n; i++) {
					double filt = lg[i] * sp[i];
					re[i] = fre[i] * filt;
					im[i] = fim[i] * filt;
				}
				Fft.fft2(re, im, w, h, true);
				eRe[s] = re;
				eIm[s] = im;
				for (int i = 0; i < n; i++) {
					double an = Math.sqrt(re[i] * re[i] + im[i] * im[i]);
					sumAn[i] += an;
					sumE[i] += re[i];
					sumO[i] += im[i];
					if (s == 0 || an > maxAn[i]) maxAn[i] = an;
				}
			}
			for (int i = 0; i < n; i++) {
				double xe = Math.sqrt(sumE[i] * sumE[i] + sumO[i] * sumO[i]) + EPS;
				double me = sumE[i] / xe;
				double mo = sumO[i] / xe;
				double en = 0;
				for (int s = 0; s < NSCALE; s++) {
					double e = eRe[s][i];
					double od = eIm[s][i];
					en += e * me + od * mo - Math.abs(e * mo - od * me);
				}
				energy[i] = en;
			}
			double[] e2 = new double[n];
			for (int i = 0; i < n; i++) e2[i] = eRe[0][i] * eRe[0][i] + eIm[0][i] * eIm[0][i];
			double med = median(e2);
			double meanE2n = -med / Math.log(0.5);
			double noisePower = meanE2n / emN[o];
			double estNoiseEnergy2 = 2 * noisePower * a2[o] + 4 * noisePower * aiAj[o];
			double tau = Math.sqrt(estNoiseEnergy2 / 2);
			double estNoiseEnergy = tau * Math.sqrt(Math.PI / 2);
			double estNoiseEnergySigma = Math.sqrt((2 - Math.PI / 2) * tau * tau);
			double t = (estNoiseEnergy + K * estNoiseEnergySigma) / 1.7;
			double angl = o * Math.PI / NORIENT;
			double ca = Math.cos(angl);
			double sa = Math.sin(angl);
			for (int i = 0; i < n; i++) {
				double en = Math.max(energy[i] - t, 0);
				double width = sumAn[i] / (maxAn[i] + EPS) / NSCALE;
				double weight = 1.0 / (1 + Math.exp((CUT_OFF - width) * G));
				totalEnergy[i] += weight * en;
				totalSumAn[i] += sumAn[i];
				double pcO = weight * en / sumAn[i];
				double covx = pcO * ca;
				double covy = pcO * sa;
				cxx[i] += covx * covx;
				cyy[i] += covy * covy;
				cxy[i] += covx * covy;
			}
		}
		Result r = new Result();
		r.pc = new double[n];
		r.maxMoment = new double[n];
		r.minMoment = new double[n];
		for (int i = 0; i < n; i++) {
			r.pc[i] = totalEnergy[i] / (totalSumAn[i] + EPS);
			double xx = cxx[i] / (NORIENT / 2.0);
			double yy = cyy[i] / (NORIENT / 2.0);
			double xy = cxy[i] / NORIENT;
			double den = Math.sqrt(xy * xy + (xx - yy) * (xx - yy)) + EPS;
			r.maxMoment[i] = (xx + yy + den) / 2;
			r.minMoment[i] = (xx + yy - den) / 2;
		}
		return r;
	}
}
