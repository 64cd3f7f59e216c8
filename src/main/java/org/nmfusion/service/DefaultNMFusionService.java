package org.nmfusion.service;

import ij.ImagePlus;
import ij.measure.Calibration;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.real.FloatType;

import org.nmfusion.filter.HannKernel;
import org.nmfusion.filter.HannMeanFilter;
import org.nmfusion.io.Image2D;
import org.nmfusion.io.ImagePlusAdapter;
import org.scijava.plugin.Plugin;
import org.scijava.service.AbstractService;
import org.scijava.service.Service;

/** Default {@link NMFusionService}: delegates each call to the algorithm package of its stage. */
@Plugin(type = Service.class)
public class DefaultNMFusionService extends AbstractService implements NMFusionService {

	// --- Stage 1: Hann-mean denoising ---

	@Override
	public ImagePlus denoise(ImagePlus input, int radius, double backgroundThreshold, boolean floatOutput) {
		final Image2D result = denoise(ImagePlusAdapter.wrap(input), radius, backgroundThreshold, floatOutput);
		final ImagePlus out = ImagePlusAdapter.toImagePlus(result, derivedTitle(input, "denoised"));
		out.setCalibration(spatialCalibration(input, floatOutput));
		return out;
	}

	@Override
	public Image2D denoise(Image2D input, int radius, double backgroundThreshold, boolean floatOutput) {
		HannKernel.weights(radius); // validates the radius before any work
		final Image2D.Kind kind = !floatOutput ? input.kind() : input.isRgb() ? Image2D.Kind.RGB_FLOAT : Image2D.Kind.GRAY32;
		return input.mapChannels(kind, channel -> floatOutput
			? HannMeanFilter.filterToFloat(channel, radius, backgroundThreshold)
			: HannMeanFilter.filterSameType(channel, radius, backgroundThreshold));
	}

	@Override
	public Img<FloatType> denoiseToFloat(RandomAccessibleInterval<? extends RealType<?>> input, int radius,
		double backgroundThreshold)
	{
		return HannMeanFilter.filterToFloat(input, radius, backgroundThreshold);
	}

	// --- helpers shared by the stages ---

	/** "name-suffix" from the input title without its file extension. */
	static String derivedTitle(ImagePlus input, String suffix) {
		final String t = input.getTitle() == null ? "image" : input.getTitle();
		final int dot = t.lastIndexOf('.');
		return (dot > 0 ? t.substring(0, dot) : t) + "-" + suffix;
	}

	/**
	 * The input's calibration for a derived image: pixel size, unit and origin always; the density
	 * calibration (e.g. signed 16-bit DICOM) only when the output keeps the input's pixel type.
	 */
	static Calibration spatialCalibration(ImagePlus input, boolean typeChanged) {
		final Calibration cal = input.getCalibration().copy();
		if (typeChanged) cal.disableDensityCalibration();
		return cal;
	}
}
