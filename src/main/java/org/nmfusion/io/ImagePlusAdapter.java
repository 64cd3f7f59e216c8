package org.nmfusion.io;

import org.nmfusion.image.Image2D;
import org.nmfusion.image.PixelCalibration;
import org.nmfusion.image.ValueCalibration;

import java.util.ArrayList;
import java.util.List;

import ij.CompositeImage;
import ij.IJ;
import ij.ImagePlus;
import ij.ImageStack;
import ij.measure.Calibration;
import ij.process.ByteProcessor;
import ij.process.ColorProcessor;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;
import ij.process.LUT;
import ij.process.ShortProcessor;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.converter.Converters;
import net.imglib2.img.basictypeaccess.array.ArrayDataAccess;
import net.imglib2.type.NativeType;
import net.imglib2.type.numeric.ARGBType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.integer.UnsignedShortType;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.util.Util;
import org.nmfusion.util.FloatImages;
import net.imglib2.view.Views;

/**
 * Views between ImageJ 1.x {@link ImagePlus} and ImgLib2. Gray 8/16/32-bit planes are wrapped
 * without copying in both directions (an {@code ArrayImg} over the processor's pixel array, and a
 * processor over the {@code ArrayImg}'s storage); RGB images are read as three 8-bit channel views over
 * the processor's packed pixels (no copy). An 8-bit image is read as the values its lookup table shows: a colour palette (GIF, BMP, PNG,
 * TIFF) as RGB, a gray table other than the identity (e.g. inverted) as the gray levels it maps to.
 * Calibration is carried both ways.
 */
public final class ImagePlusAdapter {

	private ImagePlusAdapter() {}

	/**
	 * Wraps a single-plane ImagePlus. Gray images share the pixel array with {@code imp}: callers that
	 * must not modify the input treat the result as read-only (all NMFusion stages do).
	 *
	 * @throws IllegalArgumentException for stacks (more than one slice, channel or frame)
	 */
	public static Image2D wrap(ImagePlus imp) {
		if (imp == null) throw new IllegalArgumentException("no image given (null)");
		if (imp.getStackSize() != 1) {
			throw new IllegalArgumentException("expected a 2-D image, but '" + imp.getTitle() + "' is a stack of " +
				imp.getStackSize() + " planes (" + imp.getNChannels() + " channels, " + imp.getNSlices() + " slices, " +
				imp.getNFrames() + " frames); extract one plane first");
		}
		final ImageProcessor ip = imp.getProcessor();
		final int w = ip.getWidth(), h = ip.getHeight();
		final PixelCalibration cal = calibrationOf(imp);
		switch (imp.getType()) {
			case ImagePlus.GRAY8:
			case ImagePlus.COLOR_256:
				return eightBit(imp, ip, cal);
			case ImagePlus.GRAY16:
				return new Image2D(Image2D.Kind.GRAY16, List.of(ArrayImgs.unsignedShorts((short[]) ip.getPixels(), w, h)), cal, valuesOf(imp));
			case ImagePlus.GRAY32:
				return Image2D.gray(Image2D.Kind.GRAY32, ArrayImgs.floats((float[]) ip.getPixels(), w, h), cal);
			case ImagePlus.COLOR_RGB:
				return splitRgb((int[]) ip.getPixels(), w, h, cal);
			default:
				throw new IllegalArgumentException("unsupported ImageJ image type " + imp.getType() + " of '" + imp.getTitle() + "'");
		}
	}

	/**
	 * Wraps each plane of a single-channel stack (a focus stack, a series) as an {@link Image2D}; gray
	 * planes share the stack's pixel arrays.
	 *
	 * @throws IllegalArgumentException for multi-channel hyperstacks
	 */
	public static List<Image2D> wrapPlanes(ImagePlus imp) {
		if (imp == null) throw new IllegalArgumentException("no image given (null)");
		if (imp.getNChannels() > 1 && imp.getType() != ImagePlus.COLOR_RGB) {
			throw new IllegalArgumentException("'" + imp.getTitle() + "' has " + imp.getNChannels() +
				" channels; expected a single-channel stack of registered planes");
		}
		final List<Image2D> planes = new ArrayList<>();
		final ImageStack stack = imp.getStack();
		for (int i = 1; i <= stack.getSize(); i++) {
			final ImagePlus plane = new ImagePlus(imp.getTitle() + " plane " + i, stack.getProcessor(i));
			plane.setCalibration(imp.getCalibration());
			planes.add(wrap(plane));
		}
		return planes;
	}

	/** A 2-D gray ImgLib2 image as an {@link Image2D} of the kind its pixel type implies (8, 16 or 32-bit). */
	public static Image2D gray(RandomAccessibleInterval<? extends RealType<?>> image) {
		if (image == null) throw new IllegalArgumentException("no image given (null)");
		if (image.numDimensions() != 2) throw new IllegalArgumentException("expected a 2-D image, got " + image.numDimensions() + " dimensions");
		final Object t = image.getType();
		final Image2D.Kind kind = t instanceof UnsignedByteType ? Image2D.Kind.GRAY8 : t instanceof UnsignedShortType ? Image2D.Kind.GRAY16
			: Image2D.Kind.GRAY32;
		return Image2D.gray(kind, image, PixelCalibration.UNCALIBRATED);
	}

	/** Creates an ImagePlus over the image's pixels (no copy where the channel is an ArrayImg of the matching type). */
	public static ImagePlus toImagePlus(Image2D image, String title) {
		final int w = (int) image.width(), h = (int) image.height();
		final ImageProcessor ip;
		switch (image.kind()) {
			case GRAY8:
				ip = new ByteProcessor(w, h, (byte[]) storage(image.channel(0), new UnsignedByteType()));
				break;
			case GRAY16:
				ip = new ShortProcessor(w, h, (short[]) storage(image.channel(0), new UnsignedShortType()), null);
				break;
			case GRAY32:
				ip = new FloatProcessor(w, h, (float[]) storage(image.channel(0), new FloatType()));
				ip.resetMinAndMax();
				break;
			case RGB:
				ip = new ColorProcessor(w, h, packRgb(image));
				break;
			case RGB_FLOAT:
				return floatChannels(image, title);
			default:
				throw new IllegalStateException(image.kind().toString());
		}
		final ImagePlus imp = new ImagePlus(title, ip);
		final Calibration cal = toCalibration(image.calibration());
		final ValueCalibration values = image.values();
		if (!values.isIdentity() && (image.kind() == Image2D.Kind.GRAY8 || image.kind() == Image2D.Kind.GRAY16))
			cal.setFunction(Calibration.STRAIGHT_LINE, new double[] { values.offset(), values.slope() }, values.unit());
		imp.setCalibration(cal);
		return imp;
	}

	/**
	 * The value calibration of an 8/16-bit ImagePlus: a straight line (as ImageJ sets for signed 16-bit
	 * and DICOM data) or none.
	 *
	 * @throws IllegalArgumentException for other calibration functions, which NMFusion does not carry
	 */
	public static ValueCalibration valuesOf(ImagePlus imp) {
		final Calibration c = imp.getCalibration();
		if (c == null || !c.calibrated() || imp.getBitDepth() == 32 || imp.getBitDepth() == 24) return ValueCalibration.NONE;
		final double[] k = c.getCoefficients();
		if (c.getFunction() != Calibration.STRAIGHT_LINE || k == null || k.length < 2) {
			throw new IllegalArgumentException("'" + imp.getTitle() + "' has a value calibration function (" + c.getFunction() +
				") other than a straight line; remove it (Analyze > Calibrate: None) or convert the image to 32-bit first");
		}
		return new ValueCalibration(k[0], k[1], c.getValueUnit());
	}

	/** Three float channels as a 3-channel 32-bit composite image (red, green, blue). */
	private static ImagePlus floatChannels(Image2D image, String title) {
		final int w = (int) image.width(), h = (int) image.height();
		final ImageStack stack = new ImageStack(w, h);
		final String[] names = { "red", "green", "blue" };
		for (int c = 0; c < 3; c++) {
			final FloatProcessor fp = new FloatProcessor(w, h, (float[]) storage(image.channel(c), new FloatType()));
			stack.addSlice(names[c], fp);
		}
		final ImagePlus imp = new ImagePlus(title, stack);
		imp.setDimensions(3, 1, 1);
		imp.setCalibration(toCalibration(image.calibration()));
		final CompositeImage composite = new CompositeImage(imp, IJ.COMPOSITE);
		composite.resetDisplayRanges();
		return composite;
	}

	/** The spatial calibration of an ImagePlus. */
	public static PixelCalibration calibrationOf(ImagePlus imp) {
		final Calibration c = imp.getCalibration();
		return new PixelCalibration(c.pixelWidth, c.pixelHeight, c.getUnit());
	}

	/** An ImageJ calibration with the given pixel size and unit. */
	public static Calibration toCalibration(PixelCalibration pc) {
		final Calibration c = new Calibration();
		c.pixelWidth = pc.pixelWidth();
		c.pixelHeight = pc.pixelHeight();
		c.setUnit(pc.unit());
		return c;
	}

	/**
	 * An 8-bit plane through its lookup table (the processor's own table, not the display range): the
	 * identity gray table keeps the pixels (no copy, with the value calibration); another gray table maps
	 * them (a copy, uncalibrated); a colour table gives RGB.
	 */
	private static Image2D eightBit(final ImagePlus imp, final ImageProcessor ip, final PixelCalibration cal) {
		final int w = ip.getWidth(), h = ip.getHeight();
		final byte[] px = (byte[]) ip.getPixels();
		final LUT lut = ip.getLut();
		final int size = lut == null ? 0 : Math.min(256, lut.getMapSize());
		final int[] table = new int[256];
		boolean identity = true, gray = true;
		for (int i = 0; i < 256; i++) {
			table[i] = i < size ? lut.getRGB(i) & 0xffffff : i * 0x010101;
			final int r = table[i] >> 16 & 0xff, g = table[i] >> 8 & 0xff, b = table[i] & 0xff;
			gray &= r == g && g == b;
			identity &= gray && r == i;
		}
		if (identity) return new Image2D(Image2D.Kind.GRAY8, List.of(ArrayImgs.unsignedBytes(px, w, h)), cal, valuesOf(imp));
		if (gray) {
			final byte[] mapped = new byte[px.length];
			for (int i = 0; i < px.length; i++) mapped[i] = (byte) table[px[i] & 0xff];
			return new Image2D(Image2D.Kind.GRAY8, List.of(ArrayImgs.unsignedBytes(mapped, w, h)), cal, ValueCalibration.NONE);
		}
		final int[] rgb = new int[px.length];
		for (int i = 0; i < px.length; i++) rgb[i] = table[px[i] & 0xff];
		return splitRgb(rgb, w, h, cal);
	}

	/** Red, green and blue of packed 0xRRGGBB pixels as three 8-bit views over the one array (no copy). */
	private static Image2D splitRgb(int[] rgb, int w, int h, PixelCalibration cal) {
		final ArrayImg<ARGBType, ?> packed = ArrayImgs.argbs(rgb, w, h);
		final List<RandomAccessibleInterval<? extends RealType<?>>> channels = new ArrayList<>();
		for (int c = 1; c <= 3; c++) channels.add(Converters.argbChannel(packed, c));
		return new Image2D(Image2D.Kind.RGB, channels, cal);
	}

	private static int[] packRgb(Image2D image) {
		final int n = (int) (image.width() * image.height());
		final int[] out = new int[n];
		for (int c = 0; c < 3; c++) {
			final int shift = 16 - 8 * c;
			int i = 0;
			for (RealType<?> t : Views.flatIterable(image.channel(c))) {
				final long v = Math.max(0, Math.min(255, Math.round(t.getRealDouble())));
				out[i++] |= (int) (v << shift);
			}
		}
		return out;
	}

	/**
	 * The backing array of a channel that is an ArrayImg of the wanted type; otherwise the channel is
	 * converted (rounded, clamped) into a new ArrayImg of that type and its array is returned.
	 */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static Object storage(RandomAccessibleInterval<? extends RealType<?>> ch, NativeType<?> wanted) {
		RandomAccessibleInterval<?> img = ch;
		if (!(ch instanceof ArrayImg && wanted.getClass().isInstance(Util.getTypeFromInterval(ch)))) {
			img = FloatImages.toType(FloatImages.toFloats(ch, "image"), ch.dimension(0), ch.dimension(1), (RealType & NativeType) wanted);
		}
		return ((ArrayDataAccess<?>) ((ArrayImg<?, ?>) img).update(null)).getCurrentStorageArray();
	}
}
