package org.nmfusion.fusion.method;

import org.nmfusion.image.Plane;

/**
 * One image fusion method of two registered sources, on gray planes scaled to [0, 1]. A method works
 * in two steps so that colour images share one decision: {@link #weightMap} sees the two luminance
 * planes once and returns the weight of A per pixel (or null when the method has none), then
 * {@link #fuse} combines each channel pair with that map. The methods are listed, with their papers,
 * in docs/method.md; {@link FusionMethods} finds them by name.
 */
public interface FusionMethod {

	/** The name as typed in the command line and in Fiji, e.g. {@code "cnn-nmf"}. */
	String name();

	/** One line for help texts. */
	String description();

	/** Whether the method needs the CNN focus model. */
	boolean usesFocusModel();

	/**
	 * The weight of A per pixel, in [0, 1], shared by all channels; null for methods that have none.
	 * Implementations that use a weight map honour {@link FusionContext#givenWeightMap()}.
	 */
	Plane weightMap(Plane lumaA, Plane lumaB, FusionOptions options, FusionContext context);

	/** Fuses one channel pair given the map returned by {@link #weightMap} (may be null). */
	Plane fuse(Plane a, Plane b, Plane weightMap, FusionOptions options, FusionContext context);

	/**
	 * {@link #fuse} for a caller that no longer needs {@code a}: its pixels may be overwritten (the pyramid methods
	 * build the finest fused level in them, one full-size plane less on large images). The result is the same.
	 */
	default Plane fuseReusingA(final Plane a, final Plane b, final Plane weightMap, final FusionOptions options, final FusionContext context) {
		return fuse(a, b, weightMap, options, context);
	}
}
