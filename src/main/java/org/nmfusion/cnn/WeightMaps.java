package org.nmfusion.cnn;

/** Weight map from a score map (SPEC 2). */
public final class WeightMaps {
    private WeightMaps() {
    }

    /**
     * Score (j,i) is added to the 16x16 block whose top-left corner is (2j, 2i), clipped at the border;
     * Wc = sum / count per pixel. Uses 2-D difference arrays, O(w*h).
     */
    public static float[] fromScores(float[] scores, int sw, int sh, int w, int h) {
        if (w < FocusModel.PATCH || h < FocusModel.PATCH) {
            throw new IllegalArgumentException("image must be at least 16x16 for a weight map, got " + w + "x" + h);
        }
        if (sw < 1 || sh < 1 || scores.length != (long) sw * sh) {
            throw new IllegalArgumentException("score map size " + sw + "x" + sh + " does not match "
                    + scores.length + " values");
        }
        int W = w + 1;
        double[] sum = new double[W * (h + 1)];
        int[] cnt = new int[W * (h + 1)];
        for (int j = 0; j < sh; j++) {
            int y0 = 2 * j;
            if (y0 >= h) {
                continue;
            }
            int y1 = Math.min(h, y0 + FocusModel.PATCH);
            for (int i = 0; i < sw; i++) {
                int x0 = 2 * i;
                if (x0 >= w) {
                    continue;
                }
                int x1 = Math.min(w, x0 + FocusModel.PATCH);
                double s = scores[j * sw + i];
                sum[y0 * W + x0] += s;
                sum[y0 * W + x1] -= s;
                sum[y1 * W + x0] -= s;
                sum[y1 * W + x1] += s;
                cnt[y0 * W + x0]++;
                cnt[y0 * W + x1]--;
                cnt[y1 * W + x0]--;
                cnt[y1 * W + x1]++;
            }
        }
        // 2-D prefix sums
        for (int y = 0; y <= h; y++) {
            for (int x = 1; x <= w; x++) {
                sum[y * W + x] += sum[y * W + x - 1];
                cnt[y * W + x] += cnt[y * W + x - 1];
            }
        }
        for (int y = 1; y <= h; y++) {
            for (int x = 0; x <= w; x++) {
                sum[y * W + x] += sum[(y - 1) * W + x];
                cnt[y * W + x] += cnt[(y - 1) * W + x];
            }
        }
        float[] out = new float[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int c = cnt[y * W + x];
                out[y * w + x] = c > 0 ? (float) (sum[y * W + x] / c) : 0.5f;
            }
        }
        return out;
    }
}
