package org.nmfusion.fusion;

import java.util.ArrayList;
import java.util.List;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.integer.UnsignedShortType;
import org.nmfusion.filter.HannMeanFilter;
import org.nmfusion.fusion.method.FusionContext;
import org.nmfusion.fusion.method.FusionMethod;
import org.nmfusion.fusion.method.FusionOptions;
import org.nmfusion.image.Image2D;
import org.nmfusion.image.Plane;
import org.nmfusion.util.Checks;
import org.nmfusion.util.FloatImages;
import org.nmfusion.util.Planes;

/**
 * Fuses N &gt;= 2 registered images with one {@link FusionMethod}: scales every source to [0, 1]
 * ({@link UnitRange}), applies the optional Hann-mean pre-filter, fuses sequentially
 * (F = fuse(fuse(I1, I2), I3) ..., as Liu et al. 2017 do for image series), handles colour (a gray
 * image is fused into the BT.601 luminance of a colour one, kept exactly by reducing the chroma where a channel
 * would leave the range; two colour images share one weight map
 * from their luminance) and writes the result in the first source's type, or as 32-bit real values on
 * request. See docs/method.md.
 */
public final class Fusion {

	private Fusion() {}

	/** Fuses two registered images. */
	public static FusionResult fuse(final Image2D a, final Image2D b, final FusionMethod method, final FusionOptions options,
		final FusionContext context)
	{
		return fuse(List.of(requireSource(a, "source A"), requireSource(b, "source B")), method, options, context);
	}

	/** Fuses N &gt;= 2 registered images, sequentially in list order. */
	public static FusionResult fuse(final List<Image2D> sources, final FusionMethod method, final FusionOptions options,
		final FusionContext context)
	{
		validate(sources, method, options, context);
		final List<float[][]> stored = new ArrayList<>();
		for (final Image2D s : sources)
			stored.add(storedPlanes(s));
		final List<UnitRange> ranges = UnitRange.of(sources, stored);
		final int w = (int) sources.get(0).width(), h = (int) sources.get(0).height();
		UnitImage acc = null;
		Plane weightMap = null;
		final int pairs = sources.size() - 1;
		for (int i = 0; i < sources.size(); i++) {
			final UnitImage next = UnitImage.of(stored.get(i), ranges.get(i), w, h, options.denoiseRadius());
			stored.set(i, null); // let the stored copy go
			if (acc == null) {
				acc = next;
				continue;
			}
			final String step = pairs == 1 ? method.name() : method.name() + " " + i + "/" + pairs;
			context.progress(i - 1, pairs, step);
			weightMap = method.weightMap(acc.luma(), next.luma(), options, context); // colour lumas are dropped right after
			acc = fusePair(acc, next, weightMap, method, options, context);
		}
		context.progress(pairs, pairs, method.name() + " done");
		return new FusionResult(output(acc, sources, ranges, options.floatOutput()), weightMap, method.name());
	}

	/**
	 * The two sources as the CNN sees them: gray [0, 1] planes (colour via BT.601 luminance), scaled as
	 * in {@link #fuse}.
	 */
	public static Plane[] unitLuma(final Image2D a, final Image2D b) {
		final List<Image2D> sources = List.of(requireSource(a, "source A"), requireSource(b, "source B"));
		requireSameSize(sources);
		final List<float[][]> stored = List.of(storedPlanes(a), storedPlanes(b));
		final List<UnitRange> ranges = UnitRange.of(sources, stored);
		final int w = (int) a.width(), h = (int) a.height();
		return new Plane[] { UnitImage.of(stored.get(0), ranges.get(0), w, h, 0).luma(),
			UnitImage.of(stored.get(1), ranges.get(1), w, h, 0).luma() };
	}

	private static UnitImage fusePair(final UnitImage x, final UnitImage y, final Plane weightMap, final FusionMethod method,
		final FusionOptions options, final FusionContext context)
	{
		if (!x.colour() && !y.colour()) return UnitImage.gray(method.fuse(x.plane(0), y.plane(0), weightMap, options, context));
		if (x.colour() && y.colour()) {
			final Plane[] out = new Plane[3];
			for (int c = 0; c < 3; c++) {
				out[c] = method.fuse(x.plane(c), y.plane(c), weightMap, options, context);
				x.release(c); // the sources' channels are not read again: large colour pairs need less memory
				y.release(c);
			}
			return UnitImage.colour(out);
		}
		// gray + colour: the gray image is fused into the colour image's luminance; U and V are kept
		final UnitImage colour = x.colour() ? x : y;
		final float[][] yuv = YuvColour.toYuv(colour.plane(0).data(), colour.plane(1).data(), colour.plane(2).data());
		final Plane luma = colour.plane(0).with(yuv[0]);
		final Plane fusedLuma = x.colour() ? method.fuse(luma, y.plane(0), weightMap, options, context)
			: method.fuse(x.plane(0), luma, weightMap, options, context);
		final float[][] rgb = YuvColour.toRgbKeepingLuma(fusedLuma.data(), yuv[1], yuv[2]);
		final Plane p = colour.plane(0);
		return UnitImage.colour(new Plane[] { p.with(rgb[0]), p.with(rgb[1]), p.with(rgb[2]) });
	}

	/** Back from [0, 1] to the output type: the first source's, RGB if any source is colour, or 32-bit. */
	private static Image2D output(final UnitImage fused, final List<Image2D> sources, final List<UnitRange> ranges,
		final boolean floatOutput)
	{
		final int w = fused.plane(0).width(), h = fused.plane(0).height();
		int ref = 0;
		if (fused.colour()) {
			while (!sources.get(ref).isRgb())
				ref++;
		}

		final Image2D like = sources.get(ref);
		final UnitRange range = ranges.get(ref);
		final List<RandomAccessibleInterval<? extends RealType<?>>> channels = new ArrayList<>();
		final Image2D.Kind kind;
		if (fused.colour()) {
			kind = floatOutput || like.kind() == Image2D.Kind.RGB_FLOAT ? Image2D.Kind.RGB_FLOAT : Image2D.Kind.RGB;
			for (int c = 0; c < 3; c++)
				channels.add(kind == Image2D.Kind.RGB ? FloatImages.toType(range.fromUnit(fused.plane(c).data()), w, h, new UnsignedByteType())
					: FloatImages.wrap(range.fromUnit(fused.plane(c).data()), w, h));
			return new Image2D(kind, channels, like.calibration());
		}
		final float[] stored = range.fromUnit(fused.plane(0).data());
		if (like.isRgb()) { // gray content of RGB sources: written back as RGB with three equal channels
			final RandomAccessibleInterval<? extends RealType<?>> gray = floatOutput || like.kind() == Image2D.Kind.RGB_FLOAT
				? FloatImages.wrap(stored, w, h) : FloatImages.toType(stored, w, h, new UnsignedByteType());
			return new Image2D(floatOutput ? Image2D.Kind.RGB_FLOAT : like.kind(), List.of(gray, gray, gray), like.calibration());
		}
		if (floatOutput || like.kind() == Image2D.Kind.GRAY32) {
			channels.add(FloatImages.wrap(like.values().applyInPlace(stored), w, h));
			return new Image2D(Image2D.Kind.GRAY32, channels, like.calibration());
		}
		kind = like.kind();
		channels.add(kind == Image2D.Kind.GRAY8 ? FloatImages.toType(stored, w, h, new UnsignedByteType())
			: FloatImages.toType(stored, w, h, new UnsignedShortType()));
		return new Image2D(kind, channels, like.calibration(), like.values());
	}

	private static float[][] storedPlanes(final Image2D s) {
		final float[][] planes = new float[s.channels().size()][];
		for (int c = 0; c < planes.length; c++) {
			planes[c] = Planes.copy(s.channel(c));
			Checks.requireFinite(planes[c], (int) s.width(), "source");
		}
		return planes;
	}

	private static void validate(final List<Image2D> sources, final FusionMethod method, final FusionOptions options,
		final FusionContext context)
	{
		if (method == null) throw new IllegalArgumentException("no fusion method given");
		if (options == null) throw new IllegalArgumentException("no fusion options given");
		if (context == null) throw new IllegalArgumentException("no fusion context given");
		if (sources == null || sources.size() < 2)
			throw new IllegalArgumentException("fusion needs at least two source images, got " + (sources == null ? 0 : sources.size()));
		for (int i = 0; i < sources.size(); i++)
			requireSource(sources.get(i), "source " + (i + 1));
		requireSameSize(sources);
		final Plane given = context.givenWeightMap();
		if (given != null) {
			if (given.width() != sources.get(0).width() || given.height() != sources.get(0).height())
				throw new IllegalArgumentException("the weight map is " + given.width() + "x" + given.height() + " but the sources are " +
					sources.get(0).width() + "x" + sources.get(0).height());
			final float[] d = given.data();
			for (int i = 0; i < d.length; i++)
				if (!(d[i] >= 0 && d[i] <= 1))
					throw new IllegalArgumentException("the weight map must hold values in [0, 1], but pixel (x=" + i % given.width() + ", y=" +
						i / given.width() + ") is " + d[i]);
		}
		final int w = (int) sources.get(0).width(), h = (int) sources.get(0).height();
		if (options.denoiseRadius() > 0) HannMeanFilter.requireRadiusFits("denoise radius", options.denoiseRadius(), w, h);
	}

	private static void requireSameSize(final List<Image2D> sources) {
		final Image2D first = sources.get(0);
		for (int i = 1; i < sources.size(); i++) {
			final Image2D s = sources.get(i);
			if (s.width() != first.width() || s.height() != first.height())
				throw new IllegalArgumentException("source images differ in size: source 1 is " + first.width() + "x" + first.height() +
					" but source " + (i + 1) + " is " + s.width() + "x" + s.height() + " (fusion needs registered images of one size)");
		}
	}

	private static Image2D requireSource(final Image2D s, final String what) {
		if (s == null) throw new IllegalArgumentException(what + " is missing (null)");
		return s;
	}

	/** A source in the [0, 1] scale: one gray plane or three colour planes, optionally pre-filtered. */
	private static final class UnitImage {

		private final Plane[] planes;

		private UnitImage(final Plane[] planes) {
			this.planes = planes;
		}

		static UnitImage gray(final Plane p) {
			return new UnitImage(new Plane[] { p });
		}

		static UnitImage colour(final Plane[] rgb) {
			return new UnitImage(rgb);
		}

		static UnitImage of(final float[][] stored, final UnitRange range, final int w, final int h, final int denoiseRadius) {
			// gray content stored in three equal channels (common for medical PNGs) is fused as gray
			final float[][] planes = stored.length == 3 && java.util.Arrays.equals(stored[0], stored[1]) &&
				java.util.Arrays.equals(stored[0], stored[2]) ? new float[][] { stored[0] } : stored;
			final Plane[] p = new Plane[planes.length];
			for (int c = 0; c < p.length; c++) {
				float[] unit = range.toUnit(planes[c]);
				if (denoiseRadius > 0) unit = HannMeanFilter.filter(unit, w, h, denoiseRadius, Double.NaN);
				p[c] = new Plane(unit, w, h);
			}
			return new UnitImage(p);
		}

		boolean colour() { return planes.length == 3; }

		Plane plane(final int c) { return planes[c]; }

		/** Drops channel c once it has been fused. */
		void release(final int c) { planes[c] = null; }

		Plane luma() {
			return colour() ? planes[0].with(Planes.luminance(planes[0].data(), planes[1].data(), planes[2].data())) : planes[0];
		}
	}
}
