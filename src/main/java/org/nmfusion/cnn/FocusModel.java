package org.nmfusion.cnn;

/**
 * A Siamese focus/activity classifier (docs/method.md, section 4), independent of TensorFlow. Inputs are gray images scaled to
 * [0,1] (as docs/method.md, section 2, describes), row-major float arrays. Implementations are reusable and thread-safe.
 * The TensorFlow implementation is {@code org.nmfusion.cnn.tf.TfFocusModel}, opened through
 * {@link FocusModelProvider}.
 */
public interface FocusModel extends AutoCloseable {
	/** Patch size of the classifier. */
	int PATCH = 16;

	/** Human-readable name (model folder or bundled model name and widths). */
	String name();

	/** c3, the number of channels of the branch features FA, FB. */
	int featureChannels();

	/**
	 * p = P(A is sharper) for n pairs of 16x16 patches; patch k occupies a[256k .. 256k+255] (row-major).
	 */
	float[] scorePatches(float[] a, float[] b, int n);

	/**
	 * Untiled dense forward pass on one pair of w x h images (w, h >= 16): the score map of size
	 * (ceil(h/2)-7) x (ceil(w/2)-7) and, if requested, the features. Callers normally use
	 * {@link #denseInference}, which tiles large images.
	 */
	DenseOutput denseUntiled(float[] a, float[] b, int w, int h, boolean withFeatures);

	/** Side (full-resolution pixels, even) of the core of a tile for {@link #denseInference}. */
	default int tileSize() {
		return 1024;
	}

	/** Dense inference (score map and weight map), tiled with a halo so the result equals the untiled one. */
	default DenseOutput denseInference(float[] a, float[] b, int w, int h) {
		return DenseInference.run(this, a, b, w, h, false, tileSize());
	}

	/** As {@link #denseInference(float[], float[], int, int)}, optionally also returning FA and FB. */
	default DenseOutput denseInference(float[] a, float[] b, int w, int h, boolean withFeatures) {
		return DenseInference.run(this, a, b, w, h, withFeatures, tileSize());
	}

	/** Releases native resources; a closed model must not be used. */
	@Override
	void close();
}
