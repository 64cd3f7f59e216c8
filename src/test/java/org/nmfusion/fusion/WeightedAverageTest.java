package org.nmfusion.fusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Iterator;

import net.imglib2.img.Img;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.UnsignedByteType;

import org.junit.jupiter.api.Test;

class WeightedAverageTest {

	@Test
	void constantAndMapWeights() {
		final Img<UnsignedByteType> a = ArrayImgs.unsignedBytes(new byte[] { 10, 20, (byte) 200, 0 }, 2, 2);
		final Img<UnsignedByteType> b = ArrayImgs.unsignedBytes(new byte[] { 30, 21, 100, (byte) 255 }, 2, 2);
		assertValues(new double[] { 20, 21, 150, 128 }, WeightedAverage.fuse(a, b, 0.5)); // 20.5 -> 21, 127.5 -> 128
		assertValues(new double[] { 10, 21, 125, 128 }, WeightedAverage.fuse(a, b, ArrayImgs.floats(new float[] { 1, 0, 0.25f, 0.5f }, 2, 2)));
		assertTrue(WeightedAverage.fuse(a, b, 0.5).firstElement() instanceof UnsignedByteType, "keeps A's type");
	}

	@Test
	void badInputIsNamed() {
		final Img<UnsignedByteType> a = ArrayImgs.unsignedBytes(4, 3);
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
			() -> WeightedAverage.fuse(a, ArrayImgs.unsignedBytes(3, 4), 0.5));
		assertTrue(e.getMessage().contains("size mismatch"), e.getMessage());
		e = assertThrows(IllegalArgumentException.class,
			() -> WeightedAverage.fuse(a, a, 2.0));
		assertTrue(e.getMessage().contains("[0, 1]"), e.getMessage());
		final float[] w = new float[12];
		w[5] = 1.5f;
		e = assertThrows(IllegalArgumentException.class, () -> WeightedAverage.fuse(a, a, ArrayImgs.floats(w, 4, 3)));
		assertTrue(e.getMessage().contains("x=1, y=1"), e.getMessage());
	}

	private static void assertValues(double[] expected, Img<? extends RealType<?>> img) {
		final Iterator<? extends RealType<?>> it = img.iterator();
		for (double v : expected) assertEquals(v, it.next().getRealDouble(), 0.0);
	}
}
