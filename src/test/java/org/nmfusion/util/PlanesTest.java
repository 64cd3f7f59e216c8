package org.nmfusion.util;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import net.imglib2.img.Img;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.view.Views;
import org.junit.jupiter.api.Test;

/** Row blocks, value comparison and piecewise 8-bit conversion equal their whole-image counterparts. */
class PlanesTest {

	@Test
	void rowsAreTheWholeCopysRowsAlsoForAShiftedView() {
		final float[] v = new float[7 * 5];
		for (int i = 0; i < v.length; i++)
			v[i] = i * 1.5f - 3;
		final Img<?> img = ArrayImgs.floats(v, 7, 5);
		final float[] rows = new float[2 * 7];
		Planes.copyRows(ArrayImgs.floats(v, 7, 5), 2, 4, rows);
		assertArrayEquals(Arrays.copyOfRange(v, 14, 28), rows);
		Planes.copyRows(Views.translate(ArrayImgs.floats(v, 7, 5), 10, -3), 2, 4, rows);
		assertArrayEquals(Arrays.copyOfRange(v, 14, 28), rows);
		assertTrue(img.size() == 35);
	}

	@Test
	void sameValuesComparesBitPatterns() {
		assertTrue(Planes.sameValues(ArrayImgs.unsignedBytes(new byte[] { 1, 2, -1 }, 3, 1), ArrayImgs.unsignedBytes(new byte[] { 1, 2, -1 }, 3, 1)));
		assertFalse(
			Planes.sameValues(ArrayImgs.unsignedBytes(new byte[] { 1, 2, -1 }, 3, 1), ArrayImgs.unsignedBytes(new byte[] { 1, 2, -2 }, 3, 1)));
		assertFalse(Planes.sameValues(ArrayImgs.floats(new float[] { 0f }, 1, 1), ArrayImgs.floats(new float[] { -0f }, 1, 1)));
		assertFalse(Planes.sameValues(ArrayImgs.floats(new float[] { 0f }, 1, 1), ArrayImgs.floats(new float[] { 0f, 0f }, 2, 1)));
	}

	@Test
	void unsignedBytesInPiecesEqualTheWholeConversion() {
		final float[] v = { -3.2f, -0.5f, -0.49f, 0, 0.5f, 1.49999f, 1.5f, 2.5f, 127.5f, 254.5f, 254.49f, 255, 255.5f, 300, Float.MAX_VALUE,
			-Float.MAX_VALUE };
		final byte[] whole = ((net.imglib2.img.array.ArrayImg<UnsignedByteType, net.imglib2.img.basictypeaccess.array.ByteArray>) FloatImages
			.toType(v, v.length, 1, new UnsignedByteType())).update(null).getCurrentStorageArray();
		final byte[] pieces = new byte[v.length];
		FloatImages.toUnsignedBytes(Arrays.copyOfRange(v, 0, 5), 5, pieces, 0);
		FloatImages.toUnsignedBytes(Arrays.copyOfRange(v, 5, v.length), v.length - 5, pieces, 5);
		assertArrayEquals(whole, pieces);
	}
}
