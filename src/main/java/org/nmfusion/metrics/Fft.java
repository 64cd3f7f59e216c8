package org.nmfusion.metrics;

import org.nmfusion.util.Parallel;

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

	/** Longest power-of-two line whose product {@link #transformProduct} forms while permuting. */
	private static final int MAX_GATHERED = 1024;

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
		}
		else {
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
		double[] si, boolean inverse)
	{
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
		lineStages(re, im, off, 2, inverse ? -1.0 : 1.0);
	}

	/**
	 * The radix-2 stages half = halfFrom, 2 halfFrom, ... of {@link #radix2} on one line (bit-reversed
	 * input, the earlier stages done): two stages per pass where possible.
	 */
	private void lineStages(double[] re, double[] im, int off, int halfFrom, double sgn) {
		int len = m;
		double[] wre = stageRe;
		double[] wim = stageIm;
		int half = halfFrom;
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
	 * 2-D DFT in place of an h x w row-major complex array; the inverse includes 1/(w*h). Same
	 * arithmetic as {@link #fft2(double[][], double[][], boolean)}.
	 */
	static void fft2(double[] re, double[] im, int w, int h, boolean inverse) {
		double[][] r = RowPlanes.rows(re, w, h);
		double[][] i = RowPlanes.rows(im, w, h);
		fft2(r, i, inverse);
		RowPlanes.copyTo(r, re);
		RowPlanes.copyTo(i, im);
	}

	/**
	 * 2-D DFT in place of a complex plane stored as h rows of length w: every row (along x), then every
	 * column (along y); the inverse includes 1/(w*h). The row order of the arrays changes (rows are
	 * permuted by reference), the result is in natural order.
	 */
	static void fft2(double[][] re, double[][] im, boolean inverse) {
		transformRows(re, im, inverse);
		transformColumns(re, im, inverse);
		if (inverse) normalise(re, im);
	}

	/** Multiplies every element by 1/(w*h), the inverse 2-D transform's factor. */
	private static void normalise(double[][] re, double[][] im) {
		double s = 1.0 / ((double) re[0].length * re.length);
		Parallel.forChunks(re.length, 16, (start, end) -> {
			for (int i = start; i < end; i++) {
				scale(re[i], s);
				scale(im[i], s);
			}
		});
	}

	/** The 1-D transform of every row, in place (rows split over the cores). */
	static void transformRows(double[][] re, double[][] im, boolean inverse) {
		Fft plan = plan(re[0].length);
		Parallel.forChunks(re.length, 8, (start, end) -> {
			for (int i = start; i < end; i++) plan.transformLine(re[i], im[i], inverse);
		});
	}

	/** In-place transform of one line of length n (the inverse without normalisation). */
	void transformLine(double[] re, double[] im, boolean inverse) {
		if (factors == null && chirpRe == null) {
			radix2(re, im, 0, inverse);
		}
		else {
			transform(re, im, inverse);
		}
	}

	/**
	 * The transform of the product of a complex line x and a real line g, written to out (which must not
	 * be x): the same values as multiplying and then {@link #transformLine}. For a power of two the
	 * product is formed while reading the input in bit-reversed order, together with the first two
	 * radix-2 stages (the same butterflies), so the multiplication and the permutation need no pass of
	 * their own. Up to {@link #MAX_GATHERED} points only: Qp at 1024 x 1024 took 2310-2480 ms of CPU
	 * against 2600-2870 ms with the separate passes; at 2048 x 2048 no gain could be measured (the
	 * scattered reads of a 2048-point row, its filter and the output no longer fit the L1 cache).
	 */
	void transformProduct(double[] xRe, double[] xIm, double[] g, double[] outRe, double[] outIm, boolean inverse) {
		if (factors != null || chirpRe != null || m < 4 || m > MAX_GATHERED) {
			for (int k = 0; k < n; k++) {
				outRe[k] = xRe[k] * g[k];
				outIm[k] = xIm[k] * g[k];
			}
			transformLine(outRe, outIm, inverse);
			return;
		}
		double sgn = inverse ? -1.0 : 1.0;
		double c0 = stageRe[2];
		double s0 = sgn * stageIm[2];
		double c1 = stageRe[3];
		double s1 = sgn * stageIm[3];
		for (int i = 0; i < m; i += 4) {
			int j0 = rev[i];
			int j1 = rev[i + 1];
			int j2 = rev[i + 2];
			int j3 = rev[i + 3];
			double x0r = xRe[j0] * g[j0];
			double x0i = xIm[j0] * g[j0];
			double x1r = xRe[j1] * g[j1];
			double x1i = xIm[j1] * g[j1];
			double x2r = xRe[j2] * g[j2];
			double x2i = xIm[j2] * g[j2];
			double x3r = xRe[j3] * g[j3];
			double x3i = xIm[j3] * g[j3];
			// size-2 stage
			double a0r = x0r + x1r;
			double a0i = x0i + x1i;
			double a1r = x0r - x1r;
			double a1i = x0i - x1i;
			double a2r = x2r + x3r;
			double a2i = x2i + x3i;
			double a3r = x2r - x3r;
			double a3i = x2i - x3i;
			// stage half = 2: (0, 2) with W_4^0, (1, 3) with W_4^1
			double t2r = a2r * c0 - a2i * s0;
			double t2i = a2r * s0 + a2i * c0;
			double t3r = a3r * c1 - a3i * s1;
			double t3i = a3r * s1 + a3i * c1;
			outRe[i] = a0r + t2r;
			outIm[i] = a0i + t2i;
			outRe[i + 2] = a0r - t2r;
			outIm[i + 2] = a0i - t2i;
			outRe[i + 1] = a1r + t3r;
			outIm[i + 1] = a1i + t3i;
			outRe[i + 3] = a1r - t3r;
			outIm[i + 3] = a1i - t3i;
		}
		lineStages(outRe, outIm, 0, 4, sgn);
	}

	/**
	 * The 1-D transform of every column, in place. For a power-of-two height the radix-2 butterflies of
	 * {@link #radix2} combine whole rows (each element as there, the loops over the columns vectorise);
	 * otherwise each column is copied out and transformed on its own.
	 */
	static void transformColumns(double[][] re, double[][] im, boolean inverse) {
		int h = re.length;
		int w = re[0].length;
		Fft plan = plan(h);
		if (plan.factors != null || plan.chirpRe != null) {
			Parallel.forChunks(w, 16, (start, end) -> {
				double[] cr = new double[h];
				double[] ci = new double[h];
				for (int j = start; j < end; j++) {
					for (int i = 0; i < h; i++) {
						cr[i] = re[i][j];
						ci[i] = im[i][j];
					}
					plan.transform(cr, ci, inverse);
					for (int i = 0; i < h; i++) {
						re[i][j] = cr[i];
						im[i][j] = ci[i];
					}
				}
			});
			return;
		}
		for (int i = 0; i < h; i++) { // bit reversal: swap row references
			int j = plan.rev[i];
			if (j > i) {
				swap(re, i, j);
				swap(im, i, j);
			}
		}
		Parallel.forChunks(w, 256, (start, end) -> plan.radix2Rows(re, im, start, end, inverse));
	}

	/**
	 * {@link #radix2} on rows: element k is row k, columns [j0, j1); the input rows are in bit-reversed
	 * order. Every element goes through the stages half = 1, 2, 4, ... in order with the same butterflies
	 * as there.
	 */
	private void radix2Rows(double[][] re, double[][] im, int j0, int j1, boolean inverse) {
		stages(re, im, 0, m, 1, m, j0, j1, inverse ? -1.0 : 1.0);
	}

	/**
	 * The radix-2 stages with halfFrom &lt;= half &lt; halfTo on the rows [r0, r1) (whole butterfly
	 * groups), columns [j0, j1): two stages per pass where possible, a block of columns at a time.
	 */
	private void stages(double[][] re, double[][] im, int r0, int r1, int halfFrom, int halfTo, int j0, int j1,
		double sgn)
	{
		int half = halfFrom;
		if (half == 1 && half < halfTo) { // size-2 stage: no twiddles
			for (int i = r0; i + 1 < r1; i += 2) sumDiff(re[i], im[i], re[i + 1], im[i + 1], j0, j1);
			half = 2;
		}
		while (half < halfTo) {
			int h = half;
			if (2 * h < halfTo) { // stages h and 2h together
				for (int start = r0; start < r1; start += 4 * h) {
					for (int k = 0; k < h; k++) {
						double c1 = stageRe[h + k];
						double s1 = sgn * stageIm[h + k];
						double c2 = stageRe[2 * h + k];
						double s2 = sgn * stageIm[2 * h + k];
						double c3 = stageRe[3 * h + k];
						double s3 = sgn * stageIm[3 * h + k];
						int i0 = start + k;
						int i1 = i0 + h;
						int i2 = i1 + h;
						int i3 = i2 + h;
						for (int b0 = j0; b0 < j1; b0 += COLUMN_BLOCK) {
							int b1 = Math.min(j1, b0 + COLUMN_BLOCK);
							butterfly(re[i0], im[i0], re[i1], im[i1], c1, s1, b0, b1);
							butterfly(re[i2], im[i2], re[i3], im[i3], c1, s1, b0, b1);
							butterfly(re[i0], im[i0], re[i2], im[i2], c2, s2, b0, b1);
							butterfly(re[i1], im[i1], re[i3], im[i3], c3, s3, b0, b1);
						}
					}
				}
				half <<= 2;
			}
			else {
				for (int start = r0; start < r1; start += 2 * h) {
					for (int k = 0; k < h; k++) {
						int a = start + k;
						butterfly(re[a], im[a], re[a + h], im[a + h], stageRe[h + k], sgn * stageIm[h + k], j0, j1);
					}
				}
				half <<= 1;
			}
		}
	}

	/** Columns per block in {@link #radix2Rows}: the four rows of a block stay in the L1 cache. */
	private static final int COLUMN_BLOCK = 512;

	/** a, b = a + b, a - b. */
	private static void sumDiff(double[] ar, double[] ai, double[] br, double[] bi, int j0, int j1) {
		for (int j = j0; j < j1; j++) {
			double xr = ar[j];
			double xi = ai[j];
			double yr = br[j];
			double yi = bi[j];
			ar[j] = xr + yr;
			ai[j] = xi + yi;
			br[j] = xr - yr;
			bi[j] = xi - yi;
		}
	}

	/** t = b (c + i s); a, b = a + t, a - t (the radix-2 butterfly of {@link #radix2}). */
	private static void butterfly(double[] ar, double[] ai, double[] br, double[] bi, double c, double s, int j0,
		int j1)
	{
		for (int j = j0; j < j1; j++) {
			double xr = br[j];
			double xi = bi[j];
			double tr = xr * c - xi * s;
			double ti = xr * s + xi * c;
			double yr = ar[j];
			double yi = ai[j];
			br[j] = yr - tr;
			bi[j] = yi - ti;
			ar[j] = yr + tr;
			ai[j] = yi + ti;
		}
	}

	private static void swap(double[][] rows, int i, int j) {
		double[] t = rows[i];
		rows[i] = rows[j];
		rows[j] = t;
	}

	private static void scale(double[] x, double s) {
		for (int j = 0; j < x.length; j++) x[j] *= s;
	}

	private static final java.util.concurrent.ConcurrentHashMap<Integer, Fft> PLANS = new java.util.concurrent.ConcurrentHashMap<>();

	/** Immutable plan for length n, cached. */
	static Fft plan(int n) {
		return PLANS.computeIfAbsent(n, Fft::new);
	}

	/** Signed integer frequency of DFT bin k on an axis of length n (numpy fftfreq(n) * n). */
	static int signedFrequency(int k, int n) {
		return k < (n + 1) / 2 ? k : k - n;
	}

	/**
	 * {@code ifft2(fft2(x) .* H)} for a real image x (row-major) and a real frequency response H per DFT
	 * bin (rows), returned as {re, im} rows.
	 */
	static double[][][] filter(double[] x, int w, int h, double[][] response) {
		double[][] re = RowPlanes.rows(x, w, h);
		double[][] im = new double[h][w];
		fft2(re, im, false);
		// the inverse: rows of the product (as multiplying, then transformRows), columns, 1/(w*h)
		Fft plan = plan(w);
		Parallel.forChunks(h, 8, (start, end) -> {
			double[] rowRe = new double[w];
			double[] rowIm = new double[w];
			for (int i = start; i < end; i++) {
				plan.transformProduct(re[i], im[i], response[i], rowRe, rowIm, true);
				System.arraycopy(rowRe, 0, re[i], 0, w);
				System.arraycopy(rowIm, 0, im[i], 0, w);
			}
		});
		transformColumns(re, im, true);
		normalise(re, im);
		return new double[][][] { re, im };
	}
}
