package org.nmfusion.fusion;

import org.nmfusion.filter.HannMeanFilter;
import org.nmfusion.image.Image2D;
import org.nmfusion.image.Plane;
import org.nmfusion.util.Planes;

/**
 * A source in the [0, 1] scale the fusion works in (docs/method.md, "Input scaling"): one gray plane or three colour
 * channels, optionally pre-filtered (Hann mean). An 8-bit RGB source without pre-filter keeps no float copy of its
 * channels: a channel, a block of its rows and the BT.601 luminance are computed from the stored 8-bit pixels when
 * asked, with the same float arithmetic as whole planes, so a colour pair holds no more float planes at once than
 * the gray path needs.
 */
final class UnitImage {

	/** Pixels per block of rows read from the stored channels. */
	static final int BLOCK_PIXELS = 1 << 16;

	/** Unit planes held as floats; a null entry of a stored-backed image is read from {@link #stored} when asked. */
	private final Plane[] planes;
	/** The 8-bit RGB source read channel by channel, or null. */
	private final Image2D stored;
	private final UnitRange range;

	private UnitImage(final Plane[] planes, final Image2D stored, final UnitRange range) {
		this.planes = planes;
		this.stored = stored;
		this.range = range;
	}

	static UnitImage gray(final Plane p) {
		return new UnitImage(new Plane[] { p }, null, null);
	}

	static UnitImage colour(final Plane[] rgb) {
		return new UnitImage(rgb, null, null);
	}

	/**
	 * A source given as its stored float planes (one, or three for 32-bit colour), converted in place; gray content
	 * stored in three equal channels (common for medical PNGs) is fused as gray.
	 */
	static UnitImage of(final float[][] stored, final UnitRange range, final int w, final int h, final int denoiseRadius) {
		final float[][] planes = stored.length == 3 && java.util.Arrays.equals(stored[0], stored[1]) &&
			java.util.Arrays.equals(stored[0], stored[2]) ? new float[][] { stored[0] } : stored;
		final Plane[] p = new Plane[planes.length];
		for (int c = 0; c < p.length; c++)
			p[c] = unit(range.toUnit(planes[c]), w, h, denoiseRadius);
		return new UnitImage(p, null, null);
	}

	/**
	 * An 8-bit RGB source: gray when its three channels are equal; with a pre-filter its three filtered channels as
	 * float planes; otherwise read from its stored channels whenever a channel, rows or the luminance are asked for.
	 */
	static UnitImage ofRgb(final Image2D source, final UnitRange range, final int denoiseRadius) {
		final int w = (int) source.width(), h = (int) source.height();
		if (Planes.sameValues(source.channel(0), source.channel(1)) && Planes.sameValues(source.channel(0), source.channel(2)))
			return gray(unit(range.toUnit(Planes.copy(source.channel(0))), w, h, denoiseRadius));
		if (denoiseRadius > 0) {
			final Plane[] p = new Plane[3];
			for (int c = 0; c < 3; c++)
				p[c] = unit(range.toUnit(Planes.copy(source.channel(c))), w, h, denoiseRadius);
			return colour(p);
		}
		return new UnitImage(new Plane[3], source, range);
	}

	private static Plane unit(final float[] unit, final int w, final int h, final int denoiseRadius) {
		return new Plane(denoiseRadius > 0 ? HannMeanFilter.filter(unit, w, h, denoiseRadius, Double.NaN) : unit, w, h);
	}

	boolean colour() { return planes.length == 3; }

	int width() { return stored != null ? (int) stored.width() : planes[0].width(); }

	int height() { return stored != null ? (int) stored.height() : planes[0].height(); }

	/** Channel c as a unit plane: the one held, or a new one read from the stored pixels. */
	Plane plane(final int c) {
		if (planes[c] != null || stored == null) return planes[c];
		return new Plane(range.toUnit(Planes.copy(stored.channel(c))), width(), height());
	}

	/** Rows y0 (inclusive) to y1 (exclusive) of channel c in unit values, into {@code out} (exactly their size). */
	void rows(final int c, final int y0, final int y1, final float[] out) {
		final int w = width();
		if (planes[c] != null) System.arraycopy(planes[c].data(), y0 * w, out, 0, (y1 - y0) * w);
		else {
			Planes.copyRows(stored.channel(c), y0, y1, out);
			range.toUnit(out);
		}
	}

	/** Drops the float plane of channel c once it has been fused (a stored-backed channel holds none). */
	void release(final int c) {
		planes[c] = null;
	}

	/** The gray plane, or the BT.601 luminance of the colour channels (from the stored pixels in blocks of rows when not held). */
	Plane luma() {
		if (!colour()) return planes[0];
		if (stored == null) return planes[0].with(Planes.luminance(planes[0].data(), planes[1].data(), planes[2].data()));
		final int w = width(), h = height();
		final float[] y = new float[w * h];
		final int step = Math.max(1, BLOCK_PIXELS / w);
		for (int y0 = 0; y0 < h; y0 += step) {
			final int y1 = Math.min(h, y0 + step), n = (y1 - y0) * w;
			final float[] r = new float[n], g = new float[n], b = new float[n];
			rows(0, y0, y1, r);
			rows(1, y0, y1, g);
			rows(2, y0, y1, b);
			System.arraycopy(Planes.luminance(r, g, b), 0, y, y0 * w, n);
		}
		return new Plane(y, w, h);
	}
}
