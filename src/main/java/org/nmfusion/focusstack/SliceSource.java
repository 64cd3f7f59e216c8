package org.nmfusion.focusstack;

/**
 * Read access to the N registered slices of a focus stack, one slice at a time, as float planes: the
 * decision reads each slice's luminance once, the blend reads each slice's channels once. Implementations
 * keep the stack in its own type (bytes for an 8-bit stack), so a fusion holds only a few float planes.
 */
public interface SliceSource {

	int width();

	int height();

	/** Number of slices N. */
	int slices();

	/** 1 for a gray stack, 3 for RGB. */
	int channels();

	/** Writes the luminance of slice k (the gray value, or 0.299 R + 0.587 G + 0.114 B) into {@code dst}. */
	void luminance(int k, float[] dst);

	/** Writes channel c of slice k into {@code dst}. */
	void channel(int k, int c, float[] dst);
}
