package org.nmfusion.commands;

import java.io.File;
import java.util.LinkedHashMap;
import java.util.Map;

import org.nmfusion.fusion.FusionMethods;
import org.nmfusion.fusion.method.FusionOption;
import org.nmfusion.fusion.method.FusionOptions;
import org.nmfusion.service.FusionRequest;
import org.nmfusion.util.BadParameterException;
import org.scijava.plugin.Parameter;

/**
 * The parameters every fusion command shares: the preset (medical by default), the method, the options that
 * override the preset's settings (NaN or -1 = the preset's, as a macro leaves them when it names none) and the
 * focus model. The common options are fields named and described by their {@link FusionOption} declarations
 * ({@link FusionOption#macroName()}, {@link FusionOption.Help}); every other declared option can be given as text in
 * {@code other_options} ({@code detail=liu;base-radius=2}), which is how the command line passes all of them.
 */
public abstract class FusionCommand extends NMFusionCommand {

	public static final String PRESET = "preset", METHOD = "method", OTHER_OPTIONS = "other_options", FLOAT_OUTPUT = "float_output",
		MODEL_DIR = "model_dir";

	/** The method choice that keeps the preset's method (also the wavelet's); the preset choice that names none. */
	public static final String PRESET_METHOD = "(preset)", NO_PRESET = "none";
	/** An integer option left at the preset's value (a decimal one is left with NaN). */
	public static final int UNSET = -1;

	@Parameter(label = "Preset", persist = false, choices = { "medical", "multifocus", "irvis", NO_PRESET },
		description = "medical (MRI with CT/PET/SPECT, default), multifocus, irvis (infrared-visible): a method with the settings the "
			+ "benchmark chose (docs/ablation.md); the options below override the preset's values")
	private String preset = "medical";

	@Parameter(label = "Method", persist = false, choices = { PRESET_METHOD, "average", "pca", "dwt", "laplacian-max", "nmf", "cnn", "cnn-nmf",
		"cnn-focus", "focus-stack" },
		description = "(preset): the preset and its method; or a method with its own defaults instead of the preset: cnn-nmf "
			+ "(NMFusion), cnn (Liu 2017), cnn-focus (Liu's multi-focus rule) or a baseline; see docs/method.md")
	private String method = PRESET_METHOD;

	@Parameter(label = "Similarity threshold t (NaN = preset's)", persist = false,
		description = FusionOption.Help.THRESHOLD)
	private double threshold = Double.NaN;

	@Parameter(label = "NMF rank k (-1 = preset's)", persist = false, description = FusionOption.Help.RANK)
	private int nmf_rank = UNSET;

	@Parameter(label = "Discriminability tau (NaN = preset's)", persist = false, description = FusionOption.Help.TAU)
	private double tau = Double.NaN;

	@Parameter(label = "CNN weight alpha (NaN = preset's)", persist = false, description = FusionOption.Help.ALPHA)
	private double alpha = Double.NaN;

	@Parameter(label = "Pyramid levels (0 = auto, -1 = preset's)", persist = false, description = FusionOption.Help.LEVELS)
	private int levels = UNSET;

	@Parameter(label = "Hann-mean pre-filter radius (0 = off, -1 = preset's)", persist = false, description = FusionOption.Help.DENOISE)
	private int denoise_radius = UNSET;

	@Parameter(label = "Wavelet (dwt)", persist = false, choices = { PRESET_METHOD, "haar", "db2" }, description = FusionOption.Help.WAVELET)
	private String wavelet = PRESET_METHOD;

	@Parameter(label = "Wavelet levels (dwt, -1 = preset's)", persist = false, description = FusionOption.Help.WAVELET_LEVELS)
	private int wavelet_levels = UNSET;

	@Parameter(label = "Other options (key=value;...)", required = false, persist = false,
		description = "any option of docs/options.md, e.g. detail=liu;base-radius=2; overrides the preset's and the fields above")
	private String other_options = "";

	@Parameter(label = "32-bit output", persist = false, description = "real values instead of the sources' pixel type")
	private boolean float_output = false;

	@Parameter(label = "Model folder (empty = bundled)", required = false, persist = false, style = "directory",
		description = "a SavedModel folder exported by 'Train Siamese Model'; empty uses the bundled model")
	private File model_dir;

	/**
	 * The method spec to fuse with: the preset and/or method, with each option the user gave as an override
	 * ({@link FusionMethods#compose}); the service checks it with the rest of the request ({@code FusionRequest.validate}).
	 */
	protected String method() {
		final boolean noPreset = preset == null || preset.isEmpty() || NO_PRESET.equals(preset);
		final boolean presetMethod = method == null || method.isEmpty() || PRESET_METHOD.equals(method);
		if (noPreset && presetMethod) throw new BadParameterException("choose a preset or a method");
		final Map<String, String> given = new LinkedHashMap<>();
		put(given, FusionOption.THRESHOLD, threshold);
		put(given, FusionOption.RANK, nmf_rank);
		put(given, FusionOption.TAU, tau);
		put(given, FusionOption.ALPHA, alpha);
		put(given, FusionOption.LEVELS, levels);
		put(given, FusionOption.DENOISE, denoise_radius);
		if (wavelet != null && !wavelet.isEmpty() && !PRESET_METHOD.equals(wavelet)) given.put(FusionOption.WAVELET.key(), wavelet);
		put(given, FusionOption.WAVELET_LEVELS, wavelet_levels);
		given.putAll(FusionMethods.settings(other_options));
		// a chosen method is that method with its own defaults (as --method on the command line); the preset applies otherwise
		return FusionMethods.compose(presetMethod ? preset : null, presetMethod ? null : method, given);
	}

	private static void put(final Map<String, String> given, final FusionOption option, final double value) {
		if (!Double.isNaN(value)) given.put(option.key(), String.valueOf(value));
	}

	private static void put(final Map<String, String> given, final FusionOption option, final int value) {
		if (value != UNSET) given.put(option.key(), String.valueOf(value));
	}

	/** {@code request} with this command's method spec, 32-bit output, focus model and cancel flag. */
	protected FusionRequest request(final FusionRequest request) {
		return request.method(method()).floatOutput(float_output).modelDir(modelDir()).canceled(this::isCanceled);
	}

	/** The options that are not part of a method spec (32-bit output); the method's own settings are in {@link #method()}. */
	protected FusionOptions options() {
		return FusionOptions.builder().floatOutput(float_output).build();
	}

	/** The model folder, or null for the bundled model. */
	protected File modelDir() {
		return model_dir == null || model_dir.getPath().isEmpty() ? null : model_dir;
	}
}
