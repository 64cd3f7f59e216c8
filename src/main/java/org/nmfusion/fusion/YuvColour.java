package org.nmfusion.fusion;

import org.nmfusion.util.Planes;

/**
 * RGB to YUV and back with the ITU-R BT.601 coefficients (Y = 0.299 R + 0.587 G + 0.114 B,
 * U = 0.492 (B - Y), V = 0.877 (R - Y)); the inverse is exact, so a round trip returns the input up to
 * float round-off. Used to fuse a gray image into the luminance of a colour (PET, SPECT) image.
 */
final class YuvColour {

	static final float U_SCALE = 0.492111f, V_SCALE = 0.877283f;

	private YuvColour() {}

	/** {Y, U, V} planes of an RGB image given as three planes. */
	static float[][] toYuv(final float[] r, final float[] g, final float[] b) {
		final float[] y = Planes.luminance(r, g, b);
		final float[] u = new float[y.length], v = new float[y.length];
		for (int i = 0; i < y.length; i++) {
			u[i] = U_SCALE * (b[i] - y[i]);
			v[i] = V_SCALE * (r[i] - y[i]);
		}
		return new float[][] { y, u, v };
	}

	/** {R, G, B} planes of a YUV image. */
	static float[][] toRgb(final float[] y, final float[] u, final float[] v) {
		final float[] r = new float[y.length], g = new float[y.length], b = new float[y.length];
		for (int i = 0; i < y.length; i++) {
			r[i] = y[i] + v[i] / V_SCALE;
			b[i] = y[i] + u[i] / U_SCALE;
			g[i] = (y[i] - Planes.LUMA_R * r[i] - Planes.LUMA_B * b[i]) / Planes.LUMA_G;
		}
		return new float[][] { r, g, b };
	}
}
