package org.nmfusion.pyramid;

import org.nmfusion.util.PlaneChecks;

/**
 * An immutable image pyramid (Burt and Adelson 1983): level 0 is full size, level l + 1 is
 * ceil(width_l / 2) x ceil(height_l / 2), each level a row-major {@code float[]} (index y * width + x).
 * Level counts follow Liu et al. 2017 ({@link #levelsFor}); see docs/method.md.
 */
public final class Pyramid {

	private final float[][] levels;
	private final int[] widths;
	private final int[] heights;

	/**
	 * A pyramid over a width x height base; {@code levels[l]} must hold the size of level l. The arrays
	 * are copied.
	 */
	public Pyramid(final float[][] levels, final int width, final int height) {
		PlaneChecks.requireSize(width, height);
		if (levels == null) throw new IllegalArgumentException("levels are missing (null)");
		checkLevels(levels.length, width, height);
		this.levels = new float[levels.length][];
		widths = new int[levels.length];
		heights = new int[levels.length];
		int w = width, h = height;
		for (int l = 0; l < levels.length; l++) {
			PlaneChecks.requirePlane(levels[l], w, h, "level " + l);
			this.levels[l] = levels[l].clone();
			widths[l] = w;
			heights[l] = h;
			w = half(w);
			h = half(h);
		}
	}

	/** Takes the arrays without copying (they must have the right sizes and must not be changed later). */
	Pyramid(final float[][] levels, final int[] widths, final int[] heights) {
		this.levels = levels;
		this.widths = widths;
		this.heights = heights;
	}

	/** Number of levels. */
	public int levels() {
		return levels.length;
	}

	/** A copy of level l. */
	public float[] level(final int l) {
		return levels[check(l)].clone();
	}

	/** Width of level l. */
	public int width(final int l) {
		return widths[check(l)];
	}

	/** Height of level l. */
	public int height(final int l) {
		return heights[check(l)];
	}

	/** Level l itself, not copied (package use only). */
	float[] levelArray(final int l) {
		return levels[l];
	}

	/**
	 * The level count of Liu et al. 2017: floor(log2(min(width, height))), at least 1.
	 */
	public static int levelsFor(final int width, final int height) {
		PlaneChecks.requireSize(width, height);
		return Math.max(1, 31 - Integer.numberOfLeadingZeros(Math.min(width, height)));
	}

	/**
	 * The largest sensible level count: levels until the top is 1 x 1, i.e. 1 + ceil(log2(max(width,
	 * height))). Further levels would repeat the 1 x 1 top.
	 */
	public static int maxLevels(final int width, final int height) {
		PlaneChecks.requireSize(width, height);
		final int m = Math.max(width, height);
		return 1 + (32 - Integer.numberOfLeadingZeros(m - 1));
	}

	/** Size of the next coarser level along one axis: ceil(n / 2). */
	static int half(final int n) {
		return (n + 1) / 2;
	}

	/** Requires 1 <= levels <= maxLevels(width, height). */
	static void checkLevels(final int levels, final int width, final int height) {
		final int max = maxLevels(width, height);
		if (levels < 1 || levels > max) {
			throw new IllegalArgumentException("levels out of range: " + levels + " for a " + width + " x " + height +
				" image (allowed 1 to " + max + ")");
		}
	}

	private int check(final int l) {
		if (l < 0 || l >= levels.length) {
			throw new IllegalArgumentException("level index out of range: " + l + " (pyramid has " + levels.length + " levels)");
		}
		return l;
	}
}
