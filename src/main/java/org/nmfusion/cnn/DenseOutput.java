package org.nmfusion.cnn;

/**
 * Result of dense inference on a w x h pair: the score map (score (j,i) = P(A sharper) for the 16x16 block
 * with top-left corner (2j, 2i)), the weight map Wc (docs/method.md, section 4.4; computed on first use) and optionally the branch
 * features FA, FB (after c3 + ReLU) stored channel-planar: value (c, y, x) at c*fh*fw + y*fw + x, with
 * fh = ceil(h/2), fw = ceil(w/2).
 */
public final class DenseOutput {
	public final int width, height;
	public final int scoreWidth, scoreHeight;
	public final float[] scores;
	public final int featureChannels, featureWidth, featureHeight;
	/** null unless features were requested. */
	public final float[] featuresA, featuresB;
	private volatile float[] weightMap;

	public DenseOutput(int width, int height, float[] scores, int featureChannels, float[] featuresA,
		float[] featuresB)
	{
		this.width = width;
		this.height = height;
		this.scoreWidth = scoreWidth(width);
		this.scoreHeight = scoreWidth(height);
		if (scores.length != (long) scoreWidth * scoreHeight) {
			throw new IllegalArgumentException("score map has " + scores.length + " values, expected "
				+ scoreWidth + "x" + scoreHeight);
		}
		this.scores = scores;
		this.featureChannels = featureChannels;
		this.featureWidth = (width + 1) / 2;
		this.featureHeight = (height + 1) / 2;
		long fn = (long) featureChannels * featureWidth * featureHeight;
		if ((featuresA != null && featuresA.length != fn) || (featuresB != null && featuresB.length != fn)) {
			throw new IllegalArgumentException("feature arrays must hold " + fn + " values");
		}
		this.featuresA = featuresA;
		this.featuresB = featuresB;
	}

	/** Score map side for an image side: ceil(n/2) - 7. */
	public static int scoreWidth(int n) {
		return (n + 1) / 2 - 7;
	}

	public boolean hasFeatures() {
		return featuresA != null;
	}

	/** The weight map Wc (width x height, row-major). */
	public float[] weightMap() {
		float[] w = weightMap;
		if (w == null) {
			w = WeightMaps.fromScores(scores, scoreWidth, scoreHeight, width, height);
			weightMap = w;
		}
		return w;
	}
}
