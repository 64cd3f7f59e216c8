package org.nmfusion.fusion.weights;

import org.nmfusion.cnn.DenseOutput;
import org.nmfusion.cnn.FocusModel;
import org.nmfusion.image.Plane;
import org.nmfusion.nmf.NmfOptions;

/**
 * NMFusion's weight map W = alpha Wc + (1 - alpha) Wn: the CNN map Wc mixed with the NMF stage-1 map Wn
 * of the CNN branch features ({@link FeatureNmfWeightMap}). Stage 1 is bounded so that it never dominates
 * the run time: the basis is fitted on a regular grid of at most a few thousand pooled pixels (HALS from
 * NNDSVDa, stopped by a relative-loss tolerance or an iteration cap), then every pixel gets its coefficients.
 */
public final class CnnNmfWeightMap {

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
		final DenseOutput d = model.denseInference(a.data(), b.data(), a.width(), a.height(), true);
		final float[] wc = d.weightMap();
		if (symmetric) CnnWeightMap.symmetrise(wc, model.denseInference(b.data(), a.data(), a.width(), a.height(), false).weightMap());
		if (alpha >= 1) return a.with(wc);
		// the fit is small (at most a few thousand pixels): one thread, no worker pool to start per pair
		final NmfOptions options = NmfOptions.builder(rank).maxIterations(maxIterations).tolerance(tolerance).threads(1).build();
		final float[] wn = FeatureNmfWeightMap.compute(d.featuresA, d.featuresB, d.featureChannels, d.featureHeight, d.featureWidth,
			options, tau, maxFitPixels).wn(a.height(), a.width());
		final float al = (float) alpha, be = 1 - al;
		final float[] w = new float[wc.length];
		for (int i = 0; i < w.length; i++)
			w[i] = Math.max(0f, Math.min(1f, al * wc[i] + be * wn[i]));
		return a.with(w);
	}
}
