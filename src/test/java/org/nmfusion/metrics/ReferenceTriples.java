package org.nmfusion.metrics;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;

import ij.IJ;
import ij.ImagePlus;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

import org.nmfusion.io.ImagePlusAdapter;

/** Loads the reference triples from the test resources. */
final class ReferenceTriples {

	private ReferenceTriples() {
	}

	static File resource(String name) {
		URL url = ReferenceTriples.class.getResource("/metrics/" + name);
		if (url == null) {
			throw new IllegalStateException("missing test resource metrics/" + name);
		}
		try {
			return new File(url.toURI());
		}
		catch (URISyntaxException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Opens an 8-bit gray PNG with ImageJ (must be GRAY8) and wraps its pixels as an ImgLib2 image. */
	static RandomAccessibleInterval<? extends RealType<?>> openGray8(String name) {
		ImagePlus imp = IJ.openImage(resource(name).getPath());
		if (imp == null) {
			throw new IllegalStateException("ImageJ could not open " + name);
		}
		if (imp.getType() != ImagePlus.GRAY8 || imp.getStackSize() != 1) {
			throw new IllegalStateException(name + " did not open as a single 8-bit gray image, type "
				+ imp.getType());
		}
		if (imp.isInvertedLut()) {
			throw new IllegalStateException(name + " opened with an inverted LUT");
		}
		return ImagePlusAdapter.wrap(imp).channel(0);
	}

	static GrayImage gray(String name) {
		return GrayImage.of(openGray8(name));
	}
}
