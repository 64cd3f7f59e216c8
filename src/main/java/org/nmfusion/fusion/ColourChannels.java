package org.nmfusion.fusion;

import java.util.ArrayList;
import java.util.List;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.RealType;
import org.nmfusion.image.Image2D;
import org.nmfusion.image.Plane;
import org.nmfusion.util.FloatImages;

/**
 * Where the three channels of a fused colour image go, whole or in blocks of rows: kept as unit planes while more
 * sources follow ({@link #unitPlanes}), or converted at once to the output type ({@link #output}: back from [0, 1]
 * to 8-bit RGB, rounded and clamped, or to 32-bit channels), so that the last pair holds no float copy of a
 * finished channel.
 */
abstract class ColourChannels {

	final int width, height;

	private ColourChannels(final int width, final int height) {
		this.width = width;
		this.height = height;
	}

	/** Rows y0 (inclusive) to y1 (exclusive) of channel c in unit values; {@code unit} holds exactly them and may be kept or changed. */
	abstract void put(int c, float[] unit, int y0, int y1);

	/** Channels kept as unit planes (more sources follow). */
	static UnitPlanes unitPlanes(final int width, final int height) {
		return new UnitPlanes(width, height);
	}

	/** Channels written in the output type of a colour result: like {@code like} (8-bit RGB or 32-bit), or 32-bit on request. */
	static Output output(final Image2D like, final UnitRange range, final boolean floatOutput, final int width, final int height) {
		return new Output(like, range, floatOutput, width, height);
	}

	private static float[] into(final float[] plane, final float[] rows, final int y0, final int width) {
		System.arraycopy(rows, 0, plane, y0 * width, rows.length);
		return plane;
	}

	/** The channels as unit planes. */
	static final class UnitPlanes extends ColourChannels {

		private final Plane[] planes = new Plane[3];

		private UnitPlanes(final int width, final int height) {
			super(width, height);
		}

		@Override
		void put(final int c, final float[] unit, final int y0, final int y1) {
			if (y0 == 0 && y1 == height) planes[c] = new Plane(unit, width, height);
			else {
				if (planes[c] == null) planes[c] = new Plane(new float[width * height], width, height);
				into(planes[c].data(), unit, y0, width);
			}
		}

		UnitImage image() {
			return UnitImage.colour(planes);
		}
	}

	/** The channels in the output type. */
	static final class Output extends ColourChannels {

		private final Image2D like;
		private final UnitRange range;
		private final Image2D.Kind kind;
		private final byte[][] bytes = new byte[3][];
		private final float[][] floats = new float[3][];

		private Output(final Image2D like, final UnitRange range, final boolean floatOutput, final int width, final int height) {
			super(width, height);
			this.like = like;
			this.range = range;
			this.kind = floatOutput || like.kind() == Image2D.Kind.RGB_FLOAT ? Image2D.Kind.RGB_FLOAT : Image2D.Kind.RGB;
		}

		@Override
		void put(final int c, final float[] unit, final int y0, final int y1) {
			final float[] values = range.fromUnit(unit);
			if (kind == Image2D.Kind.RGB) {
				if (bytes[c] == null) bytes[c] = new byte[width * height];
				FloatImages.toUnsignedBytes(values, values.length, bytes[c], y0 * width);
			}
			else if (y0 == 0 && y1 == height) floats[c] = values;
			else floats[c] = into(floats[c] == null ? new float[width * height] : floats[c], values, y0, width);
		}

		Image2D image() {
			final List<RandomAccessibleInterval<? extends RealType<?>>> channels = new ArrayList<>();
			for (int c = 0; c < 3; c++)
				channels
					.add(kind == Image2D.Kind.RGB ? ArrayImgs.unsignedBytes(bytes[c], width, height) : FloatImages.wrap(floats[c], width, height));
			return new Image2D(kind, channels, like.calibration());
		}
	}
}
