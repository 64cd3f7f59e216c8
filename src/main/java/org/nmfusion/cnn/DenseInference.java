package org.nmfusion.cnn;

/**
 * Tiled dense inference. The half-resolution output grid is split into tiles of tileSize/2 rows and columns;
 * each tile is computed from the input region it needs plus a halo of {@link #HALO} pixels (even, so the
 * pooling grid stays aligned), and the score map and features are stitched. Every value a tile keeps only
 * depends on real input pixels of that region (the receptive field of a score reaches 4 pixels beyond its
 * 16x16 block), so the result equals the untiled computation.
 */
public final class DenseInference {
	public static final int HALO = 16;

	private DenseInference() {
	}

	public static DenseOutput run(FocusModel model, float[] a, float[] b, int w, int h, boolean withFeatures,
			int tileSize) {
		check(a, b, w, h);
		if (tileSize < 16 || tileSize % 2 != 0) {
			throw new IllegalArgumentException("tile size must be even and >= 16, got " + tileSize);
		}
		if (w <= tileSize + 2 * HALO && h <= tileSize + 2 * HALO) {
			return model.denseUntiled(a, b, w, h, withFeatures);
		}
		int h2 = (h + 1) / 2, w2 = (w + 1) / 2;
		int sh = h2 - 7, sw = w2 - 7;
		int t2 = tileSize / 2;
		float[] scores = new float[sw * sh];
		int c3 = model.featureChannels();
		float[] fa = withFeatures ? new float[c3 * h2 * w2] : null;
		float[] fb = withFeatures ? new float[c3 * h2 * w2] : null;
		for (int r0 = 0; r0 < h2; r0 += t2) {
			int r1 = Math.min(h2, r0 + t2);
			int ys = Math.max(0, 2 * r0 - HALO);
			int ye = Math.min(h, 2 * r1 + 14 + HALO);
			for (int c0 = 0; c0 < w2; c0 += t2) {
				int c1 = Math.min(w2, c0 + t2);
				int xs = Math.max(0, 2 * c0 - HALO);
				int xe = Math.min(w, 2 * c1 + 14 + HALO);
				int tw = xe - xs, th = ye - ys;
				float[] ta = crop(a, w, xs, ys, tw, th);
				float[] tb = crop(b, w, xs, ys, tw, th);
				DenseOutput t = model.denseUntiled(ta, tb, tw, th, withFeatures);
				int oy = ys / 2, ox = xs / 2;
				for (int j = r0; j < Math.min(r1, sh); j++) {
					int iEnd = Math.min(c1, sw);
					if (iEnd > c0) {
						System.arraycopy(t.scores, (j - oy) * t.scoreWidth + (c0 - ox), scores, j * sw + c0,
								iEnd - c0);
					}
				}
				if (withFeatures) {
					int tfw = t.featureWidth, tfh = t.featureHeight;
					for (int c = 0; c < c3; c++) {
						for (int r = r0; r < r1; r++) {
							int src = c * tfh * tfw + (r - oy) * tfw + (c0 - ox);
							int dst = c * h2 * w2 + r * w2 + c0;
							System.arraycopy(t.featuresA, src, fa, dst, c1 - c0);
							System.arraycopy(t.featuresB, src, fb, dst, c1 - c0);
						}
					}
				}
			}
		}
		return new DenseOutput(w, h, scores, c3, fa, fb);
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

	static float[] crop(float[] src, int w, int xs, int ys, int tw, int th) {
		float[] out = new float[tw * th];
		for (int y = 0; y < th; y++) {
			System.arraycopy(src, (ys + y) * w + xs, out, y * tw, tw);
		}
		return out;
	}
}
