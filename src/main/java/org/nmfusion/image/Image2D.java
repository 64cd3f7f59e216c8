package org.nmfusion.image;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;
import net.imglib2.util.Intervals;

/**
 * A 2-D image as the algorithm stages see it: one gray channel, or three 8-bit channels
 * (red, green, blue) for RGB, plus its spatial calibration. Channels are ImgLib2 images;
 * for gray images read through {@link ImagePlusAdapter} they share the ImagePlus pixel array.
 */
public final class Image2D {

	/**
	 * What the channels hold; decides how the image is written back to ImageJ. RGB is three 8-bit
	 * channels; RGB_FLOAT three 32-bit channels (a colour image processed with float output).
	 */
	public enum Kind {
		GRAY8, GRAY16, GRAY32, RGB, RGB_FLOAT;

		/** Number of channels of this kind. */
		public int channels() {
			return this == RGB || this == RGB_FLOAT ? 3 : 1;
		}
	}

	private final Kind kind;
	private final List<RandomAccessibleInterval<? extends RealType<?>>> channels;
	private final PixelCalibration calibration;
	private final ValueCalibration values;

	public Image2D(Kind kind, List<? extends RandomAccessibleInterval<? extends RealType<?>>> channels,
		PixelCalibration calibration)
	{
		this(kind, channels, calibration, ValueCalibration.NONE);
	}

	/** An image whose stored values map to real values by {@code values} (e.g. DICOM CT, 16-bit). */
	public Image2D(Kind kind, List<? extends RandomAccessibleInterval<? extends RealType<?>>> channels,
		PixelCalibration calibration, ValueCalibration values)
	{
		final int expected = kind.channels();
		if (channels.size() != expected) {
			throw new IllegalArgumentException(kind + " image needs " + expected + " channel(s), got " + channels.size());
		}
		for (RandomAccessibleInterval<?> c : channels) {
			if (c.numDimensions() != 2) throw new IllegalArgumentException("channels must be 2-D");
			if (!Intervals.equalDimensions(c, channels.get(0))) throw new IllegalArgumentException("channels differ in size");
		}
		this.kind = kind;
		this.channels = Collections.unmodifiableList(new ArrayList<>(channels));
		this.calibration = calibration == null ? PixelCalibration.UNCALIBRATED : calibration;
		this.values = values == null ? ValueCalibration.NONE : values;
	}

	/** A single-channel image of the given kind (GRAY8, GRAY16 or GRAY32). */
	public static Image2D gray(Kind kind, RandomAccessibleInterval<? extends RealType<?>> channel, PixelCalibration cal) {
		return new Image2D(kind, Collections.singletonList(channel), cal);
	}

	public Kind kind() { return kind; }

	public boolean isRgb() { return kind.channels() == 3; }

	public List<RandomAccessibleInterval<? extends RealType<?>>> channels() { return channels; }

	public RandomAccessibleInterval<? extends RealType<?>> channel(int c) { return channels.get(c); }

	public PixelCalibration calibration() { return calibration; }

	/** How stored values map to real values (identity for most images). */
	public ValueCalibration values() { return values; }

	public long width() { return channels.get(0).dimension(0); }

	public long height() { return channels.get(0).dimension(1); }

	/**
	 * Applies {@code op} to every channel; the result has the given kind and this image's calibration
	 * (the value calibration is kept when the kind is, dropped otherwise: {@code op} must then return
	 * real values).
	 */
	public Image2D mapChannels(Kind resultKind,
		Function<RandomAccessibleInterval<? extends RealType<?>>, RandomAccessibleInterval<? extends RealType<?>>> op)
	{
		List<RandomAccessibleInterval<? extends RealType<?>>> out = new ArrayList<>();
		for (RandomAccessibleInterval<? extends RealType<?>> c : channels) out.add(op.apply(c));
		return new Image2D(resultKind, out, calibration, resultKind == kind ? values : ValueCalibration.NONE);
	}
}
