package org.nmfusion.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import ij.IJ;
import ij.ImagePlus;
import ij.process.ImageProcessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Signed 16-bit DICOM CT: ImageJ stores raw + 32768 with a calibration function to Hounsfield units. */
class DicomCalibrationTest {

	@TempDir
	Path dir;

	private Path ct() throws Exception {
		final Path p = dir.resolve("CT_small.dcm");
		try (InputStream in = getClass().getResourceAsStream("/dicom/CT_small.dcm")) {
			Files.copy(in, p);
		}
		return p;
	}

	@Test
	void floatOutputsAreInHounsfieldUnits() throws Exception {
		final Path ct = ct();
		final ImagePlus in = IJ.openImage(ct.toString());
		final ImageProcessor calibrated = in.getProcessor().convertToFloatProcessor(); // ImageJ's own calibrated 32-bit conversion
		double lo = Double.MAX_VALUE, hi = -Double.MAX_VALUE;
		for (int i = 0; i < calibrated.getPixelCount(); i++) {
			lo = Math.min(lo, calibrated.getf(i));
			hi = Math.max(hi, calibrated.getf(i));
		}
		assertTrue(lo < 0 && hi < 4000, "ImageJ's calibrated range " + lo + " .. " + hi);

		final Path fused = dir.resolve("f.tif");
		CliRun.Result r = CliRun.run("fuse", ct.toString(), ct.toString(), "-o", fused.toString(), "--method", "average", "--float");
		assertEquals(0, r.code, r.err);
		final ImageProcessor f = IJ.openImage(fused.toString()).getProcessor();
		for (int i = 0; i < f.getPixelCount(); i++)
			assertEquals(calibrated.getf(i), f.getf(i), 0.05, "pixel " + i);

		final Path same = dir.resolve("f16.tif");
		r = CliRun.run("fuse", ct.toString(), ct.toString(), "-o", same.toString(), "--method", "average");
		assertEquals(0, r.code, r.err);
		final ImagePlus f16 = IJ.openImage(same.toString());
		assertEquals(16, f16.getBitDepth());
		assertEquals(calibrated.getf(100), f16.getCalibration().getCValue(f16.getProcessor().get(100)), 0.5, "16-bit keeps the function");

		final Path denoised = dir.resolve("d.tif");
		r = CliRun.run("denoise", "--radius", "1", "--float", ct.toString(), "-o", denoised.toString());
		assertEquals(0, r.code, r.err);
		final ImageProcessor d = IJ.openImage(denoised.toString()).getProcessor();
		double mean = 0, meanCal = 0;
		for (int i = 0; i < d.getPixelCount(); i++) {
			mean += d.getf(i);
			meanCal += calibrated.getf(i);
		}
		assertEquals(meanCal / d.getPixelCount(), mean / d.getPixelCount(), 2.0, "denoised values are Hounsfield units, not raw");
	}
}
