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

	/**
	 * {R, G, B} planes in [0, 1] whose BT.601 luminance is exactly Y (Y clamped to [0, 1]): where a channel would
	 * leave [0, 1], the chroma of that pixel is reduced (every channel moved towards Y by one factor s in [0, 1],
	 * the largest that keeps all three in range) instead of clipping the channel, which would change the luminance.
	 */
	static float[][] toRgbKeepingLuma(final float[] y, final float[] u, final float[] v) {
		final float[] r = new float[y.length], g = new float[y.length], b = new float[y.length];
		for (int i = 0; i < y.length; i++) {
			final double luma = Math.max(0, Math.min(1, y[i]));
			final double dr = v[i] / (double) V_SCALE, db = u[i] / (double) U_SCALE;
			final double dg = -(Planes.LUMA_R * dr + Planes.LUMA_B * db) / Planes.LUMA_G;
			final double s = Math.min(1, Math.min(room(luma, dr), Math.min(room(luma, dg), room(luma, db))));
			r[i] = (float) (luma + s * dr);
			g[i] = (float) (luma + s * dg);
			b[i] = (float) (luma + s * db);
		}
		return new float[][] { r, g, b };
	}

	/** The largest factor s with luma + s d in [0, 1]. */
	private static double room(final double luma, final double d) {
		if (d > 0) return (1 - luma) / d;
		if (d < 0) return luma / -d;
		return Double.POSITIVE_INFINITY;
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
