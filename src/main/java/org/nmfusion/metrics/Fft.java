package org.nmfusion.metrics;

/**
 * Complex discrete Fourier transforms of any size (iterative radix-2 for powers of two, Bluestein's
 * chirp-z algorithm otherwise), in 1-D and 2-D on split real/imaginary row-major arrays. Forward is
 * unnormalised; inverse includes 1/(M*N) (MATLAB fft2/ifft2 conventions, METRICS.md 0.7).
 */
final class Fft {

    private final int n;
    // radix-2 tables (for n a power of two) or for the Bluestein length m
    private final int m;
    private final double[] cosT;
    private final double[] sinT;
    private final int[] rev;
    // Bluestein
    private final double[] chirpRe;
    private final double[] chirpIm;
    private final double[] bRe;
    private final double[] bIm;

    Fft(int n) {
        if (n <= 0) {
            throw new IllegalArgumentException("FFT length must be positive: " + n);
        }
        this.n = n;
        boolean pow2 = Integer.bitCount(n) == 1;
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
            radix2(bRe, bIm, false);
        }
    }

    /** In-place transform of re/im (length n); {@code inverse} without normalisation. */
    void transform(double[] re, double[] im, boolean inverse) {
        if (chirpRe == null) {
            radix2(re, im, inverse);
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
        radix2(xr, xi, false);
        for (int k = 0; k < m; k++) {
            double br = bRe[k];
            double bi = inverse ? -bIm[k] : bIm[k];
            // for the inverse the chirp is conjugated; conj(FFT(conj b)) pattern: use symmetric b
            double r = xr[k] * br - xi[k] * bi;
            double i = xr[k] * bi + xi[k] * br;
            xr[k] = r;
            xi[k] = i;
        }
        radix2(xr, xi, true);
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

    private void radix2(double[] re, double[] im, boolean inverse) {
        int len = m;
        for (int i = 0; i < len; i++) {
            int j = rev[i];
            if (j > i) {
                double t = re[i];
                re[i] = re[j];
                re[j] = t;
                t = im[i];
                im[i] = im[j];
                im[j] = t;
            }
        }
        for (int size = 2; size <= len; size <<= 1) {
            int half = size >> 1;
            int step = len / size;
            for (int start = 0; start < len; start += size) {
                for (int k = 0; k < half; k++) {
                    double c = cosT[k * step];
                    double s = inverse ? sinT[k * step] : -sinT[k * step];
                    int a = start + k;
                    int b = a + half;
                    double tr = re[b] * c - im[b] * s;
                    double ti = re[b] * s + im[b] * c;
                    re[b] = re[a] - tr;
                    im[b] = im[a] - ti;
                    re[a] += tr;
                    im[a] += ti;
                }
            }
        }
    }

    /**
     * 2-D DFT in place of an h x w row-major complex array; the inverse includes 1/(w*h).
     */
    static void fft2(double[] re, double[] im, int w, int h, boolean inverse) {
        Fft rows = new Fft(w);
        Fft cols = h == w ? rows : new Fft(h);
        double[] tr = new double[w];
        double[] ti = new double[w];
        for (int i = 0; i < h; i++) {
            System.arraycopy(re, i * w, tr, 0, w);
            System.arraycopy(im, i * w, ti, 0, w);
            rows.transform(tr, ti, inverse);
            System.arraycopy(tr, 0, re, i * w, w);
            System.arraycopy(ti, 0, im, i * w, w);
        }
        double[] cr = new double[h];
        double[] ci = new double[h];
        for (int j = 0; j < w; j++) {
            for (int i = 0; i < h; i++) {
                cr[i] = re[i * w + j];
                ci[i] = im[i * w + j];
            }
            cols.transform(cr, ci, inverse);
            for (int i = 0; i < h; i++) {
                re[i * w + j] = cr[i];
                im[i * w + j] = ci[i];
            }
        }
        if (inverse) {
            double s = 1.0 / ((double) w * h);
            for (int i = 0; i < re.length; i++) {
                re[i] *= s;
                im[i] *= s;
            }
        }
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
        double[] re = x.clone();
        double[] im = new double[x.length];
        fft2(re, im, w, h, false);
        for (int i = 0; i < re.length; i++) {
            re[i] *= response[i];
            im[i] *= response[i];
        }
        fft2(re, im, w, h, true);
        return re;
    }
}
