package org.nmfusion.fusion;

import org.nmfusion.image.Image2D;
import org.nmfusion.image.Plane;

/** The fused image of a run and, for methods that have one, the weight map of A it used (else null). */
public final class FusionResult {

	private final Image2D fused;
	private final Plane weightMap;
	private final String method;

	FusionResult(final Image2D fused, final Plane weightMap, final String method) {
		this.fused = fused;
		this.weightMap = weightMap;
		this.method = method;
	}

	public Image2D fused() { return fused; }

	/** Weight of A per pixel in [0, 1] (of the last pair for more than two sources), or null. */
	public Plane weightMap() { return weightMap; }

	/** Name of the method that made it. */
	public String method() { return method; }
}
