package org.nmfusion.cnn;

import static org.junit.jupiter.api.Assertions.*;

import net.imglib2.img.array.ArrayImgs;
import org.junit.jupiter.api.Test;

class UnitScalingTest {
	@Test
	void scalesByTypeAndRowMajor() {
		float[] u8 = UnitScaling.toUnit(ArrayImgs.unsignedBytes(new byte[] {0, (byte) 255, (byte) 51, 0, 0, 0}, 3, 2));
		assertArrayEquals(new float[] {0f, 1f, 0.2f, 0, 0, 0}, u8, 1e-6f);
		float[] u16 = UnitScaling.toUnit(ArrayImgs.unsignedShorts(new short[] {0, (short) 65535}, 2, 1));
		assertArrayEquals(new float[] {0f, 1f}, u16, 1e-6f);
		float[] f = UnitScaling.toUnit(ArrayImgs.floats(new float[] {-2, 2, 0, 1}, 2, 2));
		assertArrayEquals(new float[] {0f, 1f, 0.5f, 0.75f}, f, 1e-6f);
		assertArrayEquals(new float[] {0f, 0f}, UnitScaling.minMax(new float[] {3f, 3f}));
		assertThrows(IllegalArgumentException.class, () -> UnitScaling.minMax(new float[] {1f, Float.NaN}));
	}
}
