package org.nmfusion.fusion.weights;

import java.util.ArrayList;
import java.util.List;

import org.nmfusion.cnn.DenseInference;
import org.nmfusion.cnn.DenseOutput;
import org.nmfusion.cnn.FocusModel;
import org.nmfusion.cnn.WeightMaps;
import org.nmfusion.image.Plane;
import org.nmfusion.nmf.NmfOptions;

/**
 * NMF stage 1 ({@link FeatureNmfWeightMap}) and the CNN map Wc for a pair larger than one CNN tile, without stitching
 * the features of the whole image. The basis is fitted on the features at the grid pixels; every tile's owned block
 * of features then gives its pixels' coefficients and Wn (a pixel's coefficients depend only on the basis and its
 * own features), so the result equals the one-piece computation.
 *
 * <p>Two ways to get the grid before the tiles' coefficients: keep the tiles of one CNN pass until the basis is
 * fitted (memory: the features of the whole image), or compute the grid rows first from strips of input rows and
 * drop every tile at once (memory: one tile; a partial second CNN pass).
 */
final class TileWiseStageOne {

	private final FocusModel model;
	private final float[] a, b;
	private final int w, h, fw, fh, c, stride, gw, q;
	private final NmfOptions options;
	private final double tau;
	/** V = [FA; FB] at the grid pixels, 2C x q, in the order FeatureNmfWeightMap fits on. */
	private final float[] columns;
	private float[] blockA = new float[0], blockB = blockA;

	TileWiseStageOne(final FocusModel model, final Plane a, final Plane b, final NmfOptions options, final double tau, final int maxFitPixels) {
		this.model = model;
		this.a = a.data();
		this.b = b.data();
		w = a.width();
		h = a.height();
		fw = (w + 1) / 2;
		fh = (h + 1) / 2;
		c = model.featureChannels();
		stride = FeatureNmfWeightMap.gridStride(fw * fh, maxFitPixels);
		gw = (fw + stride - 1) / stride;
		q = ((fh + stride - 1) / stride) * gw;
		this.options = options;
		this.tau = tau;
		columns = new float[2 * c * q];
	}

	/**
	 * Writes Wn at pooled resolution (ceil(h/2) x ceil(w/2)) into {@code wnPooled} and returns Wc.
	 *
	 * @param keepTiles one CNN pass, keeping its tiles until the basis is fitted; if that runs out of memory, or
	 *        without it, the grid rows first
	 */
	float[] run(final boolean keepTiles, final float[] wnPooled) {
		if (keepTiles) {
			try {
				return keptTiles(wnPooled);
			}
			catch (final OutOfMemoryError e) { // the kept tiles went with that call: go on with one tile at a time
			}
		}
		return gridRowsFirst(wnPooled);
	}

	private float[] keptTiles(final float[] wnPooled) {
		final int sw = DenseOutput.scoreWidth(w), sh = DenseOutput.scoreWidth(h);
		final float[] scores = new float[sw * sh];
		final List<OwnedTile> tiles = new ArrayList<>();
		DenseInference.forEachTile(model, a, b, w, h, true, model.tileSize(), (t, r0, r1, c0, c1, oy, ox) -> {
			if (r0 == 0 && c0 == 0) tiles.clear(); // a new attempt with smaller tiles after running out of memory
			DenseInference.copyOwnedScores(t, r0, r1, c0, c1, oy, ox, scores, sw, sh);
			final OwnedTile tile = new OwnedTile(t, r0, r1, c0, c1, oy, ox);
			tile.gridColumns();
			tiles.add(tile);
		});
		final FeatureNmfWeightMap.Basis basis = fit();
		for (int i = 0; i < tiles.size(); i++) {
			tiles.get(i).weights(basis, wnPooled);
			tiles.set(i, null); // its features can go
		}
		return WeightMaps.fromScores(scores, sw, sh, w, h);
	}

	private float[] gridRowsFirst(final float[] wnPooled) {
		gridRows();
		final FeatureNmfWeightMap.Basis basis = fit();
		final int sw = DenseOutput.scoreWidth(w), sh = DenseOutput.scoreWidth(h);
		final float[] scores = new float[sw * sh];
		DenseInference.forEachTile(model, a, b, w, h, true, model.tileSize(), (t, r0, r1, c0, c1, oy, ox) -> {
			DenseInference.copyOwnedScores(t, r0, r1, c0, c1, oy, ox, scores, sw, sh);
			new OwnedTile(t, r0, r1, c0, c1, oy, ox).weights(basis, wnPooled);
		});
		return WeightMaps.fromScores(scores, sw, sh, w, h);
	}

	private FeatureNmfWeightMap.Basis fit() {
		return FeatureNmfWeightMap.Basis.fit(columns, c, q, options, tau);
	}

	/** The grid columns from the grid rows, each computed from a strip of input rows. */
	private void gridRows() {
		for (int gy = 0; gy * stride < fh; gy++) {
			final float[][] f = DenseInference.featureRow(model, a, b, w, h, gy * stride, model.tileSize());
			for (int r = 0; r < 2 * c; r++) {
				final float[] src = r < c ? f[0] : f[1];
				final int ro = (r % c) * fw;
				for (int gx = 0; gx < gw; gx++)
					columns[r * q + gy * gw + gx] = src[ro + gx * stride];
			}
		}
	}

	/** One tile's dense output and the block of the half-resolution grid it owns. */
	private final class OwnedTile {
		private final DenseOutput t;
		private final int r0, r1, c0, c1, oy, ox;

		OwnedTile(final DenseOutput t, final int r0, final int r1, final int c0, final int c1, final int oy, final int ox) {
			this.t = t;
			this.r0 = r0;
			this.r1 = r1;
			this.c0 = c0;
			this.c1 = c1;
			this.oy = oy;
			this.ox = ox;
		}

		/** Copies the grid pixels this tile owns into the grid columns. */
		void gridColumns() {
			final int n = t.featureWidth * t.featureHeight;
			for (int y = (r0 + stride - 1) / stride * stride; y < r1; y += stride)
				for (int x = (c0 + stride - 1) / stride * stride; x < c1; x += stride) {
					final int col = (y / stride) * gw + x / stride, src = (y - oy) * t.featureWidth + (x - ox);
					for (int ch = 0; ch < c; ch++) {
						columns[ch * q + col] = t.featuresA[ch * n + src];
						columns[(c + ch) * q + col] = t.featuresB[ch * n + src];
					}
				}
		}

		/** The coefficients and Wn of the owned pixels, into the pooled map. */
		void weights(final FeatureNmfWeightMap.Basis basis, final float[] wnPooled) {
			final int bw = c1 - c0, bh = r1 - r0, n = bw * bh;
			if (blockA.length != c * n) { // the coefficient solver takes whole rows of n values: buffers of the exact size
				blockA = new float[c * n];
				blockB = new float[c * n];
			}
			DenseInference.copyOwnedFeatures(t, r0, r1, c0, c1, oy, ox, blockA, blockB, bw, bh, r0, c0);
			final float[] wn = new float[n];
			basis.weights(basis.coefficients(blockA, blockB, n), n, null, null, wn);
			for (int r = 0; r < bh; r++)
				System.arraycopy(wn, r * bw, wnPooled, (r0 + r) * fw + c0, bw);
		}
	}
}
