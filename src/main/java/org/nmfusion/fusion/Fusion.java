package org.nmfusion.fusion;

import java.util.ArrayList;
import java.util.Arrays;
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
		final List<float[][]> stored = storedPlanes(sources);
		final List<UnitRange> ranges = UnitRange.of(sources, stored);
		UnitImage acc = null;
		Plane weightMap = null;
		Image2D colourOutput = null;
		final int pairs = sources.size() - 1;
		for (int i = 0; i < sources.size(); i++) {
			final UnitImage next = unitImage(sources.get(i), stored.get(i), ranges.get(i), options.denoiseRadius());
			stored.set(i, null); // let the stored copy go
			if (acc == null) {
				acc = next;
				continue;
			}
			final String step = pairs == 1 ? method.name() : method.name() + " " + i + "/" + pairs;
			context.progress(i - 1, pairs, step);
			weightMap = method.weightMap(acc.luma(), next.luma(), options, context); // colour lumas are dropped right after
			if (!acc.colour() && !next.colour()) {
				acc = UnitImage.gray(fuseOwned(method, acc.plane(0), next.plane(0), weightMap, options, context));
				continue;
			}
			final int w = next.width(), h = next.height();
			if (i < pairs) {
				final ColourChannels.UnitPlanes fused = ColourChannels.unitPlanes(w, h);
				fuseColour(acc, next, weightMap, method, options, context, fused);
				acc = fused.image();
			}
			else { // the last pair's channels go straight to the output type
				final int ref = firstRgb(sources);
				final ColourChannels.Output fused = ColourChannels.output(sources.get(ref), ranges.get(ref), options.floatOutput(), w, h);
				fuseColour(acc, next, weightMap, method, options, context, fused);
				acc = null;
				colourOutput = fused.image();
			}
		}
		context.progress(pairs, pairs, method.name() + " done");
		return new FusionResult(colourOutput != null ? colourOutput : grayOutput(acc.plane(0), sources, ranges, options.floatOutput()), weightMap,
			method.name());
	}

	/**
	 * The two sources as the CNN sees them: gray [0, 1] planes (colour via BT.601 luminance), scaled as
	 * in {@link #fuse}.
	 */
	public static Plane[] unitLuma(final Image2D a, final Image2D b) {
		final List<Image2D> sources = List.of(requireSource(a, "source A"), requireSource(b, "source B"));
		requireSameSize(sources);
		final List<float[][]> stored = storedPlanes(sources);
		final List<UnitRange> ranges = UnitRange.of(sources, stored);
		return new Plane[] { unitImage(a, stored.get(0), ranges.get(0), 0).luma(), unitImage(b, stored.get(1), ranges.get(1), 0).luma() };
	}

	/**
	 * A colour result of a pair into {@code out}. Two colour images: channel by channel with the one weight map, each
	 * channel of the sources made when it is fused and dropped after. A gray and a colour image: the gray image is fused
	 * into the colour image's luminance, and the colour image's chroma (U, V) is put back in blocks of rows.
	 */
	private static void fuseColour(final UnitImage x, final UnitImage y, final Plane weightMap, final FusionMethod method,
		final FusionOptions options, final FusionContext context, final ColourChannels out)
	{
		if (x.colour() && y.colour()) {
			for (int c = 0; c < 3; c++) {
				out.put(c, fuseOwned(method, x.plane(c), y.plane(c), weightMap, options, context).data(), 0, out.height);
				x.release(c); // the sources' channels are not read again: large colour pairs need less memory
				y.release(c);
			}
			return;
		}
		final UnitImage colour = x.colour() ? x : y;
		final float[] fusedLuma = (x.colour() ? fuseOwned(method, colour.luma(), y.plane(0), weightMap, options, context)
			: fuseOwned(method, x.plane(0), colour.luma(), weightMap, options, context)).data();
		final int w = out.width, h = out.height, step = Math.max(1, UnitImage.BLOCK_PIXELS / w);
		for (int y0 = 0; y0 < h; y0 += step) {
			final int y1 = Math.min(h, y0 + step), n = (y1 - y0) * w;
			final float[] r = new float[n], g = new float[n], b = new float[n];
			colour.rows(0, y0, y1, r);
			colour.rows(1, y0, y1, g);
			colour.rows(2, y0, y1, b);
			final float[][] yuv = YuvColour.toYuv(r, g, b);
			final float[][] rgb = YuvColour.toRgbKeepingLuma(Arrays.copyOfRange(fusedLuma, y0 * w, y0 * w + n), yuv[1], yuv[2]);
			for (int c = 0; c < 3; c++)
				out.put(c, rgb[c], y0, y1);
		}
	}

	/**
	 * Fuses one channel pair whose {@code a} is a plane of the fusion's own (a unit copy of a source or an earlier result)
	 * that is not read again, so a pyramid method may build its result in it.
	 */
	private static Plane fuseOwned(final FusionMethod method, final Plane a, final Plane b, final Plane weightMap, final FusionOptions options,
		final FusionContext context)
	{
		if (weightMap != null && weightMap.data() == a.data()) return method.fuse(a, b, weightMap, options, context);
		return method.fuseReusingA(a, b, weightMap, options, context);
	}

	/** Index of the first RGB source: its type and range are those of a colour result. */
	private static int firstRgb(final List<Image2D> sources) {
		int ref = 0;
		while (!sources.get(ref).isRgb())
			ref++;
		return ref;
	}

	/** A gray result back from [0, 1] to the output type: the first source's (RGB with three equal channels for RGB sources), or 32-bit. */
	private static Image2D grayOutput(final Plane fused, final List<Image2D> sources, final List<UnitRange> ranges, final boolean floatOutput) {
		final int w = fused.width(), h = fused.height();
		final Image2D like = sources.get(0);
		final float[] stored = ranges.get(0).fromUnit(fused.data());
		if (like.isRgb()) { // gray content of RGB sources: written back as RGB with three equal channels
			final RandomAccessibleInterval<? extends RealType<?>> gray = floatOutput || like.kind() == Image2D.Kind.RGB_FLOAT
				? FloatImages.wrap(stored, w, h) : FloatImages.toType(stored, w, h, new UnsignedByteType());
			return new Image2D(floatOutput ? Image2D.Kind.RGB_FLOAT : like.kind(), List.of(gray, gray, gray), like.calibration());
		}
		if (floatOutput || like.kind() == Image2D.Kind.GRAY32)
			return new Image2D(Image2D.Kind.GRAY32, List.of(FloatImages.wrap(like.values().applyInPlace(stored), w, h)), like.calibration());
		final Image2D.Kind kind = like.kind();
		return new Image2D(kind, List.of(kind == Image2D.Kind.GRAY8 ? FloatImages.toType(stored, w, h, new UnsignedByteType())
			: FloatImages.toType(stored, w, h, new UnsignedShortType())), like.calibration(), like.values());
	}

	/**
	 * The stored values of each source as float planes, checked finite; none for 8-bit RGB sources, whose range is fixed
	 * and whose channels {@link UnitImage#ofRgb} reads when needed.
	 */
	private static List<float[][]> storedPlanes(final List<Image2D> sources) {
		final List<float[][]> stored = new ArrayList<>();
		for (final Image2D s : sources)
			stored.add(s.kind() == Image2D.Kind.RGB ? null : storedPlanes(s));
		return stored;
	}

	private static UnitImage unitImage(final Image2D source, final float[][] stored, final UnitRange range, final int denoiseRadius) {
		final int w = (int) source.width(), h = (int) source.height();
		return source.kind() == Image2D.Kind.RGB ? UnitImage.ofRgb(source, range, denoiseRadius) : UnitImage.of(stored, range, w, h, denoiseRadius);
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
}
