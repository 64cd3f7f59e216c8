package org.nmfusion.metrics;

/**
 * Complex discrete Fourier transforms of any size (iterative radix-2 for powers of two, Bluestein's
 * chirp-z algorithm otherwise), in 1-D and 2-D on split real/imaginary row-major arrays. Forward is
 * unnormalised; inverse includes 1/(M*N) (MATLAB fft2/ifft2 conventions, docs/metrics.md).
 */
final class Fft {

	private final int n;
	// radix-2 tables (for n a power of two) or for the Bluestein length m
	private final int m;
	private final double[] cosT;
	private final double[] sinT;
	private final int[] rev;
	private final double[] stageRe;
	private final double[] stageIm;
	// Bluestein
	private final double[] chirpRe;
	private final double[] chirpIm;
	private final double[] bRe;
	private final double[] bIm;
	// mixed radix (n with small prime factors only)
	private final int[] factors;
	private final double[] twRe;
	private final double[] twIm;

	/** Largest prime factor for which the direct mixed-radix algorithm is used instead of Bluestein. */
	private static final int MAX_RADIX = 17;

	Fft(int n) {
		if (n <= 0) {
			throw new IllegalArgumentException("FFT length must be positive: " + n);
		}
		this.n = n;
		boolean pow2 = Integer.bitCount(n) == 1;
		int[] f = pow2 ? null : smallFactors(n);
		this.factors = f;
		if (f != null) {
			twRe = new double[n];
			twIm = new double[n];
			for (int i = 0; i < n; i++) {
				twRe[i] = Math.cos(2 * Math.PI * i / n);
				twIm[i] = -Math.sin(2 * Math.PI * i / n);
			}
			m = 0;
			stageRe = stageIm = null;
			cosT = sinT = null;
			rev = null;
			chirpRe = chirpIm = bRe = bIm = null;
			return;
		}
		twRe = twIm = null;
		this.m = pow2 ? n : Integer.highestOneBit(2 * n - 1) << 1;
		int levels = Integer.numberOfTrailingZeros(m);
		cosT = new double[m / 2];
		sinT = new double[m / 2];
		for (int i = 0; i < m / 2; i++) {
			cosT[i] = Math.cos(2 * Math.PI * i / m);
			sinT[i] = Math.sin(2 * Math.PI * i / m);
		}
		rev = new int[m];
		for (int i = 0; i < m; i++) {
			rev[i] = levels == 0 ? 0 : Integer.reverse(i) >>> (32 - levels);
		}
		// per-stage contiguous twiddles: entry half + k = exp(-2 pi i k / (2 half)), k < half
		stageRe = new double[Math.max(1, m)];
		stageIm = new double[Math.max(1, m)];
		for (int half = 1; half < m; half <<= 1) {
			int step = m / (2 * half);
			for (int k = 0; k < half; k++) {
				stageRe[half + k] = cosT[k * step];
				stageIm[half + k] = -sinT[k * step];
			}
		}
		if (pow2) {
			chirpRe = chirpIm = bRe = bIm = null;
		} else {
			chirpRe = new double[n];
			chirpIm = new double[n];
			for (int k = 0; k < n; k++) {
				long kk = ((long) k * k) % (2L * n); // exact argument reduction
				double ang = Math.PI * kk / n;
				chirpRe[k] = Math.cos(ang);
				chirpIm[k] = -Math.sin(ang); // exp(-i pi k^2 / n)
			}
			bRe = new double[m];
			bIm = new double[m];
			bRe[0] = chirpRe[0];
			bIm[0] = -chirpIm[0];
			for (int k = 1; k < n; k++) {
				bRe[k] = bRe[m - k] = chirpRe[k];
				bIm[k] = bIm[m - k] = -chirpIm[k]; // conj chirp
			}
			radix2(bRe, bIm, 0, false);
		}
	}

	/** In-place transform of re/im (length n); {@code inverse} without normalisation. */
	void transform(double[] re, double[] im, boolean inverse) {
		if (factors != null) {
			double[] sr = new double[n];
			double[] si = new double[n];
			mixed(re, im, 0, 1, n, 0, sr, si, inverse);
			return;
		}
		if (chirpRe == null) {
			radix2(re, im, 0, inverse);
			return;
		}
		double[] xr = new double[m];
		double[] xi = new double[m];
		for (int k = 0; k < n; k++) {
			double cr = chirpRe[k];
			double ci = inverse ? -chirpIm[k] : chirpIm[k];
			xr[k] = re[k] * cr - im[k] * ci;
			xi[k] = re[k] * ci + im[k] * cr;
		}
		radix2(xr, xi, 0, false);
		for (int k = 0; k < m; k++) {
			double br = bRe[k];
			double bi = inverse ? -bIm[k] : bIm[k];
			// for the inverse the chirp is conjugated; conj(FFT(conj b)) pattern: use symmetric b
			double r = xr[k] * br - xi[k] * bi;
			double i = xr[k] * bi + xi[k] * br;
			xr[k] = r;
			xi[k] = i;
		}
		radix2(xr, xi, 0, true);
		double scale = 1.0 / m;
		for (int k = 0; k < n; k++) {
			double cr = chirpRe[k];
			double ci = inverse ? -chirpIm[k] : chirpIm[k];
			double r = xr[k] * scale;
			double i = xi[k] * scale;
			re[k] = r * cr - i * ci;
			im[k] = r * ci + i * cr;
		}
	}

	/** Prime factors of n (ascending) if all are <= MAX_RADIX, else null. */
	private static int[] smallFactors(int n) {
		java.util.List<Integer> l = new java.util.ArrayList<>();
		int r = n;
		for (int p = 2; p <= MAX_RADIX && r > 1; p++) {
			while (r % p == 0) {
				l.add(p);
				r /= p;
			}
		}
		if (r != 1) {
			return null;
		}
		int[] f = new int[l.size()];
		for (int i = 0; i < f.length; i++) f[i] = l.get(i);
		return f;
	}

	/**
	 * Recursive mixed-radix decimation in time, in place on the elements {@code off + k * stride},
	 * k = 0..len-1, using the scratch arrays (same index space).
	 */
	private void mixed(double[] re, double[] im, int off, int stride, int len, int level, double[] sr,
			double[] si, boolean inverse) {
		if (len == 1) {
			return;
		}
		int p = factors[level];
		int q = len / p;
		// sub-sequences r, r + p, r + 2p, ...: element j of sub-sequence r is at off + (r + j p) stride
		for (int r = 0; r < p; r++) {
			mixed(re, im, off + r * stride, stride * p, q, level + 1, sr, si, inverse);
		}
		// combine: X[k + q t] = sum_r W_len^{r (k + q t)} Y_r[k]
		int twStep = n / len;
		for (int k = 0; k < q; k++) {
			for (int t = 0; t < p; t++) {
				int kk = k + q * t;
				double accR = 0;
				double accI = 0;
				for (int r = 0; r < p; r++) {
					int idx = off + (r + k * p) * stride;
					int e = (int) (((long) r * kk % len) * twStep);
					double wr = twRe[e];
					double wi = inverse ? -twIm[e] : twIm[e];
					double xr = re[idx];
					double xi = im[idx];
					accR += xr * wr - xi * wi;
					accI += xr * wi + xi * wr;
				}
				sr[off + kk * stride] = accR;
				si[off + kk * stride] = accI;
			}
		}
		for (int k = 0; k < len; k++) {
			re[off + k * stride] = sr[off + k * stride];
			im[off + k * stride] = si[off + k * stride];
		}
	}

	private void radix2(double[] re, double[] im, int off, boolean inverse) {
		int len = m;
		for (int i = 0; i < len; i++) {
			int j = rev[i];
			if (j > i) {
				double t = re[off + i];
				re[off + i] = re[off + j];
				re[off + j] = t;
				t = im[off + i];
				im[off + i] = im[off + j];
				im[off + j] = t;
			}
		}
		for (int i = 0; i + 1 < len; i += 2) { // size-2 stage: no twiddles
			double ar = re[off + i];
			double ai = im[off + i];
			double br = re[off + i + 1];
			double bi = im[off + i + 1];
			re[off + i] = ar + br;
			im[off + i] = ai + bi;
			re[off + i + 1] = ar - br;
			im[off + i + 1] = ai - bi;
		}
		double sgn = inverse ? -1.0 : 1.0;
		double[] wre = stageRe;
		double[] wim = stageIm;
		int half = 2;
		// two radix-2 stages (half h and 2h) fused per pass: each element is loaded and stored once
		for (; 4 * half <= len; half <<= 2) {
			int h = half;
			int block = 4 * h;
			for (int start = 0; start < len; start += block) {
				for (int k = 0; k < h; k++) {
					double c1 = wre[h + k];
					double s1 = sgn * wim[h + k];
					double c2 = wre[2 * h + k];
					double s2 = sgn * wim[2 * h + k];
					double c3 = wre[3 * h + k];
					double s3 = sgn * wim[3 * h + k];
					int i0 = start + k;
					int i1 = i0 + h;
					int i2 = i1 + h;
					int i3 = i2 + h;
					// stage half = h: (i0, i1) and (i2, i3) with W_{2h}^k
					double r0 = re[off + i0];
					double m0 = im[off + i0];
					double r1 = re[off + i1] * c1 - im[off + i1] * s1;
					double m1 = re[off + i1] * s1 + im[off + i1] * c1;
					double r2 = re[off + i2];
					double m2 = im[off + i2];
					double r3 = re[off + i3] * c1 - im[off + i3] * s1;
					double m3 = re[off + i3] * s1 + im[off + i3] * c1;
					double a0r = r0 + r1;
					double a0i = m0 + m1;
					double a1r = r0 - r1;
					double a1i = m0 - m1;
					double a2r = r2 + r3;
					double a2i = m2 + m3;
					double a3r = r2 - r3;
					double a3i = m2 - m3;
					// stage half = 2h: (i0, i2) with W_{4h}^k, (i1, i3) with W_{4h}^{k+h}
					double t2r = a2r * c2 - a2i * s2;
					double t2i = a2r * s2 + a2i * c2;
					double t3r = a3r * c3 - a3i * s3;
					double t3i = a3r * s3 + a3i * c3;
					re[off + i0] = a0r + t2r;
					im[off + i0] = a0i + t2i;
					re[off + i2] = a0r - t2r;
					im[off + i2] = a0i - t2i;
					re[off + i1] = a1r + t3r;
					im[off + i1] = a1i + t3i;
					re[off + i3] = a1r - t3r;
					im[off + i3] = a1i - t3i;
				}
			}
		}
		for (; half < len; half <<= 1) { // a remaining single stage
			int size = half << 1;
			for (int start = 0; start < len; start += size) {
				for (int k = 0; k < half; k++) {
					double c = wre[half + k];
					double s = sgn * wim[half + k];
					int a = start + k;
					int b = a + half;
					double xr = re[off + b];
					double xi = im[off + b];
					double tr = xr * c - xi * s;
					double ti = xr * s + xi * c;
					double ar = re[off + a];
					double ai = im[off + a];
					re[off + b] = ar - tr;
					im[off + b] = ai - ti;
					re[off + a] = ar + tr;
					im[off + a] = ai + ti;
				}
			}
		}
	}

	/**
	 * 2-D DFT in place of an h x w row-major complex array; the inverse includes 1/(w*h).
	 */
	static void fft2(double[] re, double[] im, int w, int h, boolean inverse) {
		rowTransforms(re, im, w, h, inverse);
		double[] tr = transpose(re, w, h);
		double[] ti = transpose(im, w, h);
		rowTransforms(tr, ti, h, w, inverse);
		double s = inverse ? 1.0 / ((double) w * h) : 1.0;
		// transpose back (w rows of length h -> h rows of length w), applying the 1/(w h) factor
		for (int j = 0; j < w; j++) {
			for (int i = 0; i < h; i++) {
				re[i * w + j] = tr[j * h + i] * s;
				im[i * w + j] = ti[j * h + i] * s;
			}
		}
	}

	private static final java.util.concurrent.ConcurrentHashMap<Integer, Fft> PLANS =
			new java.util.concurrent.ConcurrentHashMap<>();

	/** Immutable plan for length n, cached. */
	static Fft plan(int n) {
		return PLANS.computeIfAbsent(n, Fft::new);
	}

	private static void rowTransforms(double[] re, double[] im, int w, int h, boolean inverse) {
		Fft plan = plan(w);
		if (plan.factors == null && plan.chirpRe == null) { // power of two: in place, no copies
			for (int i = 0; i < h; i++) {
				plan.radix2(re, im, i * w, inverse);
			}
			return;
		}
		double[] tr = new double[w];
		double[] ti = new double[w];
		for (int i = 0; i < h; i++) {
			System.arraycopy(re, i * w, tr, 0, w);
			System.arraycopy(im, i * w, ti, 0, w);
			plan.transform(tr, ti, inverse);
			System.arraycopy(tr, 0, re, i * w, w);
			System.arraycopy(ti, 0, im, i * w, w);
		}
	}

	/** Blocked transpose of an h x w row-major array into w x h. */
	private static double[] transpose(double[] x, int w, int h) {
		double[] t = new double[x.length];
		final int bs = 32;
		for (int i0 = 0; i0 < h; i0 += bs) {
			for (int j0 = 0; j0 < w; j0 += bs) {
				int i1 = Math.min(h, i0 + bs);
				int j1 = Math.min(w, j0 + bs);
				for (int i = i0; i < i1; i++) {
					for (int j = j0; j < j1; j++) {
						t[j * h + i] = x[i * w + j];
					}
				}
			}
		}
		return t;
	}

	/** Signed integer frequency of DFT bin k on an axis of length n (numpy fftfreq(n) * n). */
	static int signedFrequency(int k, int n) {
		return k < (n + 1) / 2 ? k : k - n;
	}

	/**
	 * Real part of {@code ifft2(fft2(x) .* H)} for a real image x and a real frequency response H given
	 * per DFT bin (row-major h x w).
	 */
	static double[] filterReal(double[] x, int w, int h, double[] response) {
		return filterComplex(x, w, h, response)[0];
	}

	/** {@code ifft2(fft2(x) .* H)} for a real image x, returned as {re, im}. */
	static double[][] filterComplex(double[] x, int w, int h, double[] response) {
		double[] re = x.clone();
		double[] im = new double[x.length];
		fft2(re, im, w, h, false);
		for (int i = 0; i < re.length; i++) {
			re[i] *= response[i];
			im[i] *= response[i];
		}
		fft2(re, im, w, h, true);
		return new double[][] {re, im};
	}
}
