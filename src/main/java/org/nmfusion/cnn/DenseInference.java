package org.nmfusion.cnn;

/**
 * Tiled dense inference. The half-resolution output grid is split into tiles of tileSize/2 rows and columns;
 * each tile is computed from the input region it needs plus a halo of {@link #HALO} pixels (even, so the
 * pooling grid stays aligned), and the score map and features are stitched. Every value a tile keeps only
 * depends on real input pixels of that region (the receptive field of a score reaches 4 pixels beyond its
 * 16x16 block), so the result equals the untiled computation.
 *
 * <p>When a tile does not fit in memory (a Java {@link OutOfMemoryError}, or the engine's native memory, which
 * {@link FocusModel} implementations report as an {@code OutOfMemoryError} too), the run starts again with tiles
 * of half the side, down to {@link #MIN_TILE}; only then does the error reach the caller.
 */
public final class DenseInference {
	public static final int HALO = 16;
	/** The smallest tile side tried after running out of memory. */
	public static final int MIN_TILE = 64;

	/** Receives the tiles of a run, each with the block of the half-resolution grid it owns. */
	@FunctionalInterface
	public interface TileConsumer {
		/**
		 * @param tile the dense output of the tile's input region
		 * @param r0 first owned row of the half-resolution (feature) grid of the whole image
		 * @param r1 end (exclusive) of the owned rows
		 * @param c0 first owned column
		 * @param c1 end (exclusive) of the owned columns
		 * @param oy row of the whole image's half-resolution grid where the tile's own grid starts
		 * @param ox column where the tile's own grid starts
		 */
		void accept(DenseOutput tile, int r0, int r1, int c0, int c1, int oy, int ox);
	}

	private DenseInference() {
	}

	/** Whether a w x h pair is computed in one piece with tiles of the given side. */
	public static boolean fitsOneTile(int w, int h, int tileSize) {
		return w <= tileSize + 2 * HALO && h <= tileSize + 2 * HALO;
	}

	public static DenseOutput run(FocusModel model, float[] a, float[] b, int w, int h, boolean withFeatures,
		int tileSize)
	{
		check(a, b, w, h);
		checkTile(tileSize);
		int h2 = (h + 1) / 2, w2 = (w + 1) / 2;
		int sh = h2 - 7, sw = w2 - 7;
		int c3 = model.featureChannels();
		DenseOutput[] whole = new DenseOutput[1];
		float[][] stitched = new float[3][];
		forEachTile(model, a, b, w, h, withFeatures, tileSize, (t, r0, r1, c0, c1, oy, ox) -> {
			if (r0 == 0 && c0 == 0 && r1 == h2 && c1 == w2 && t.width == w && t.height == h) {
				whole[0] = t;
				return;
			}
			if (stitched[0] == null) {
				stitched[0] = new float[sw * sh];
				stitched[1] = withFeatures ? new float[c3 * h2 * w2] : null;
				stitched[2] = withFeatures ? new float[c3 * h2 * w2] : null;
			}
			copyOwnedScores(t, r0, r1, c0, c1, oy, ox, stitched[0], sw, sh);
			if (withFeatures) {
				copyOwnedFeatures(t, r0, r1, c0, c1, oy, ox, stitched[1], stitched[2], w2, h2, 0, 0);
			}
		});
		return whole[0] != null ? whole[0] : new DenseOutput(w, h, stitched[0], c3, stitched[1], stitched[2]);
	}

	/**
	 * Runs the model tile by tile and hands every tile to {@code consumer} (one call with the whole image when it
	 * fits in one tile). After running out of memory the tiles are halved and the run starts again, so a consumer
	 * must only write the owned block of each tile (then a repeated tile overwrites the same values).
	 */
	public static void forEachTile(FocusModel model, float[] a, float[] b, int w, int h, boolean withFeatures,
		int tileSize, TileConsumer consumer)
	{
		check(a, b, w, h);
		checkTile(tileSize);
		int t = tileSize;
		while (true) {
			try {
				tiles(model, a, b, w, h, withFeatures, t, consumer);
				return;
			}
			catch (OutOfMemoryError e) {
				if (t <= MIN_TILE) {
					throw e;
				}
				t = Math.max(MIN_TILE, t / 4 * 2); // half the side, kept even
			}
		}
	}

	private static void tiles(FocusModel model, float[] a, float[] b, int w, int h, boolean withFeatures,
		int tileSize, TileConsumer consumer)
	{
		int h2 = (h + 1) / 2, w2 = (w + 1) / 2;
		if (fitsOneTile(w, h, tileSize)) {
			consumer.accept(model.denseUntiled(a, b, w, h, withFeatures), 0, h2, 0, w2, 0, 0);
			return;
		}
		int t2 = tileSize / 2;
		for (int r0 = 0; r0 < h2; r0 += t2) {
			int r1 = Math.min(h2, r0 + t2);
			int ys = Math.max(0, 2 * r0 - HALO);
			int ye = Math.min(h, 2 * r1 + 14 + HALO);
			for (int c0 = 0; c0 < w2; c0 += t2) {
				int c1 = Math.min(w2, c0 + t2);
				int xs = Math.max(0, 2 * c0 - HALO);
				int xe = Math.min(w, 2 * c1 + 14 + HALO);
				int tw = xe - xs, th = ye - ys;
				DenseOutput t = model.denseUntiled(crop(a, w, xs, ys, tw, th), crop(b, w, xs, ys, tw, th), tw, th,
					withFeatures);
				consumer.accept(t, r0, r1, c0, c1, ys / 2, xs / 2);
			}
		}
	}

	/** Copies the scores a tile owns into the sw x sh score map of the whole image. */
	public static void copyOwnedScores(DenseOutput t, int r0, int r1, int c0, int c1, int oy, int ox, float[] scores,
		int sw, int sh)
	{
		int iEnd = Math.min(c1, sw);
		for (int j = r0; j < Math.min(r1, sh); j++) {
			if (iEnd > c0) {
				System.arraycopy(t.scores, (j - oy) * t.scoreWidth + (c0 - ox), scores, j * sw + c0, iEnd - c0);
			}
		}
	}

	/**
	 * Copies the features a tile owns (rows r0..r1, columns c0..c1 of the whole image's half-resolution grid) into
	 * channel-planar arrays of dw x dh values per channel whose origin is grid position (dy, dx).
	 */
	public static void copyOwnedFeatures(DenseOutput t, int r0, int r1, int c0, int c1, int oy, int ox, float[] fa,
		float[] fb, int dw, int dh, int dy, int dx)
	{
		int tfw = t.featureWidth, tfh = t.featureHeight;
		for (int c = 0; c < t.featureChannels; c++) {
			for (int r = r0; r < r1; r++) {
				int src = c * tfh * tfw + (r - oy) * tfw + (c0 - ox);
				int dst = c * dh * dw + (r - dy) * dw + (c0 - dx);
				System.arraycopy(t.featuresA, src, fa, dst, c1 - c0);
				System.arraycopy(t.featuresB, src, fb, dst, c1 - c0);
			}
		}
	}

	/**
	 * The features of the rows of the half-resolution grid at {@code row}: channel-planar, C x ceil(w/2) values for A
	 * (index 0) and B (index 1). Computed from a strip of the input rows that row needs plus the halo.
	 */
	public static float[][] featureRow(FocusModel model, float[] a, float[] b, int w, int h, int row, int tileSize) {
		check(a, b, w, h);
		int h2 = (h + 1) / 2, w2 = (w + 1) / 2;
		if (row < 0 || row >= h2) {
			throw new IllegalArgumentException("feature row " + row + " is outside 0.." + (h2 - 1));
		}
		int ys = Math.max(0, 2 * row - HALO);
		int ye = Math.min(h, 2 * row + 16 + HALO);
		int th = ye - ys;
		DenseOutput d = run(model, crop(a, w, 0, ys, w, th), crop(b, w, 0, ys, w, th), w, th, true, tileSize);
		int r = row - ys / 2;
		float[] fa = new float[d.featureChannels * w2], fb = new float[d.featureChannels * w2];
		copyOwnedFeatures(d, r, r + 1, 0, w2, 0, 0, fa, fb, w2, 1, r, 0);
		return new float[][] { fa, fb };
	}

	static void check(float[] a, float[] b, int w, int h) {
		if (a == null || b == null) {
			throw new IllegalArgumentException("both images are required");
		}
		if (w < FocusModel.PATCH || h < FocusModel.PATCH) {
			throw new IllegalArgumentException("images must be at least 16x16, got " + w + "x" + h);
		}
		if (a.length != (long) w * h || b.length != (long) w * h) {
			throw new IllegalArgumentException("image sizes differ from " + w + "x" + h + ": " + a.length + " and "
				+ b.length + " pixels");
		}
	}

	private static void checkTile(int tileSize) {
		if (tileSize < 16 || tileSize % 2 != 0) {
			throw new IllegalArgumentException("tile size must be even and >= 16, got " + tileSize);
		}
	}

	static float[] crop(float[] src, int w, int xs, int ys, int tw, int th) {
		if (xs == 0 && ys == 0 && tw == w && (long) th * tw == src.length) {
			return src;
		}
		float[] out = new float[tw * th];
		for (int y = 0; y < th; y++) {
			System.arraycopy(src, (ys + y) * w + xs, out, y * tw, tw);
		}
		return out;
	}
}
