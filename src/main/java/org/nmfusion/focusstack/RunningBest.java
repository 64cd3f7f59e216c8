package org.nmfusion.focusstack;

import java.util.Arrays;

import org.nmfusion.util.Parallel;

/**
 * The running best slice of every pixel while the slices' focus scores arrive one by one, in slice order:
 * its index and score, the scores of the slices just before and just after it (for the sub-slice parabola)
 * and the second-best score (for the confidence). Five planes whatever the number of slices.
 */
public final class RunningBest {

	private final int size;
	private final int[] index;
	private final float[] best, before, after, second;
	private int seen;

	public RunningBest(final int size) {
		this.size = size;
		index = new int[size];
		best = new float[size];
		before = new float[size];
		after = new float[size];
		second = new float[size];
		Arrays.fill(best, Float.NEGATIVE_INFINITY);
		Arrays.fill(second, Float.NEGATIVE_INFINITY);
		Arrays.fill(after, Float.NaN);
	}

	/**
	 * Takes the scores of slice k (k = the number of slices already seen); {@code previous} holds the scores of
	 * slice k - 1 (ignored for k = 0).
	 */
	public void accept(final int k, final float[] scores, final float[] previous) {
		if (k != seen) throw new IllegalStateException("slice " + k + " given after " + seen + " slices; slices must come in order");
		Parallel.forChunks(size, 4096, (i0, i1) -> {
			for (int i = i0; i < i1; i++) {
				final float v = scores[i];
				if (v > best[i]) {
					second[i] = best[i];
					best[i] = v;
					index[i] = k;
					before[i] = k == 0 ? Float.NaN : previous[i];
					after[i] = Float.NaN;
				}
				else {
					if (v > second[i]) second[i] = v;
					if (index[i] == k - 1) after[i] = v;
				}
			}
		});
		seen++;
	}

	/** Number of slices seen. */
	public int seen() { return seen; }

	/**
	 * Writes the sub-slice height of every pixel: the best index plus the vertex offset, in [-0.5, 0.5], of the
	 * parabola through the log scores of the best slice and its two neighbours (a Gaussian fit of the focus
	 * curve); the index itself at the first and last slice.
	 */
	public void height(final float[] out) {
		Parallel.forChunks(size, 4096, (i0, i1) -> {
			for (int i = i0; i < i1; i++)
				out[i] = index[i] + offset(before[i], best[i], after[i]);
		});
	}

	/** Writes the best slice index of every pixel. */
	public void index(final float[] out) {
		for (int i = 0; i < size; i++)
			out[i] = index[i];
	}

	/** Writes the confidence: the margin of the best score over the second, relative to the best (0..1). */
	public void confidence(final float[] out) {
		Parallel.forChunks(size, 4096, (i0, i1) -> {
			for (int i = i0; i < i1; i++) {
				final float b = best[i], s = second[i];
				out[i] = b > 0 && s > Float.NEGATIVE_INFINITY ? (b - Math.max(0, s)) / b : 0;
			}
		});
	}

	/** Writes the absolute margin of the best score over the second (the weight of a pixel in smoothing). */
	public void margin(final float[] out) {
		for (int i = 0; i < size; i++) {
			final float s = second[i];
			out[i] = s > Float.NEGATIVE_INFINITY ? best[i] - s : 0;
		}
	}

	/** Vertex offset of the parabola through (-1, ln p), (0, ln b), (1, ln n); 0 when a neighbour is missing. */
	static float offset(final float p, final float b, final float n) {
		if (!(p == p) || !(n == n) || b <= 0) return 0;
		final double lp = Math.log(Math.max(p, b * 1e-6)), lb = Math.log(b), ln = Math.log(Math.max(n, b * 1e-6));
		final double denominator = lp - 2 * lb + ln;
		if (denominator >= 0) return 0;
		final double d = 0.5 * (lp - ln) / denominator;
		return (float) Math.max(-0.5, Math.min(0.5, d));
	}
}
