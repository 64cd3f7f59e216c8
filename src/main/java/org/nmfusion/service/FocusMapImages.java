package org.nmfusion.service;

import ij.ImagePlus;

/**
 * The CNN outputs as ImageJ images: the weight map Wc and, on request, the score map and the branch
 * features FA, FB (stacks of feature channels at half resolution); absent parts are null.
 */
public final class FocusMapImages {

	private final ImagePlus weightMap, scoreMap, featuresA, featuresB;

	public FocusMapImages(final ImagePlus weightMap, final ImagePlus scoreMap, final ImagePlus featuresA, final ImagePlus featuresB) {
		this.weightMap = weightMap;
		this.scoreMap = scoreMap;
		this.featuresA = featuresA;
		this.featuresB = featuresB;
	}

	public ImagePlus weightMap() { return weightMap; }

	public ImagePlus scoreMap() { return scoreMap; }

	public ImagePlus featuresA() { return featuresA; }

	public ImagePlus featuresB() { return featuresB; }
}
