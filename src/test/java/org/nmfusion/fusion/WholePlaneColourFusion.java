package org.nmfusion.fusion;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import org.nmfusion.filter.HannMeanFilter;
import org.nmfusion.fusion.method.FusionContext;
import org.nmfusion.fusion.method.FusionMethod;
import org.nmfusion.fusion.method.FusionOptions;
import org.nmfusion.image.Image2D;
import org.nmfusion.image.Plane;
import org.nmfusion.util.FloatImages;
import org.nmfusion.util.Planes;

/**
 * The reference for {@link Fusion}'s colour path: the whole-plane computation Fusion did before it read colour
 * sources channel by channel (every source's stored channels as float planes, all three unit channels held, the
 * luminance and YUV of whole planes, the fused channels converted at the end). Gray 8-bit and 8-bit RGB sources only.
 */
final class WholePlaneColourFusion {

	private WholePlaneColourFusion() {}

	static Image2D fuse(final List<Image2D> sources, final FusionMethod method, final FusionOptions options, final FusionContext context) {
		final List<float[][]> stored = new ArrayList<>();
		for (final Image2D s : sources) {
			final float[][] planes = new float[s.channels().size()][];
			for (int c = 0; c < planes.length; c++)
				planes[c] = Planes.copy(s.channel(c));
			stored.add(planes);
		}
		final List<UnitRange> ranges = UnitRange.of(sources, stored);
		final int w = (int) sources.get(0).width(), h = (int) sources.get(0).height();
		Plane[] acc = null;
		for (int i = 0; i < sources.size(); i++) {
			final Plane[] next = unit(stored.get(i), ranges.get(i), w, h, options.denoiseRadius());
			if (acc == null) {
				acc = next;
				continue;
			}
			final Plane weightMap = method.weightMap(luma(acc), luma(next), options, context);
			acc = fusePair(acc, next, weightMap, method, options, context);
		}
		return output(acc, sources, ranges, options.floatOutput());
	}

	private static Plane[] unit(final float[][] stored, final UnitRange range, final int w, final int h, final int denoise) {
		final float[][] planes = stored.length == 3 && Arrays.equals(stored[0], stored[1]) && Arrays.equals(stored[0], stored[2])
			? new float[][] { stored[0] } : stored;
		final Plane[] p = new Plane[planes.length];
		for (int c = 0; c < p.length; c++) {
			float[] unit = range.toUnit(planes[c]);
			if (denoise > 0) unit = HannMeanFilter.filter(unit, w, h, denoise, Double.NaN);
			p[c] = new Plane(unit, w, h);
		}
		return p;
	}

	private static Plane luma(final Plane[] p) {
		return p.length == 3 ? p[0].with(Planes.luminance(p[0].data(), p[1].data(), p[2].data())) : p[0];
	}

	private static Plane[] fusePair(final Plane[] x, final Plane[] y, final Plane weightMap, final FusionMethod method, final FusionOptions options,
		final FusionContext context)
	{
		if (x.length == 1 && y.length == 1) return new Plane[] { method.fuse(x[0], y[0], weightMap, options, context) };
		if (x.length == 3 && y.length == 3) {
			final Plane[] out = new Plane[3];
			for (int c = 0; c < 3; c++)
				out[c] = method.fuse(x[c], y[c], weightMap, options, context);
			return out;
		}
		final Plane[] colour = x.length == 3 ? x : y;
		final float[][] yuv = YuvColour.toYuv(colour[0].data(), colour[1].data(), colour[2].data());
		final Plane luma = colour[0].with(yuv[0]);
		final Plane fusedLuma = x.length == 3 ? method.fuse(luma, y[0], weightMap, options, context)
			: method.fuse(x[0], luma, weightMap, options, context);
		final float[][] rgb = YuvColour.toRgbKeepingLuma(fusedLuma.data(), yuv[1], yuv[2]);
		return new Plane[] { colour[0].with(rgb[0]), colour[0].with(rgb[1]), colour[0].with(rgb[2]) };
	}

	private static Image2D output(final Plane[] fused, final List<Image2D> sources, final List<UnitRange> ranges, final boolean floatOutput) {
		final int w = fused[0].width(), h = fused[0].height();
		int ref = 0;
		if (fused.length == 3) {
			while (!sources.get(ref).isRgb())
				ref++;
		}
		final Image2D like = sources.get(ref);
		final UnitRange range = ranges.get(ref);
		final List<RandomAccessibleInterval<? extends RealType<?>>> channels = new ArrayList<>();
		if (fused.length == 3) {
			final Image2D.Kind kind = floatOutput ? Image2D.Kind.RGB_FLOAT : Image2D.Kind.RGB;
			for (int c = 0; c < 3; c++)
				channels.add(kind == Image2D.Kind.RGB ? FloatImages.toType(range.fromUnit(fused[c].data()), w, h, new UnsignedByteType())
					: FloatImages.wrap(range.fromUnit(fused[c].data()), w, h));
			return new Image2D(kind, channels, like.calibration());
		}
		final float[] stored = range.fromUnit(fused[0].data());
		final RandomAccessibleInterval<? extends RealType<?>> gray = floatOutput ? FloatImages.wrap(stored, w, h)
			: FloatImages.toType(stored, w, h, new UnsignedByteType());
		if (like.isRgb()) return new Image2D(floatOutput ? Image2D.Kind.RGB_FLOAT : Image2D.Kind.RGB, List.of(gray, gray, gray), like.calibration());
		return new Image2D(floatOutput ? Image2D.Kind.GRAY32 : Image2D.Kind.GRAY8, List.of(gray), like.calibration());
	}
}
