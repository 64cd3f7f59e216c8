package org.nmfusion.metrics;

/** Small numeric helpers shared by the metrics (package-private). */
final class MathUtil {

    private MathUtil() {
    }

    /** MATLAB/Octave {@code round}: nearest integer, ties away from zero. */
    static double round(double x) {
        double ax = Math.abs(x);
        double t = Math.floor(ax);
        if (ax - t >= 0.5) {
            t += 1.0;
        }
        return Math.copySign(t, x);
    }

    static double mean(double[] v) {
        double s = 0;
        for (double x : v) s += x;
        return s / v.length;
    }

    /** Mean over the non-NaN entries (NaN if there are none). */
    static double nanMean(double[] v) {
        double s = 0;
        long n = 0;
        for (double x : v) {
            if (!Double.isNaN(x)) {
                s += x;
                n++;
            }
        }
        return s / n;
    }

    static double sum(double[] v) {
        double s = 0;
        for (double x : v) s += x;
        return s;
    }

    /** MATLAB {@code max(a, b)}: a NaN operand is ignored. */
    static double nanMax(double a, double b) {
        if (Double.isNaN(a)) return b;
        if (Double.isNaN(b)) return a;
        return Math.max(a, b);
    }

    static double[] mul(double[] a, double[] b) {
        double[] r = new double[a.length];
        for (int i = 0; i < r.length; i++) r[i] = a[i] * b[i];
        return r;
    }

    static double log2(double x) {
        return Math.log(x) / Math.log(2.0);
    }
}
