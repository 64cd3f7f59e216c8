package org.nmfusion.service;

import java.io.File;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.BooleanSupplier;

import ij.ImagePlus;
import ij.measure.ResultsTable;
import org.nmfusion.batch.FusionPair;
import org.nmfusion.batch.PairOutcome;
import org.nmfusion.benchmark.BenchmarkRow;
import org.nmfusion.focusstack.FocusStackOptions;
import org.nmfusion.fusion.method.FusionOptions;
import org.nmfusion.io.DerivedImages;
import org.nmfusion.metrics.MetricsResult;
import org.nmfusion.nmf.NmfOptions;
import org.nmfusion.nmf.NmfResult;
import org.nmfusion.train.TrainingConfig;
import org.nmfusion.train.TrainingListener;
import org.scijava.service.SciJavaService;

/**
 * The scriptable NMFusion API: one entry point per job on ImageJ 1.x images ({@link ImagePlus}) and files:
 * fusion ({@link FusionRequest}), focus stacks, benchmark, denoising, CNN maps, NMF, metrics, training, plus the
 * conveniences scripts use ({@code fuse(a, b)}, {@code metrics(a, b, f)}). Code that holds the cores' own types
 * calls the core packages directly (docs/ARCHITECTURE.md). In a SciJava script: {@code #@ NMFusionService nmfusion}. The method is described in docs/method.md
 * and the metrics in docs/metrics.md. Inputs are never modified; bad input raises
 * IllegalArgumentException with a message naming the problem.
 */
public interface NMFusionService extends SciJavaService {

	// --- Fusion: the main job ---

	/**
	 * Fuses what the request names: two registered single-plane images or files (8/16/32-bit gray or RGB; gray +
	 * colour fuses the gray image into the colour image's luminance), or the planes of a stack or stack file pairwise
	 * (F = fuse(fuse(I1, I2), I3) ..., progress per plane), with the request's preset or method and options. With an
	 * output file the fused image is written there (atomically; the request is checked before anything is read).
	 *
	 * @return the fused image in the sources' type (32-bit on request) and the weight map used, if any
	 * @throws IllegalArgumentException naming the problem, for a bad request or bad sources
	 * @throws IOException when an output cannot be written
	 */
	FusedImages fuse(FusionRequest request) throws IOException;

	/**
	 * Fuses two registered images with a preset ("medical", "multifocus", "irvis"), a method ("cnn-nmf", "cnn",
	 * "cnn-focus", "focus-stack", "average", "pca", "dwt", "laplacian-max", "nmf") or a spec such as
	 * "medical(levels=5)"; null = the default preset, medical.
	 */
	default ImagePlus fuse(ImagePlus sourceA, ImagePlus sourceB, String method) {
		try {
			return fuse(FusionRequest.images(sourceA, sourceB).method(method)).fused();
		}
		catch (IOException e) {
			throw new IllegalStateException(e); // nothing is written without an output file
		}
	}

	/** Fuses two registered images with the default preset, medical. */
	default ImagePlus fuse(ImagePlus sourceA, ImagePlus sourceB) {
		return fuse(sourceA, sourceB, null);
	}

	/**
	 * Batch fusion of the request's folder (NAME_A/NAME_B pairs, sub-folders included, or FOLDER/NAME.ext with
	 * FOLDER_B/NAME.ext) or pair list into its output folder (NAME_fused.png for 8-bit gray and RGB, .tif otherwise,
	 * and report.csv), with one loaded model: a bad pair is reported and the batch goes on; existing outputs are kept
	 * unless the request says overwrite. What Batch Fuse Folder and {@code nmfusion fuse --batch} run.
	 */
	List<PairOutcome> fuseBatch(FusionRequest request) throws IOException;

	/**
	 * One pair of a batch, the per-pair step of {@link #fuseBatch} for executors that distribute the pairs
	 * themselves (a Spark task): reads A and B, fuses them with the settings of {@code batch} (its method, options,
	 * model, output folder and overwrite; its sources are not read) as {@link #fuseBatch} does, writes
	 * OUTPUT/[group/]NAME_fused.png or .tif atomically and, when {@code metrics} is not null, scores the result
	 * ({@link #metrics}: "all" or a comma list). A bad pair gives a failed outcome naming the reason, never an
	 * exception.
	 */
	PairOutcome fusePair(FusionPair pair, FusionRequest batch, String metrics);

	/**
	 * One-pass focus-stack fusion of the N &gt;= 2 slices of {@code stack} (docs/method.md, "Focus stacks"): a focus
	 * score per slice and pixel kept as a running best, a sub-slice height map, a blend of the slices next to it.
	 * 8/16/32-bit, RGB (decided on the luminance) and C-channel hyperstacks (one decision for all channels).
	 *
	 * @param options null for the defaults
	 * @param heightInZ heights as calibrated depth (slice index x voxel depth) instead of the slice index from 0
	 * @param withConfidence also make the confidence image (margin of the best focus score over the second, 0..1)
	 * @param canceled cancel flag, read between slices (may be null)
	 * @return the fused image (the stack's type and calibration), the 32-bit height map and, on request, the
	 *         confidence
	 * @throws IllegalArgumentException for a stack of one slice, or of several slices and several frames
	 */
	FocusStackImages fuseFocusStack(ImagePlus stack, FocusStackOptions options, boolean heightInZ, boolean withConfidence,
		BooleanSupplier canceled);

	/** {@link #fuseFocusStack(ImagePlus, FocusStackOptions, boolean, boolean, BooleanSupplier)} with the defaults. */
	default FocusStackImages fuseFocusStack(ImagePlus stack) {
		return fuseFocusStack(stack, null, false, false, null);
	}

	/**
	 * {@link #fuseFocusStack(ImagePlus, FocusStackOptions, boolean, boolean, BooleanSupplier)} of a stack file;
	 * writes the fused image to {@code output} and, when given (may be null), the height map and the confidence
	 * as 32-bit TIFF, all or none. Output paths are checked before the work.
	 */
	FocusStackImages fuseFocusStackFiles(File stack, File output, File heightMap, File confidence, FocusStackOptions options,
		boolean heightInZ, boolean overwrite, BooleanSupplier canceled) throws IOException;

	/**
	 * The benchmark report: every method of {@code methods} ("all" or a comma list) fuses every NAME_A /
	 * NAME_B pair under {@code dataFolder}; each result, and each other tool's stored output under
	 * {@code peersFolder} (one sub-folder per tool mirroring the data layout; may be null), is scored with
	 * {@code metrics}; writes results.csv (a re-run resumes from it), summary.md and bar charts into
	 * {@code outputFolder}.
	 */
	List<BenchmarkRow> benchmark(File dataFolder, String methods, File peersFolder, File outputFolder, String metrics,
		FusionOptions options, File modelDir, BooleanSupplier canceled) throws IOException;

	// --- Stage 1: Hann-mean denoising ---

	/**
	 * Hann-mean denoising of a single-plane image (8/16/32-bit gray or RGB, per channel).
	 *
	 * @param radius Hann window radius in pixels (>= 1)
	 * @param backgroundThreshold pixels <= this value are ignored (normalised convolution); NaN = off
	 * @param floatOutput 32-bit result (three 32-bit channels for RGB, calibrated values for calibrated
	 *        16-bit input) instead of the input type
	 * @return a new image with the input's calibration
	 */
	ImagePlus denoise(ImagePlus input, int radius, double backgroundThreshold, boolean floatOutput);

	/** Hann-mean denoising with the background variant off and output in the input type. */
	default ImagePlus denoise(ImagePlus input, int radius) {
		return denoise(input, radius, Double.NaN, false);
	}

	// --- Stage 2: Siamese CNN focus model ---

	/** The CNN outputs as ImageJ images: weight map, and on request the score map and the features. */
	FocusMapImages focusMapImages(ImagePlus sourceA, ImagePlus sourceB, File modelDir, boolean withScores,
		boolean withFeatures);

	/** The weight map Wc (32-bit, values in [0,1], 1 = A sharper) of two images; null modelDir = bundled model. */
	default ImagePlus weightMap(ImagePlus sourceA, ImagePlus sourceB, File modelDir) {
		return focusMapImages(sourceA, sourceB, modelDir, false, false).weightMap();
	}

	// --- NMF engine and NMF decomposition of stacks (docs/method.md, "NMF") ---

	/**
	 * NMF of an image stack: each plane of {@code stack} (8/16/32-bit gray, flattened row by row) is one
	 * row of V (N planes x P pixels), so V ~ W H with W the coefficients (N x k) and the rows of H the k
	 * basis images.
	 */
	NmfResult nmf(ImagePlus stack, NmfOptions options);

	/**
	 * NMF of an image stack with its ImageJ outputs: the basis images (32-bit stack titled after the input,
	 * spatially calibrated like it), the coefficients and the loss history.
	 */
	NmfImages nmfDecomposition(ImagePlus stack, NmfOptions options);

	// --- Fusion quality metrics (docs/metrics.md) ---

	/**
	 * Fusion quality metrics of {@code fused} against the sources, exactly as the MEFB/VIFB reference
	 * toolbox computes them. Inputs are single-plane 8-bit gray or RGB images (RGB converted to gray with
	 * the reference rgb2gray rule); 16/32-bit gray is accepted if all values lie in 0..255.
	 *
	 * @param selection "all" (or null/empty) or a comma-separated list of metric names, case-insensitive
	 *        (EN, MI, NMI, TE, Qabf, SSIM, Qy, Qcb, Qcv, VIF, SD, SF, AG, PSNR, CE, EI, Qncie, Qp, Qw, Qc)
	 * @param csvFile if not null, the values are also written there as CSV (header + one line), atomically
	 * @return metric name -> value, in the order of the selection
	 * @throws IllegalArgumentException for unknown metric names, size mismatch, stacks, out-of-range values
	 */
	default LinkedHashMap<String, Double> metrics(ImagePlus sourceA, ImagePlus sourceB, ImagePlus fused, String selection,
		File csvFile) throws IOException
	{
		return metricsWithNotes(sourceA, sourceB, fused, selection, csvFile).values();
	}

	/**
	 * As {@link #metrics(ImagePlus, ImagePlus, ImagePlus, String, File)}, with a note for every metric that cannot be
	 * computed for these images (its value is NaN), saying why (e.g. a constant image for NMI).
	 */
	MetricsResult metricsWithNotes(ImagePlus sourceA, ImagePlus sourceB, ImagePlus fused, String selection, File csvFile)
		throws IOException;

	/** The selected metrics, no CSV. */
	default LinkedHashMap<String, Double> metrics(ImagePlus sourceA, ImagePlus sourceB, ImagePlus fused, String selection) {
		try {
			return metrics(sourceA, sourceB, fused, selection, null);
		}
		catch (IOException e) {
			throw new IllegalStateException(e); // nothing is written without a CSV path
		}
	}

	/** All 20 metrics, no CSV. */
	default LinkedHashMap<String, Double> metrics(ImagePlus sourceA, ImagePlus sourceB, ImagePlus fused) {
		return metrics(sourceA, sourceB, fused, "all");
	}

	/** The metrics as a one-row ResultsTable (row label = fused image title, one column per metric). */
	default ResultsTable metricsTable(ImagePlus sourceA, ImagePlus sourceB, ImagePlus fused, String selection) {
		return DerivedImages.row(fused.getTitle() == null ? "fused" : fused.getTitle(), metrics(sourceA, sourceB, fused, selection));
	}

	// --- Training the focus model ---

	/**
	 * Trains a Siamese focus model (docs/method.md, "Siamese CNN") as configured, exporting the SavedModel to
	 * {@code config.out/model} (plus MODEL_REPORT.md when hold-out images are named and TRAINING.md). An
	 * output folder that holds an earlier run is refused unless {@code config.resume} or
	 * {@code config.overwrite}; a failed run removes the empty folders it created.
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
	default File exportFocusModel(File modelDir, File outputFolder) throws IOException {
		return exportFocusModel(modelDir, outputFolder, false);
	}

	/**
	 * Re-exports like {@link #exportFocusModel(File, File)}; with {@code overwrite} an existing model folder
	 * is replaced. The new folder is written complete or not at all, and never over {@code modelDir}.
	 *
	 * @return the new model folder
	 */
	File exportFocusModel(File modelDir, File outputFolder, boolean overwrite) throws IOException;
}
