package org.nmfusion.io;

import ij.ImagePlus;
import ij.ImageStack;
import ij.measure.Calibration;
import ij.measure.ResultsTable;
import ij.process.FloatProcessor;
import java.util.Map;
import org.nmfusion.image.Plane;

/**
 * How NMFusion names and calibrates the ImageJ images and tables it derives from an input: titles
 * "NAME-suffix", the input's spatial calibration (and its value calibration only where the pixel type
 * is kept), 32-bit maps and stacks of planes, one-row tables of named values.
 */
public final class DerivedImages {

	private DerivedImages() {}

	/** The title without its file extension ("image" when there is none). */
	public static String baseTitle(final ImagePlus imp) {
		final String t = imp == null || imp.getTitle() == null || imp.getTitle().isEmpty() ? "image" : imp.getTitle();
		final int dot = t.lastIndexOf('.');
		return dot > 0 ? t.substring(0, dot) : t;
	}

	/** "NAME-suffix" from the input title without its extension. */
	public static String derivedTitle(final ImagePlus input, final String suffix) {
		return baseTitle(input) + "-" + suffix;
	}

	/**
	 * The input's calibration for a derived image: pixel size, unit and origin always; the value
	 * calibration (e.g. signed 16-bit DICOM) only when the output keeps the input's pixel type.
	 */
	public static Calibration calibration(final ImagePlus input, final boolean typeChanged) {
		final Calibration cal = input.getCalibration().copy();
		if (typeChanged) cal.disableDensityCalibration();
		return cal;
	}

	/** A 32-bit image of a plane, titled and spatially calibrated after {@code like}. */
	public static ImagePlus floatImage(final Plane plane, final ImagePlus like, final String suffix) {
		final ImagePlus imp = new ImagePlus(derivedTitle(like, suffix), new FloatProcessor(plane.width(), plane.height(), plane.data()));
		imp.setCalibration(calibration(like, true));
		return imp;
	}

	/** A 32-bit stack of {@code n} planes of width x height stored one after the other in {@code planar}. */
	public static ImagePlus floatStack(final String title, final float[] planar, final int n, final int width, final int height,
		final String slicePrefix)
	{
		final int size = width * height;
		final ImageStack stack = new ImageStack(width, height);
		for (int c = 0; c < n; c++) {
			final float[] plane = new float[size];
			System.arraycopy(planar, c * size, plane, 0, size);
			stack.addSlice(slicePrefix + (c + 1), new FloatProcessor(width, height, plane));
		}
		final ImagePlus imp = new ImagePlus(title, stack);
		imp.resetDisplayRange();
		return imp;
	}

	/** A one-row table: row label {@code label}, one column per entry. */
	public static ResultsTable row(final String label, final Map<String, Double> values) {
		final ResultsTable table = new ResultsTable();
		table.setPrecision(6);
		table.incrementCounter();
		table.addLabel(label);
		for (final Map.Entry<String, Double> e : values.entrySet())
			table.addValue(e.getKey(), e.getValue());
		return table;
	}
}
