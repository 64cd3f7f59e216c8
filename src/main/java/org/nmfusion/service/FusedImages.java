package org.nmfusion.service;

import ij.ImagePlus;

/** A fused ImageJ image and, when the method has one and it was asked for, its 32-bit weight map of A. */
public final class FusedImages {

	private final ImagePlus fused, weightMap;

	public FusedImages(final ImagePlus fused, final ImagePlus weightMap) {
		this.fused = fused;
		this.weightMap = weightMap;
	}

	public ImagePlus fused() { return fused; }

	/** Weight of A per pixel in [0, 1], or null. */
	public ImagePlus weightMap() { return weightMap; }
}
