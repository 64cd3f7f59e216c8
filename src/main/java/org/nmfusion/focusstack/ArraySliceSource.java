package org.nmfusion.focusstack;

import org.nmfusion.util.Planes;

/** A {@link SliceSource} over float planes held in memory: {@code slices[k][c]} is channel c of slice k. */
public final class ArraySliceSource implements SliceSource {

	private final float[][][] slices;
	private final int width, height;

	public ArraySliceSource(final float[][][] slices, final int width, final int height) {
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
