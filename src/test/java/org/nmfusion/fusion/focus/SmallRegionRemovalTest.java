package org.nmfusion.fusion.focus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SmallRegionRemovalTest {

	private static final int W = 10, H = 10;

	private static byte[] map(int fill, int[][] points) {
		final byte[] m = new byte[W * H];
		java.util.Arrays.fill(m, (byte) fill);
		for (int[] p : points) m[p[1] * W + p[0]] = (byte) (1 - fill);
		return m;
	}

	@Test
	void thresholdIsCeilOfRatioTimesArea() {
		assertEquals(5, SmallRegionRemoval.threshold(10, 10, 0.05));
		assertEquals(1, SmallRegionRemoval.threshold(10, 10, 0.001)); // ceil(0.1)
		assertEquals(0, SmallRegionRemoval.threshold(10, 10, 0));
	}

	@Test
	void smallBlobOfOnesIsRemoved() {
		final byte[] blob = map(0, new int[][] { { 4, 4 }, { 5, 4 }, { 4, 5 } });
		assertArrayEquals(new byte[W * H], SmallRegionRemoval.apply(blob, W, H, 0.05));
		assertEquals(1, blob[44], "input untouched");
		// five pixels is not below the threshold of 5: kept
		final byte[] five = map(0, new int[][] { { 4, 4 }, { 5, 4 }, { 4, 5 }, { 5, 5 }, { 6, 5 } });
		assertArrayEquals(five, SmallRegionRemoval.apply(five, W, H, 0.05));
	}

	@Test
	void holeInDIsFilled() {
		final byte[] holed = map(1, new int[][] { { 0, 0 }, { 7, 3 }, { 8, 3 } });
		final byte[] ones = map(1, new int[0][]);
		assertArrayEquals(ones, SmallRegionRemoval.apply(holed, W, H, 0.05));
	}

	@Test
	void diagonalPixelsAreOneRegion() {
		// five pixels touching only at corners: one 8-connected region of 5 (kept), five 4-connected singletons
		final int[][] diagonal = { { 2, 2 }, { 3, 3 }, { 4, 4 }, { 5, 5 }, { 6, 6 } };
		final byte[] ones = map(0, diagonal);
		assertArrayEquals(ones, SmallRegionRemoval.apply(ones, W, H, 0.05));
		final byte[] zeros = map(1, diagonal);
		assertArrayEquals(zeros, SmallRegionRemoval.apply(zeros, W, H, 0.05));
		// at threshold 6 both go
		assertEquals(5, SmallRegionRemoval.removeRegions(ones, W, H, (byte) 1, 6));
		assertArrayEquals(new byte[W * H], ones);
	}

	@Test
	void onesFirstThenZeros() {
		// a one-pixel island of ones inside a ring of 8 zeros, threshold ceil(0.09 * 100) = 9: the island goes
		// first, which merges it into the hole (now 9 pixels, kept); zeros first would have filled the 8-pixel ring
		final int[][] ring = new int[8][];
		int k = 0;
		for (int y = 3; y <= 5; y++) {
			for (int x = 3; x <= 5; x++) {
				if (x != 4 || y != 4) ring[k++] = new int[] { x, y };
			}
		}
		final byte[] out = SmallRegionRemoval.apply(map(1, ring), W, H, 0.09);
		for (int y = 0; y < H; y++) {
			for (int x = 0; x < W; x++) {
				assertEquals(x >= 3 && x <= 5 && y >= 3 && y <= 5 ? 0 : 1, out[y * W + x], "x=" + x + ", y=" + y);
			}
		}
	}

	@Test
	void badInputIsNamed() {
		final byte[] m = new byte[W * H];
		m[12] = 2;
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SmallRegionRemoval.apply(m, W, H, 0.01));
		assertTrue(e.getMessage().contains("binary") && e.getMessage().contains("x=2, y=1"), e.getMessage());
		e = assertThrows(IllegalArgumentException.class, () -> SmallRegionRemoval.apply(new byte[W * H], W, H, 1.5));
		assertTrue(e.getMessage().contains("ratio"), e.getMessage());
	}
}
