package org.nmfusion.service;

import java.io.File;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

import ij.ImagePlus;
import ij.measure.ResultsTable;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.real.FloatType;
import org.nmfusion.cnn.DenseOutput;
import org.nmfusion.cnn.FocusModel;
import org.nmfusion.image.Image2D;
import org.nmfusion.nmf.Nmf;
import org.nmfusion.nmf.NmfOptions;
import org.nmfusion.nmf.NmfResult;
import org.nmfusion.train.TrainingConfig;
import org.nmfusion.train.TrainingListener;
import org.scijava.service.SciJavaService;

/**
 * The scriptable NMFusion API: one call per pipeline stage, on ImageJ 1.x images
 * ({@link ImagePlus}), on {@link Image2D} (gray or RGB channels) or on plain ImgLib2 images.
 * In a SciJava script: {@code #@ NMFusionService nmfusion}. Inputs are never modified; bad input
 * raises IllegalArgumentException with a message naming the problem.
 */
public interface NMFusionService extends SciJavaService {

	// --- Stage 1: Hann-mean denoising (SPEC section 1) ---

	/**
	 * Hann-mean denoising of a single-plane image (8/16/32-bit gray or RGB, per channel).
	 *
	 * @param radius Hann window radius in pixels (>= 1)
	 * @param backgroundThreshold pixels <= this value are ignored (normalised convolution); NaN = off
	 * @param floatOutput 32-bit result (three 32-bit channels for RGB) instead of the input type
	 * @return a new image with the input's calibration
	 */
	ImagePlus denoise(ImagePlus input, int radius, double backgroundThreshold, boolean floatOutput);

	/** Hann-mean denoising with the background variant off and output in the input type. */
	default ImagePlus denoise(ImagePlus input, int radius) {
		return denoise(input, radius, Double.NaN, false);
	}

	/** Hann-mean denoising of each channel of an {@link Image2D}. */
	Image2D denoise(Image2D input, int radius, double backgroundThreshold, boolean floatOutput);

	/** Hann-mean denoising of a 2-D ImgLib2 image into 32-bit float. */
	Img<FloatType> denoiseToFloat(RandomAccessibleInterval<? extends RealType<?>> input, int radius,
		double backgroundThreshold);

	// --- Fusion quality metrics (issue #5, METRICS.md) ---

	/**
	 * Fusion quality metrics of {@code fused} against the sources, exactly as the MEFB/VIFB reference
	 * toolbox computes them. Inputs are single-plane 8-bit gray or RGB images (RGB converted to gray with
	 * the reference rgb2gray rule); 16/32-bit gray is accepted if all values lie in 0..255.
	 *
	 * @param selection "all" (or null/empty) or a comma-separated list of metric names, case-insensitive
	 *        (EN, MI, NMI, TE, Qabf, SSIM, Qy, Qcb, Qcv, VIF, SD, SF, AG, PSNR, CE, EI, Qncie, Qp, Qw, Qc)
	 * @return metric name -> value, in the order of the selection
	 * @throws IllegalArgumentException for unknown metric names, size mismatch, stacks, out-of-range values
	 */
	LinkedHashMap<String, Double> metrics(ImagePlus sourceA, ImagePlus sourceB, ImagePlus fused,
		String selection);

	/** All 20 metrics; see {@link #metrics(ImagePlus, ImagePlus, ImagePlus, String)}. */
	default LinkedHashMap<String, Double> metrics(ImagePlus sourceA, ImagePlus sourceB, ImagePlus fused) {
		return metrics(sourceA, sourceB, fused, "all");
	}

	/** Metrics of 2-D gray ImgLib2 images (values 0..255). */
	LinkedHashMap<String, Double> metrics(RandomAccessibleInterval<? extends RealType<?>> sourceA,
		RandomAccessibleInterval<? extends RealType<?>> sourceB, RandomAccessibleInterval<? extends RealType<?>> fused,
		String selection);

	/**
	 * The metrics as a one-row ResultsTable (row label = fused image title, one column per metric), as
	 * shown by Plugins &gt; NMFusion &gt; Fusion Quality.
	 */
	ResultsTable metricsTable(ImagePlus sourceA, ImagePlus sourceB, ImagePlus fused, String selection);

	/** Writes metric values as CSV (header line + value line, six decimals), atomically. */
	void saveMetricsCsv(Map<String, Double> values, File file) throws IOException;

	// --- NMF engine and NMF decomposition of stacks (SPEC sections 3 and 5, issue #3) ---

	/**
	 * NMF of an image stack: each plane of {@code stack} (8/16/32-bit gray, flattened row by row) is one
	 * row of V (N planes x P pixels), so V ~ W H with W the coefficients (N x k) and the rows of H the k
	 * basis images.
	 */
	NmfResult nmf(ImagePlus stack, NmfOptions options);

	/** NMF of a 3-D (x, y, slice) ImgLib2 stack; each slice is one row or one column of V. */
	NmfResult nmf(RandomAccessibleInterval<? extends RealType<?>> stack,
		Nmf.SliceLayout layout, NmfOptions options);

	/** NMF of a non-negative row-major rows x columns matrix. */
	NmfResult nmf(float[] v, int rows, int columns, NmfOptions options);

	/** The k rows of H of a slices-as-rows result as a 32-bit stack of width x height basis images. */
	ImagePlus nmfBasisImages(NmfResult result, int width, int height, String title);

	/** W as a table: one row per input slice, columns component_1 .. component_k. */
	ResultsTable nmfCoefficients(NmfResult result);

	/** The loss history as a table: columns iteration (0 = initialisation) and loss. */
	ResultsTable nmfLoss(NmfResult result);

	// --- Baseline: weighted average (SPEC baselines; the multi-scale pipeline supersedes it) ---

	/**
	 * Pixel-wise F = W A + (1 - W) B of two registered single-plane images of the same kind (gray + gray,
	 * or RGB + RGB per channel), output in A's type.
	 *
	 * @param weightMap 32-bit weight map of A with values in [0, 1] (e.g. the CNN weight map), or null
	 * @param weight constant weight of A in [0, 1], used when {@code weightMap} is null (0.5 = average)
	 */
	ImagePlus weightedAverage(ImagePlus sourceA, ImagePlus sourceB, ImagePlus weightMap, double weight);

	// --- Stage 2: Siamese CNN focus model (SPEC section 2) ---

	/**
	 * The focus model: a user SavedModel folder (loaded once per service and reused) or, when
	 * {@code modelDir} is null, the bundled default model. Do not close the returned model; the service
	 * closes user models when it is disposed.
	 */
	FocusModel focusModel(File modelDir);

	/**
	 * Dense CNN inference on two registered single-plane images of equal size (>= 16x16): score map,
	 * weight map Wc and, if requested, the branch features. Inputs are scaled to [0,1] (8-bit /255,
	 * 16-bit /65535, 32-bit min-max; RGB via luminance 0.299 R + 0.587 G + 0.114 B).
	 */
	DenseOutput focusMaps(ImagePlus sourceA, ImagePlus sourceB, File modelDir,
		boolean withFeatures);

	/** Dense CNN inference on two 2-D ImgLib2 images (scaled as in {@link #focusMaps(ImagePlus, ImagePlus, File, boolean)}). */
	DenseOutput focusMaps(RandomAccessibleInterval<? extends RealType<?>> sourceA,
		RandomAccessibleInterval<? extends RealType<?>> sourceB, File modelDir, boolean withFeatures);

	/** The weight map Wc (32-bit, values in [0,1], 1 = A sharper) of two images; null modelDir = bundled model. */
	ImagePlus weightMap(ImagePlus sourceA, ImagePlus sourceB, File modelDir);

	/**
	 * Trains a Siamese focus model (SPEC section 2) as configured, exporting the SavedModel to
	 * {@code config.out/model} (plus MODEL_REPORT.md when hold-out images are named and TRAINING.md).
	 *
	 * @param listener progress messages (may be null: standard output)
	 * @param canceled polled once per step; training stops early and exports when it returns true (may be null)
	 * @return the exported model folder
	 */
	File trainFocusModel(TrainingConfig config, String commandLine,
		TrainingListener listener, BooleanSupplier canceled)
		throws IOException;

	// --- Trained focus models: held-out evaluation and re-export ---

	/**
	 * Held-out test of a trained focus model, the same test the trainer runs (see docs/method.md): patch
	 * pairs from the named images of {@code imageFolder}. Writes MODEL_REPORT.md into {@code modelDir}.
	 *
	 * @param pairs number of test pairs (>= 2; training uses 24000)
	 * @param holdout file names of images in {@code imageFolder} (at least one)
	 * @return the report as Markdown
	 */
	String evaluateFocusModel(File modelDir, File imageFolder, int pairs, String... holdout)
		throws IOException;

	/**
	 * Re-exports the weights of the trained model in {@code modelDir} with the current graph code into
	 * {@code outputFolder} (must not exist or be empty), copying MODEL_REPORT.md and TRAINING.md.
	 *
	 * @return the new model folder
	 */
	File exportFocusModel(File modelDir, File outputFolder) throws IOException;
}
