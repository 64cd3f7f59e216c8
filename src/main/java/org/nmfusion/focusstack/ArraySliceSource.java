package org.nmfusion.focusstack;

import org.nmfusion.util.Planes;

/** A {@link SliceSource} over float planes held in memory: {@code slices[k][c]} is channel c of slice k. */
public final class ArraySliceSource implements SliceSource {

	private final float[][][] slices;
	private final int width, height;

	/**
	 * @throws IllegalArgumentException when a slice's planes do not all hold width x height pixels, or the slices
	 *         differ in channel count
	 */
	public ArraySliceSource(final float[][][] slices, final int width, final int height) {
		for (int k = 0; k < slices.length; k++) {
			if (slices[k].length != slices[0].length || slices[k].length != 1 && slices[k].length != 3)
				throw new IllegalArgumentException(
					"slice " + k + " has " + slices[k].length + " channels, slice 0 has " + slices[0].length + " (1 or 3 expected)");
			for (final float[] p : slices[k])
				if (p.length != width * height) {
					throw new IllegalArgumentException("slice " + k + " has " + p.length + " pixels, expected " + width + " x " + height + " = " +
						width * height + "; all slices must have the same size");
				}
		}
		this.slices = slices;
		this.width = width;
		this.height = height;
	}

	/** A gray stack: {@code planes[k]} is slice k. */
	public static ArraySliceSource gray(final float[][] planes, final int width, final int height) {
		final float[][][] s = new float[planes.length][][];
		for (int k = 0; k < planes.length; k++)
			s[k] = new float[][] { planes[k] };
		return new ArraySliceSource(s, width, height);
	}

	@Override
	public int width() { return width; }

	@Override
	public int height() { return height; }

	@Override
	public int slices() { return slices.length; }

	@Override
	public int channels() { return slices.length == 0 ? 1 : slices[0].length; }

	@Override
	public void luminance(final int k, final float[] dst) {
		final float[][] s = slices[k];
		if (s.length == 1) System.arraycopy(s[0], 0, dst, 0, dst.length);
		else {
			for (int i = 0; i < dst.length; i++)
				dst[i] = Planes.LUMA_R * s[0][i] + Planes.LUMA_G * s[1][i] + Planes.LUMA_B * s[2][i];
		}
	}

	@Override
	public void channel(final int k, final int c, final float[] dst) {
		System.arraycopy(slices[k][c], 0, dst, 0, dst.length);
	}

	/** Channel c of slice k itself (not a copy). */
	public float[] plane(final int k, final int c) {
		return slices[k][c];
	}
}
