package org.nmfusion.fusion.weights;

import org.nmfusion.cnn.DenseInference;
import org.nmfusion.cnn.DenseOutput;
import org.nmfusion.cnn.FocusModel;
import org.nmfusion.image.Plane;
import org.nmfusion.nmf.NmfOptions;
import org.nmfusion.resample.WeightMapResampling;

/**
 * NMFusion's weight map W = alpha Wc + (1 - alpha) Wn: the CNN map Wc mixed with the NMF stage-1 map Wn
 * of the CNN branch features ({@link FeatureNmfWeightMap}). Stage 1 is bounded so that it never dominates
 * the run time: the basis is fitted on a regular grid of at most a few thousand pooled pixels (HALS from
 * NNDSVDa, stopped by a relative-loss tolerance or an iteration cap), then every pixel gets its coefficients.
 *
 * <p>A pair larger than one CNN tile is done tile by tile ({@link TileWiseStageOne}), with the same result: the
 * features of the whole image are never stitched into one array, and when they would take more than a quarter of
 * the heap (an 8192 x 8192 pair has 8.6 GB of them with 64 channels) the tiles are not even kept: the grid rows the
 * basis is fitted on are computed first, and every tile's features give its coefficients and are dropped. Memory is
 * then a few full-size float maps, whatever the width of the network.
 */
public final class CnnNmfWeightMap {

	/** The features of both images are held whole when they take at most 1 / this of the maximum heap. */
	static final int FEATURE_HEAP_FRACTION = 4;

	private CnnNmfWeightMap() {}

	/**
	 * @param rank NMF rank k
	 * @param tau discriminability threshold
	 * @param alpha weight of Wc
	 * @param maxIterations iteration cap of stage 1
	 * @param tolerance relative loss change that stops stage 1
	 * @param maxFitPixels stage 1 fits its basis on at most about this many pooled pixels
	 * @param symmetric make the CNN map symmetric (see {@link CnnWeightMap#compute(FocusModel, Plane, Plane, boolean)})
	 */
	public static Plane compute(final FocusModel model, final Plane a, final Plane b, final int rank, final double tau,
		final double alpha, final int maxIterations, final double tolerance, final int maxFitPixels, final boolean symmetric)
	{
		return compute(model, a, b, rank, tau, alpha, maxIterations, tolerance, maxFitPixels, symmetric,
			Runtime.getRuntime().maxMemory() / FEATURE_HEAP_FRACTION);
	}

	/**
	 * As the public method; the tiles of a pair larger than one tile are kept until the basis is fitted when their
	 * features take at most {@code featureBudget} bytes (one CNN pass), else the grid rows are computed first (a
	 * partial second pass) and every tile is dropped at once.
	 */
	static Plane compute(final FocusModel model, final Plane a, final Plane b, final int rank, final double tau, final double alpha,
		final int maxIterations, final double tolerance, final int maxFitPixels, final boolean symmetric, final long featureBudget)
	{
		final int w = a.width(), h = a.height(), fw = (w + 1) / 2, fh = (h + 1) / 2;
		final long featureBytes = 2L * Float.BYTES * model.featureChannels() * fw * fh;
		// the fit is small (at most a few thousand pixels): one thread, no worker pool to start per pair
		final NmfOptions options = NmfOptions.builder(rank).maxIterations(maxIterations).tolerance(tolerance).threads(1).build();
		final float[] wc, wnPooled;
		if (alpha >= 1) {
			wc = model.denseInference(a.data(), b.data(), w, h, false).weightMap();
			wnPooled = null;
		}
		else if (DenseInference.fitsOneTile(w, h, model.tileSize()) || FeatureNmfWeightMap.gridStride(fw * fh, maxFitPixels) == 1) {
			final DenseOutput d = model.denseInference(a.data(), b.data(), w, h, true);
			wc = d.weightMap();
			wnPooled = FeatureNmfWeightMap.compute(d.featuresA, d.featuresB, d.featureChannels, d.featureWidth, d.featureHeight,
				options, tau, maxFitPixels).wnPooled();
		}
		else {
			wnPooled = new float[fw * fh];
			wc = new TileWiseStageOne(model, a, b, options, tau, maxFitPixels).run(featureBytes <= featureBudget, wnPooled);
		}
		if (symmetric) CnnWeightMap.symmetrise(wc, model.denseInference(b.data(), a.data(), w, h, false).weightMap());
		if (wnPooled == null) return a.with(wc);
		final float al = (float) alpha, be = 1 - al;
		// W = alpha Wc + (1 - alpha) Wn, written over Wc row by row as Wn is resampled
		WeightMapResampling.pooledToImage(wnPooled, fw, fh, w, h, (y, wn) -> {
			for (int x = 0, i = y * w; x < w; x++, i++)
				wc[i] = Math.max(0f, Math.min(1f, al * wc[i] + be * wn[x]));
		});
		return a.with(wc);
	}
}
