package org.nmfusion.fusion.focus;

import org.nmfusion.util.PlaneChecks;

/**
 * Small-region removal of a binary decision map as in Liu et al.'s multi-focus fusion (Y. Liu, X. Chen,
 * H. Peng, Z. Wang, "Multi-focus image fusion with a deep convolutional neural network", Information Fusion
 * 36, 2017): with threshold T = ceil(ratio * width * height), first every 8-connected region of ones smaller
 * than T pixels is set to 0 (MATLAB's bwareaopen(D, T)), then every 8-connected region of zeros of the result
 * smaller than T is set to 1 (bwareaopen on 1 - D). Iterative flood fill with one int queue. See docs/method.md.
 */
public final class SmallRegionRemoval {

	/** Liu's area ratio: regions below 1 % of the image area are removed. */
	public static final double DEFAULT_RATIO = 0.01;

	private SmallRegionRemoval() {}

	/** Area threshold ceil(ratio * width * height): regions with fewer pixels are removed. */
	public static int threshold(int width, int height, double ratio) {
		PlaneChecks.requireSize(width, height);
		if (!(ratio >= 0 && ratio <= 1)) throw new IllegalArgumentException("area ratio must be in [0, 1], got " + ratio);
		return (int) Math.ceil(ratio * width * height);
	}

	/** Returns a new 0/1 map: small regions of ones removed, then small holes (regions of zeros) filled. */
	public static byte[] apply(byte[] map, int width, int height, double ratio) {
		PlaneChecks.requireBinary(map, width, height, "decision map");
		final int minArea = threshold(width, height, ratio);
		final byte[] out = map.clone();
		removeRegions(out, width, height, (byte) 1, minArea);
		removeRegions(out, width, height, (byte) 0, minArea);
		return out;
	}

	/**
	 * In place: flips every 8-connected region of pixels equal to {@code value} (0 or 1) that has fewer than
	 * {@code minArea} pixels to the other value; returns the number of pixels flipped.
	 */
	public static int removeRegions(byte[] map, int width, int height, byte value, int minArea) {
		PlaneChecks.requireBinary(map, width, height, "decision map");
		if (value != 0 && value != 1) throw new IllegalArgumentException("region value must be 0 or 1, got " + value);
		if (minArea < 0) throw new IllegalArgumentException("minimum area must be >= 0, got " + minArea);
		final int n = map.length;
		final boolean[] seen = new boolean[n];
		final int[] queue = new int[n];
		final byte other = (byte) (1 - value);
		int flipped = 0;
		for (int seed = 0; seed < n; seed++) {
			if (seen[seed] || map[seed] != value) continue;
			final int size = fill(map, width, height, value, seed, seen, queue);
			if (size < minArea) {
				for (int i = 0; i < size; i++) map[queue[i]] = other;
				flipped += size;
			}
		}
		return flipped;
	}

	/** Breadth-first flood fill from seed; the region's pixels are left in queue[0, size). */
	private static int fill(byte[] map, int w, int h, byte value, int seed, boolean[] seen, int[] queue) {
		int head = 0, tail = 0;
		queue[tail++] = seed;
		seen[seed] = true;
		while (head < tail) {
			final int p = queue[head++];
			final int x = p % w, y = p / w;
			final int x0 = Math.max(0, x - 1), x1 = Math.min(w - 1, x + 1);
			final int y0 = Math.max(0, y - 1), y1 = Math.min(h - 1, y + 1);
			for (int yy = y0; yy <= y1; yy++) {
				for (int xx = x0; xx <= x1; xx++) {
					final int q = yy * w + xx;
					if (!seen[q] && map[q] == value) {
						seen[q] = true;
						queue[tail++] = q;
					}
				}
			}
		}
		return tail;
	}
}
