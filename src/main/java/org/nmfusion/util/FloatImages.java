package org.nmfusion.util;

import net.imglib2.Cursor;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.img.array.ArrayImgFactory;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.NativeType;
import net.imglib2.type.numeric.IntegerType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.view.Views;

/**
 * Conversions between 2-D ImgLib2 images and row-major {@code float[]} planes (index y * width + x),
 * the working format of the algorithm cores. Conversion back to an integer pixel type rounds
 * half up and clamps to the type's range.
 */
public final class FloatImages {

	private FloatImages() {}

	/** Copies a non-empty 2-D image into a new row-major float array; rejects NaN and infinite values. */
	public static float[] toFloats(RandomAccessibleInterval<? extends RealType<?>> image, String what) {
		Checks.require2D(image, what);
		final float[] out = Planes.copy(image);
		Checks.requireFinite(out, (int) image.dimension(0), what);
		return out;
	}

	/** Wraps a row-major float array as a 32-bit image (no copy). */
	public static Img<FloatType> wrap(float[] data, long width, long height) {
		return ArrayImgs.floats(data, width, height);
	}

	/** Writes a float plane into a new image of the given pixel type (rounded and clamped for integer types). */
	public static <T extends RealType<T> & NativeType<T>> Img<T> toType(float[] data, long width, long height, T type) {
		final Img<T> out = new ArrayImgFactory<>(type.createVariable()).create(width, height);
		final boolean integer = type instanceof IntegerType;
		final double min = type.getMinValue(), max = type.getMaxValue();
		final Cursor<T> c = Views.flatIterable(out).cursor();
		int i = 0;
		while (c.hasNext()) {
			double v = data[i++];
			if (integer) v = Math.round(v);
			c.next().setReal(Math.max(min, Math.min(max, v)));
		}
		return out;
	}

	/**
	 * Writes {@code n} values of {@code data} from index 0 as unsigned 8-bit values into {@code out} from {@code offset}, rounded
	 * and clamped as {@link #toType} does for {@code UnsignedByteType}: a float plane converted in pieces.
	 */
	public static void toUnsignedBytes(final float[] data, final int n, final byte[] out, final int offset) {
		for (int i = 0; i < n; i++)
			out[offset + i] = (byte) Math.max(0, Math.min(255, Math.round((double) data[i])));
	}

	/** Writes a float plane into a new image of the same pixel type as {@code like}. */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	public static Img<? extends RealType<?>> toTypeOf(float[] data, RandomAccessibleInterval<? extends RealType<?>> like) {
		final RealType type = like.getType();
		if (!(type instanceof NativeType)) throw new IllegalArgumentException("unsupported pixel type " + type.getClass().getSimpleName());
		return toType(data, like.dimension(0), like.dimension(1), (RealType & NativeType) type);
	}
}
