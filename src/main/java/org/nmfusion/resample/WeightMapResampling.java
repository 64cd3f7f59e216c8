package org.nmfusion.resample;

/**
 * Resampling of weight maps to the image grid (docs/method.md, sections 4 and 5), on row-major {@code float[]} maps:
 * x2 bilinear upsampling of a pooled map, and the block averaging of Liu et al. 2017 where every score
 * (j, i) is added to the {@code block} x {@code block} square whose top-left corner is
 * (stride j, stride i), clipped at the border, and each pixel gets sum / count. The CNN stage uses stride 2
 * on its score map; the NMF weight map Wn uses stride 1 on the upsampled map.
 */
public final class WeightMapResampling {

	/** Block size of the Siamese CNN's patches. */
	public static final int BLOCK = 16;

	private WeightMapResampling() {}

	/** Writes row {@code j} of a map into {@code row}. */
	@FunctionalInterface
	public interface RowSource {
		void row(int j, float[] row);
	}

	/** Receives row {@code y} of a result; the array is reused for the next row. */
	@FunctionalInterface
	public interface RowSink {
		void row(int y, float[] row);
	}

	/**
	 * x2 bilinear upsampling with pixel-centre alignment: output pixel (y, x) samples the input at
	 * ((y + 0.5) / 2 - 0.5, (x + 0.5) / 2 - 0.5), clamped to the input. Output size outW x outH, normally
	 * 2w x 2h or one less for odd image sizes.
	 */
	public static float[] upsample2x(final float[] map, final int w, final int h, final int outW, final int outH) {
		final RowSource up = upsampledRows(map, w, h, outW, outH);
		final float[] out = new float[outH * outW], row = new float[outW];
		for (int y = 0; y < outH; y++) {
			up.row(y, row);
			System.arraycopy(row, 0, out, y * outW, outW);
		}
		return out;
	}

	/** The rows of {@link #upsample2x}, computed on demand. */
	static RowSource upsampledRows(final float[] map, final int w, final int h, final int outW, final int outH) {
		checkMap(map, w, h, "map");
		if (outH < 1 || outW < 1) throw new IllegalArgumentException("output size must be positive, got " + outW + " x " + outH);
		final int[] y0 = new int[outH], x0 = new int[outW];
		final float[] fy = new float[outH], fx = new float[outW];
		axis(h, outH, y0, fy);
		axis(w, outW, x0, fx);
		return (y, out) -> {
			final int ra = y0[y] * w, rb = Math.min(y0[y] + 1, h - 1) * w;
			final float wy = fy[y];
			for (int x = 0; x < outW; x++) {
				final int xa = x0[x], xb = Math.min(xa + 1, w - 1);
				final float wx = fx[x];
				final float top = map[ra + xa] + wx * (map[ra + xb] - map[ra + xa]);
				final float bottom = map[rb + xa] + wx * (map[rb + xb] - map[rb + xa]);
				out[x] = top + wy * (bottom - top);
			}
		};
	}

	private static void axis(final int n, final int outN, final int[] i0, final float[] frac) {
		for (int o = 0; o < outN; o++) {
			double s = (o + 0.5) / 2 - 0.5;
			s = Math.max(0, Math.min(n - 1, s));
			final int f = (int) Math.floor(s);
			i0[o] = Math.min(f, n - 1);
			frac[o] = (float) (s - f);
		}
	}

	/**
	 * Block averaging: out(y, x) = mean of scores(j, i) over all (j, i) whose block
	 * [stride j, stride j + block) x [stride i, stride i + block) contains (y, x). Pixels no block covers
	 * get 0.5 (no preference). Computed with prefix sums in double (O(1) per pixel).
	 */
	public static float[] blockAverage(final float[] scores, final int sw, final int sh, final int stride, final int block, final int outW,
		final int outH)
	{
		checkMap(scores, sw, sh, "score map");
		float lo = Float.POSITIVE_INFINITY, hi = Float.NEGATIVE_INFINITY;
		for (final float s : scores) {
			lo = Math.min(lo, s);
			hi = Math.max(hi, s);
		}
		final float[] out = new float[Math.max(0, outH) * Math.max(0, outW)];
		blockAverage((j, row) -> System.arraycopy(scores, j * sw, row, 0, sw), sw, sh, stride, block, outW, outH, lo, hi,
			(y, row) -> System.arraycopy(row, 0, out, y * outW, outW));
		return out;
	}

	/**
	 * {@link #blockAverage(float[], int, int, int, int, int, int)} row by row: the score rows are read once, in order,
	 * and only the prefix-sum rows that one output row needs are kept, so the memory is O(block / stride x width)
	 * instead of a double copy of the whole map. {@code lo} and {@code hi} are the minimum and maximum score (averages are
	 * clamped to them, which removes only round-off).
	 */
	public static void blockAverage(final RowSource scores, final int sw, final int sh, final int stride, final int block, final int outW,
		final int outH, final float lo, final float hi, final RowSink sink)
	{
		if (sh < 1 || sw < 1) throw new IllegalArgumentException("score map is empty (" + sw + " x " + sh + ")");
		if (stride < 1 || block < 1) throw new IllegalArgumentException("stride and block must be >= 1, got " + stride + ", " + block);
		if (outH < 1 || outW < 1) throw new IllegalArgumentException("output size must be positive, got " + outW + " x " + outH);
		final int[] ja = new int[outH], jb = new int[outH], ia = new int[outW], ib = new int[outW];
		ranges(outH, sh, stride, block, ja, jb);
		ranges(outW, sw, stride, block, ia, ib);
		// prefix-sum rows 0 .. sh; row r lives in slot r % ring while it can still be needed
		final int ring = (block + stride - 1) / stride + 2;
		final double[][] ps = new double[ring][sw + 1];
		final float[] scoreRow = new float[sw], out = new float[outW];
		int done = 0; // prefix rows 0 .. done are computed (row 0 is all zeros)
		for (int y = 0; y < outH; y++) {
			final int j0 = ja[y], j1 = jb[y]; // half-open [j0, j1) x [i0, i1)
			while (done < j1 && j1 > j0) { // j1 <= sh when any block covers the row
				scores.row(done, scoreRow);
				final double[] prev = ps[done % ring], next = ps[(done + 1) % ring];
				double row = 0;
				for (int i = 0; i < sw; i++) {
					row += scoreRow[i];
					next[i + 1] = prev[i + 1] + row;
				}
				done++;
			}
			final double[] p0 = ps[j0 % ring], p1 = ps[j1 % ring]; // read only where count > 0
			for (int x = 0; x < outW; x++) {
				final int i0 = ia[x], i1 = ib[x];
				final long count = (long) (j1 - j0) * (i1 - i0);
				if (count <= 0) {
					out[x] = 0.5f;
					continue;
				}
				final double sum = p1[i1] - p0[i1] - p1[i0] + p0[i0];
				out[x] = Math.max(lo, Math.min(hi, (float) (sum / count)));
			}
			sink.row(y, out);
		}
	}

	/** For each pixel p: the score indices j with stride j <= p < stride j + block, as [a, b). */
	private static void ranges(final int outN, final int n, final int stride, final int block, final int[] a, final int[] b) {
		for (int p = 0; p < outN; p++) {
			final int lo = Math.max(0, Math.floorDiv(p - block, stride) + 1);
			final int hi = Math.min(n - 1, Math.floorDiv(p, stride));
			a[p] = lo;
			b[p] = Math.max(lo, hi + 1);
		}
	}

	/**
	 * The NMF weight map at image resolution (docs/method.md, section 5.2): x2 bilinear upsampling of the pooled map to
	 * width x height, then 16 x 16 block averaging with stride 1.
	 */
	public static float[] pooledToImage(final float[] pooled, final int pw, final int ph, final int width, final int height) {
		final float[] out = new float[height * width];
		pooledToImage(pooled, pw, ph, width, height, (y, row) -> System.arraycopy(row, 0, out, y * width, width));
		return out;
	}

	/** {@link #pooledToImage(float[], int, int, int, int)} row by row, without the upsampled map in memory. */
	public static void pooledToImage(final float[] pooled, final int pw, final int ph, final int width, final int height, final RowSink sink) {
		final RowSource up = upsampledRows(pooled, pw, ph, width, height);
		final float[] row = new float[width];
		float lo = Float.POSITIVE_INFINITY, hi = Float.NEGATIVE_INFINITY;
		for (int y = 0; y < height; y++) {
			up.row(y, row);
			for (final float v : row) {
				lo = Math.min(lo, v);
				hi = Math.max(hi, v);
			}
		}
		blockAverage(up, width, height, 1, BLOCK, width, height, lo, hi, sink);
	}

	private static void checkMap(final float[] map, final int w, final int h, final String what) {
		if (map == null) throw new IllegalArgumentException(what + " is null");
		if (h < 1 || w < 1) throw new IllegalArgumentException(what + " is empty (" + w + " x " + h + ")");
		if ((long) h * w != map.length)
			throw new IllegalArgumentException(what + " size mismatch: " + w + " x " + h + " needs " + (long) h * w + " values, got " + map.length);
	}
}
