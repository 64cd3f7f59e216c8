package org.nmfusion.fusion.weights;

import org.nmfusion.cnn.DenseInference;
import org.nmfusion.cnn.DenseOutput;
import org.nmfusion.cnn.FocusModel;
import org.nmfusion.cnn.WeightMaps;
import org.nmfusion.image.Plane;
import org.nmfusion.nmf.NmfOptions;
import org.nmfusion.resample.WeightMapResampling;

/**
 * NMFusion's weight map W = alpha Wc + (1 - alpha) Wn: the CNN map Wc mixed with the NMF stage-1 map Wn
 * of the CNN branch features ({@link FeatureNmfWeightMap}). Stage 1 is bounded so that it never dominates
 * the run time: the basis is fitted on a regular grid of at most a few thousand pooled pixels (HALS from
 * NNDSVDa, stopped by a relative-loss tolerance or an iteration cap), then every pixel gets its coefficients.
 *
 * <p>When the features of the whole image would take more than an eighth of the heap (an 8192 x 8192 pair needs
 * 8.6 GB of them with 64 channels), the image is done without ever holding them: the grid rows are computed
 * first (a strip of input rows each), the basis is fitted on them, and then every tile's features give that
 * tile's coefficients and weights and are dropped. Memory is then a few full-size float maps, whatever the width
 * of the network, and the result is the same.
 */
public final class CnnNmfWeightMap {

	/** The features of both images are held whole when they take at most 1 / this of the maximum heap. */
	static final int FEATURE_HEAP_FRACTION = 8;

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
	 * As the public method; the features of both images are held whole when they take at most {@code featureBudget}
	 * bytes (one CNN pass), else the image is done tile by tile (the grid rows need a second, partial pass).
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
		else if (featureBytes <= featureBudget || DenseInference.fitsOneTile(w, h, model.tileSize())
			|| FeatureNmfWeightMap.gridStride(fw * fh, maxFitPixels) == 1)
		{
			final DenseOutput d = model.denseInference(a.data(), b.data(), w, h, true);
			wc = d.weightMap();
			wnPooled = FeatureNmfWeightMap.compute(d.featuresA, d.featuresB, d.featureChannels, d.featureHeight, d.featureWidth,
				options, tau, maxFitPixels).wnPooled();
		}
		else {
			wnPooled = new float[fw * fh];
			wc = tiled(model, a, b, options, tau, maxFitPixels, wnPooled);
		}
		if (symmetric) CnnWeightMap.symmetrise(wc, model.denseInference(b.data(), a.data(), w, h, false).weightMap());
		if (wnPooled == null) return a.with(wc);
		final float al = (float) alpha, be = 1 - al;
		// W = alpha Wc + (1 - alpha) Wn, written over Wc row by row as Wn is resampled
		WeightMapResampling.pooledToImage(wnPooled, fh, fw, h, w, (y, wn) -> {
			for (int x = 0, i = y * w; x < w; x++, i++)
				wc[i] = Math.max(0f, Math.min(1f, al * wc[i] + be * wn[x]));
		});
		return a.with(wc);
	}

	/** Wc, and Wn at pooled resolution into {@code wnPooled}, tile by tile (see the class comment). */
	private static float[] tiled(final FocusModel model, final Plane a, final Plane b, final NmfOptions options, final double tau,
		final int maxFitPixels, final float[] wnPooled)
	{
		final int w = a.width(), h = a.height(), fw = (w + 1) / 2, fh = (h + 1) / 2, c = model.featureChannels();
		final int stride = FeatureNmfWeightMap.gridStride(fw * fh, maxFitPixels);
		final int gh = (fh + stride - 1) / stride, gw = (fw + stride - 1) / stride, q = gh * gw;
		// V = [FA; FB] at the grid pixels, in the order FeatureNmfWeightMap fits on
		final float[] columns = new float[2 * c * q];
		for (int gy = 0; gy < gh; gy++) {
			final float[][] f = DenseInference.featureRow(model, a.data(), b.data(), w, h, gy * stride, model.tileSize());
			for (int r = 0; r < 2 * c; r++) {
				final float[] src = r < c ? f[0] : f[1];
				final int ro = (r % c) * fw;
				for (int gx = 0; gx < gw; gx++)
					columns[r * q + gy * gw + gx] = src[ro + gx * stride];
			}
		}
		final FeatureNmfWeightMap.Basis basis = FeatureNmfWeightMap.Basis.fit(columns, c, q, options, tau);
		final int sw = DenseOutput.scoreWidth(w), sh = DenseOutput.scoreWidth(h);
		final float[] scores = new float[sw * sh];
		DenseInference.forEachTile(model, a.data(), b.data(), w, h, true, model.tileSize(), (t, r0, r1, c0, c1, oy, ox) -> {
			DenseInference.copyOwnedScores(t, r0, r1, c0, c1, oy, ox, scores, sw, sh);
			final int bw = c1 - c0, bh = r1 - r0, n = bw * bh;
			final float[] fa = new float[c * n], fb = new float[c * n], wn = new float[n];
			DenseInference.copyOwnedFeatures(t, r0, r1, c0, c1, oy, ox, fa, fb, bw, bh, r0, c0);
			basis.weights(basis.coefficients(fa, fb, n), n, null, null, wn);
			for (int r = 0; r < bh; r++)
				System.arraycopy(wn, r * bw, wnPooled, (r0 + r) * fw + c0, bw);
		});
		return WeightMaps.fromScores(scores, sw, sh, w, h);
	}
}
