package org.nmfusion.train;

import java.util.Locale;

import org.nmfusion.util.BadParameterException;

/** Channel widths c1, c2, c3 of the Siamese network (TensorFlow-free, so commands can use it). */
public final class Widths {
	public final int c1, c2, c3;

	/** Largest channel width (four times Liu's widest layer). */
	public static final int MAX = 1024;

	public Widths(int c1, int c2, int c3) {
		if (c1 < 1 || c2 < 1 || c3 < 1 || c1 > MAX || c2 > MAX || c3 > MAX) {
			throw new BadParameterException("widths must be in [1, " + MAX + "], got " + c1 + "," + c2 + "," + c3);
		}
		this.c1 = c1;
		this.c2 = c2;
		this.c3 = c3;
	}

	public static final Widths LIU = new Widths(64, 128, 256);
	public static final Widths LIGHT = new Widths(16, 32, 64);

	/** "liu", "light" or "c1,c2,c3". */
	public static Widths parse(String s) {
		String t = s.trim().toLowerCase(Locale.ROOT);
		if (t.equals("liu")) {
			return LIU;
		}
		if (t.equals("light") || t.equals("lightweight")) {
			return LIGHT;
		}
		String[] p = t.split(",");
		if (p.length != 3) {
			throw new BadParameterException("width must be 'light', 'liu' or 'c1,c2,c3', got '" + s + "'");
		}
		try {
			return new Widths(Integer.parseInt(p[0].trim()), Integer.parseInt(p[1].trim()),
				Integer.parseInt(p[2].trim()));
		}
		catch (NumberFormatException e) {
			throw new BadParameterException("width must be 'light', 'liu' or 'c1,c2,c3', got '" + s + "'");
		}
	}

	@Override
	public String toString() {
		return c1 + "," + c2 + "," + c3;
	}

	/** Multiply-adds of one patch-pair forward pass. */
	public long patchPairMacs() {
		long conv = 2L * (256L * 9 * c1 + 256L * 9 * c1 * c2 + 64L * 9 * c2 * c3);
		return conv + 64L * 2 * c3 * 2;
	}
}
