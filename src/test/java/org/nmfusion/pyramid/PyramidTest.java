package org.nmfusion.pyramid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PyramidTest {

	@Test
	void levelsForIsFloorLog2OfTheShorterSide() {
		assertEquals(8, Pyramid.levelsFor(256, 256));
		assertEquals(7, Pyramid.levelsFor(255, 257)); // log2(255) = 7.99
		assertEquals(8, Pyramid.levelsFor(257, 256));
		assertEquals(8, Pyramid.levelsFor(640, 480)); // log2(480) = 8.9
		assertEquals(9, Pyramid.levelsFor(512, 512));
		assertEquals(2, Pyramid.levelsFor(17, 5));
		assertEquals(1, Pyramid.levelsFor(3, 1000));
		assertEquals(1, Pyramid.levelsFor(1000, 3));
		assertEquals(1, Pyramid.levelsFor(2, 2));
		assertEquals(1, Pyramid.levelsFor(1, 1)); // log2(1) = 0, at least 1
		assertThrows(IllegalArgumentException.class, () -> Pyramid.levelsFor(0, 5));
	}

	@Test
	void maxLevelsRunsDownToOnePixel() {
		assertEquals(1, Pyramid.maxLevels(1, 1));
		assertEquals(2, Pyramid.maxLevels(2, 1));
		assertEquals(3, Pyramid.maxLevels(3, 3)); // 3, 2, 1
		assertEquals(3, Pyramid.maxLevels(4, 1)); // 4, 2, 1
		assertEquals(4, Pyramid.maxLevels(5, 2)); // 5, 3, 2, 1
		assertEquals(11, Pyramid.maxLevels(3, 1000));
		assertEquals(9, Pyramid.maxLevels(256, 256));
	}

	@Test
	void constructorChecksLevelSizesAndCopies() {
		final float[][] levels = { new float[5 * 3], new float[3 * 2], new float[2] };
		levels[1][4] = 7;
		final Pyramid p = new Pyramid(levels, 5, 3);
		assertEquals(3, p.levels());
		assertArrayEquals(new int[] { 5, 3, 2 }, new int[] { p.width(0), p.width(1), p.width(2) });
		assertArrayEquals(new int[] { 3, 2, 1 }, new int[] { p.height(0), p.height(1), p.height(2) });
		levels[1][4] = 1; // changing the source array after construction ...
		p.level(1)[4] = 2; // ... or the returned copy does not change the pyramid
		assertEquals(7f, p.level(1)[4]);

		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
			() -> new Pyramid(new float[][] { new float[15], new float[5] }, 5, 3));
		assertTrue(e.getMessage().contains("level 1"), e.getMessage());
		assertThrows(IllegalArgumentException.class, () -> new Pyramid(new float[0][], 5, 3));
		assertThrows(IllegalArgumentException.class, () -> new Pyramid(new float[][] { new float[15] }, -5, -3));
		assertThrows(IllegalArgumentException.class, () -> p.level(3));
		assertThrows(IllegalArgumentException.class, () -> p.width(-1));
	}
}
