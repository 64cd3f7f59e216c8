package org.nmfusion.commands;

import java.io.File;

import org.nmfusion.fusion.method.FusionOptions;
import org.scijava.plugin.Parameter;

/**
 * The parameters every fusion command shares: the method, its options (defaults of docs/method.md) and
 * the focus model. Their names are public constants so that the command line passes exactly these.
 */
public abstract class FusionCommand extends NMFusionCommand {

	public static final String METHOD = "method", THRESHOLD = "threshold", NMF_RANK = "nmf_rank", TAU = "tau", ALPHA = "alpha",
			LEVELS = "levels", DENOISE_RADIUS = "denoise_radius", WAVELET = "wavelet", WAVELET_LEVELS = "wavelet_levels",
			FLOAT_OUTPUT = "float_output", MODEL_DIR = "model_dir";

	@Parameter(label = "Method", persist = false, choices = { "cnn-nmf", "cnn", "cnn-focus", "average", "pca", "dwt", "laplacian-max", "nmf" },
		description = "cnn-nmf (NMFusion, default), cnn (Liu 2017), cnn-focus (Liu's multi-focus rule) or a baseline; see docs/method.md")
	private String method = "cnn-nmf";

	@Parameter(label = "Similarity threshold t", persist = false, description = "Liu's local-similarity threshold, 0..1")
	private double threshold = FusionOptions.DEFAULT_THRESHOLD;

	@Parameter(label = "NMF rank k", persist = false, description = "rank of NMF stage 1 on the CNN features (cnn-nmf)")
	private int nmf_rank = FusionOptions.DEFAULT_NMF_RANK;

	@Parameter(label = "Discriminability tau", persist = false, description = "NMF components kept when d >= tau (cnn-nmf)")
	private double tau = FusionOptions.DEFAULT_TAU;

	@Parameter(label = "CNN weight alpha", persist = false, description = "W = alpha Wc + (1 - alpha) Wn (cnn-nmf)")
	private double alpha = FusionOptions.DEFAULT_ALPHA;

	@Parameter(label = "Pyramid levels (0 = auto)", persist = false)
	private int levels = 0;

	@Parameter(label = "Hann-mean pre-filter radius (0 = off)", persist = false)
	private int denoise_radius = 0;

	@Parameter(label = "Wavelet (dwt)", persist = false, choices = { "haar", "db2" })
	private String wavelet = "haar";

	@Parameter(label = "Wavelet levels (dwt)", persist = false)
	private int wavelet_levels = FusionOptions.DEFAULT_WAVELET_LEVELS;

	@Parameter(label = "32-bit output", persist = false, description = "real values instead of the sources' pixel type")
	private boolean float_output = false;

	@Parameter(label = "Model folder (empty = bundled)", required = false, persist = false, style = "directory",
		description = "a SavedModel folder exported by 'Train Siamese Model'; empty uses the bundled model")
	private File model_dir;

	/** The chosen method name. */
	protected String method() {
		return method;
	}

	/** The options; builds and so validates them (a bad value is a BadParameterException). */
	protected FusionOptions options() {
		return FusionOptions.builder().threshold(threshold).nmfRank(nmf_rank).tau(tau).alpha(alpha).levels(levels)
			.denoiseRadius(denoise_radius).wavelet(wavelet).waveletLevels(wavelet_levels).floatOutput(float_output).build();
	}

	/** The model folder, or null for the bundled model. */
	protected File modelDir() {
		return model_dir == null || model_dir.getPath().isEmpty() ? null : model_dir;
	}
}
