package org.nmfusion.fusion;

import java.util.ArrayList;
import java.util.List;

import org.nmfusion.image.Image2D;
import org.nmfusion.image.ValueCalibration;

/**
 * The linear map between a source's stored values and the [0, 1] scale the fusion works in
 * (docs/method.md, "Input scaling"): 8-bit and RGB divide by 255; 16-bit data divide by 2^b - 1, b the
 * smallest bit depth (at least 8) that holds the largest value of all 16-bit sources, so that 12-bit CT or
 * MRI stored in 16 bits uses its real range; calibrated 16-bit data (DICOM) and 32-bit data use the joint
 * minimum and maximum of the sources of that kind. Sources of different kinds get their own range.
 */
public final class UnitRange {

	private final double lo, hi;

	UnitRange(final double lo, final double hi) {
		this.lo = lo;
		this.hi = hi > lo ? hi : lo + 1;
	}

	/** Stored value of unit value 0. */
	public double low() { return lo; }

	/** Stored value of unit value 1. */
	public double high() { return hi; }

	/** Maps stored values to [0, 1] in place. */
	public float[] toUnit(final float[] v) {
		final float l = (float) lo, s = (float) (1 / (hi - lo));
		for (int i = 0; i < v.length; i++)
			v[i] = (v[i] - l) * s;
		return v;
	}

	/** Maps unit values back to stored values in place. */
	public float[] fromUnit(final float[] v) {
		final float l = (float) lo, s = (float) (hi - lo);
		for (int i = 0; i < v.length; i++)
			v[i] = l + v[i] * s;
		return v;
	}

	/** The range of every source, in order; {@code channels.get(i)} are the stored planes of source i. */
	static List<UnitRange> of(final List<Image2D> sources, final List<float[][]> channels) {
		final List<UnitRange> out = new ArrayList<>();
		for (int i = 0; i < sources.size(); i++)
			out.add(rangeOf(i, sources, channels));
		return out;
	}

	private static UnitRange rangeOf(final int i, final List<Image2D> sources, final List<float[][]> channels) {
		final Image2D s = sources.get(i);
		switch (s.kind()) {
			case GRAY8:
			case RGB:
				return new UnitRange(0, 255);
			case GRAY16:
				if (s.values().isIdentity()) return new UnitRange(0, (1 << effectiveBits(sources, channels)) - 1);
				return jointMinMax(s, sources, channels);
			default:
				return jointMinMax(s, sources, channels);
		}
	}

	/** Bits (8..16) needed for the largest value of the uncalibrated 16-bit sources. */
	private static int effectiveBits(final List<Image2D> sources, final List<float[][]> channels) {
		float max = 0;
		for (int i = 0; i < sources.size(); i++)
			if (sources.get(i).kind() == Image2D.Kind.GRAY16 && sources.get(i).values().isIdentity()) max = Math.max(max, max(channels.get(i)));
		int bits = 8;
		while (bits < 16 && max > (1 << bits) - 1)
			bits++;
		return bits;
	}

	/** Joint min-max over the sources of the same kind and value calibration as {@code s}. */
	private static UnitRange jointMinMax(final Image2D s, final List<Image2D> sources, final List<float[][]> channels) {
		double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
		final ValueCalibration values = s.values();
		for (int i = 0; i < sources.size(); i++) {
			final Image2D o = sources.get(i);
			if (o.kind() != s.kind() || !o.values().equals(values)) continue;
			for (final float[] c : channels.get(i))
				for (final float v : c) {
					if (v < lo) lo = v;
					if (v > hi) hi = v;
				}
		}
		return new UnitRange(lo, hi);
	}

	private static float max(final float[][] planes) {
		float m = Float.NEGATIVE_INFINITY;
		for (final float[] p : planes)
			for (final float v : p)
				if (v > m) m = v;
		return m;
	}

	@Override
	public String toString() {
		return "[" + lo + ", " + hi + "]";
	}
}
