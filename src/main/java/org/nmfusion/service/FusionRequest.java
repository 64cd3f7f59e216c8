package org.nmfusion.service;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import ij.ImagePlus;
import org.nmfusion.batch.FusionPair;
import org.nmfusion.fusion.FusionMethods;
import org.nmfusion.fusion.method.FusionOption;
import org.nmfusion.fusion.method.FusionOptions;
import org.nmfusion.io.ImageFiles;
import org.nmfusion.util.BadParameterException;
import org.nmfusion.util.OutputFiles;

/**
 * One fusion job as {@link NMFusionService#fuse(FusionRequest)} and {@link NMFusionService#fuseBatch(FusionRequest)}
 * take it: what to fuse (two images or files, a stack or stack file fused pairwise, a folder of pairs or a list of
 * pairs), with which preset or method and option overrides ({@link FusionOption} keys), the focus model, an optional
 * given weight map, and where to write. Built fluently, e.g.
 * {@code FusionRequest.files(a, b).preset("medical").option("levels", 5).output(f)}; {@link #validate()} checks it
 * once, in one place, before anything is read or written.
 */
public final class FusionRequest {

	/** What a request fuses. */
	public enum Sources {
		/** two open images */
		IMAGES,
		/** two image files */
		FILES,
		/** the planes of an open stack, pairwise in sequence */
		STACK,
		/** the planes of a stack file, pairwise in sequence */
		STACK_FILE,
		/** every NAME_A/NAME_B pair under a folder (or FOLDER/NAME.ext with FOLDER_B/NAME.ext) */
		FOLDER,
		/** a list of pairs */
		PAIRS
	}

	private final Sources sources;
	private final ImagePlus imageA, imageB;
	private final File fileA, fileB;
	private final List<FusionPair> pairs;
	private String preset, method;
	private final Map<String, String> settings = new LinkedHashMap<>();
	private boolean floatOutput, overwrite;
	private File modelDir, output;
	private ImagePlus weightMap;
	private BooleanSupplier canceled;

	private FusionRequest(final Sources sources, final ImagePlus imageA, final ImagePlus imageB, final File fileA, final File fileB,
		final List<FusionPair> pairs)
	{
		this.sources = sources;
		this.imageA = imageA;
		this.imageB = imageB;
		this.fileA = fileA;
		this.fileB = fileB;
		this.pairs = pairs;
	}

	/** Two registered open images, A and B. */
	public static FusionRequest images(final ImagePlus a, final ImagePlus b) {
		return new FusionRequest(Sources.IMAGES, a, b, null, null, null);
	}

	/** Two registered image files, A and B; {@link #output(File)} is required. */
	public static FusionRequest files(final File a, final File b) {
		return new FusionRequest(Sources.FILES, null, null, a, b, null);
	}

	/** The N >= 2 planes of an open stack, fused pairwise: F = fuse(fuse(I1, I2), I3) ... */
	public static FusionRequest stack(final ImagePlus stack) {
		return new FusionRequest(Sources.STACK, stack, null, null, null, null);
	}

	/** The planes of a stack file, fused pairwise; {@link #output(File)} is required. */
	public static FusionRequest stackFile(final File stack) {
		return new FusionRequest(Sources.STACK_FILE, null, null, stack, null, null);
	}

	/** Every NAME_A/NAME_B pair under {@code folder}, or, with {@code folderB}, folder/NAME.ext with folderB/NAME.ext; output is a folder. */
	public static FusionRequest folder(final File folder, final File folderB) {
		return new FusionRequest(Sources.FOLDER, null, null, folder, folderB, null);
	}

	/** These pairs; output is a folder. */
	public static FusionRequest pairs(final List<FusionPair> pairs) {
		return new FusionRequest(Sources.PAIRS, null, null, null, null, pairs == null ? null : Collections.unmodifiableList(new ArrayList<>(pairs)));
	}

	/** A preset (medical, multifocus, irvis); with {@link #method} as well, the preset's settings with that method. */
	public FusionRequest preset(final String name) {
		preset = name;
		return this;
	}

	/**
	 * A method (cnn-nmf, cnn, ...), which then runs with its own defaults unless a preset is given too; or any method
	 * spec such as {@code medical(levels=5)} or {@code cnn-nmf(alpha=0.7)}. Neither: the default preset.
	 */
	public FusionRequest method(final String nameOrSpec) {
		method = nameOrSpec;
		return this;
	}

	/** Overrides one option ({@link FusionOption#key()}, e.g. levels, detail); the value is checked by {@link #validate()}. */
	public FusionRequest option(final String key, final Object value) {
		settings.put(FusionOption.byKey(key).key(), String.valueOf(value));
		return this;
	}

	/** Overrides one option. */
	public FusionRequest option(final FusionOption option, final Object value) {
		return option(option.key(), value);
	}

	/** Overrides several options, given as text {@code key=value;key=value} (as a Fiji command's other_options). */
	public FusionRequest options(final String text) {
		for (final Map.Entry<String, String> e : FusionMethods.settings(text).entrySet())
			option(e.getKey(), e.getValue());
		return this;
	}

	/** 32-bit output instead of the sources' pixel type. */
	public FusionRequest floatOutput(final boolean f) {
		floatOutput = f;
		return this;
	}

	/** A SavedModel folder; null (the default) is the bundled focus model. */
	public FusionRequest modelDir(final File dir) {
		modelDir = dir;
		return this;
	}

	/** A 32-bit weight map of A in [0, 1] used instead of the method's own (two images or files only). */
	public FusionRequest weightMap(final ImagePlus w) {
		weightMap = w;
		return this;
	}

	/** The fused image's file (.png or .tif), or the output folder of a folder or pair list. */
	public FusionRequest output(final File out) {
		output = out;
		return this;
	}

	/** Replace existing outputs (default: refuse, or in a batch skip the pairs already fused). */
	public FusionRequest overwrite(final boolean o) {
		overwrite = o;
		return this;
	}

	/** Polled between steps; true stops the fusion with nothing written. */
	public FusionRequest canceled(final BooleanSupplier c) {
		canceled = c;
		return this;
	}

	public Sources sources() { return sources; }

	public ImagePlus imageA() { return imageA; }

	public ImagePlus imageB() { return imageB; }

	/** Source A, the stack file or the folder. */
	public File fileA() { return fileA; }

	/** Source B, or folder B. */
	public File fileB() { return fileB; }

	public List<FusionPair> pairList() { return pairs; }

	public File modelDir() { return modelDir; }

	public ImagePlus weightMap() { return weightMap; }

	public File output() { return output; }

	public boolean overwrite() { return overwrite; }

	/** The cancel check, never null. */
	public BooleanSupplier canceled() { return canceled == null ? () -> false : canceled; }

	/** Whether the sources are a folder or a list of pairs (a batch). */
	public boolean isBatch() {
		return sources == Sources.FOLDER || sources == Sources.PAIRS;
	}

	/** The method spec of the preset, method and overrides, e.g. {@code medical(levels=5)} ({@link FusionMethods#compose}). */
	public String spec() {
		return FusionMethods.compose(preset, method, settings);
	}

	/** The options that are not part of a spec (32-bit output), on which the spec's settings are resolved. */
	public FusionOptions baseOptions() {
		return FusionOptions.builder().floatOutput(floatOutput).build();
	}

	/** The method and its resolved options. */
	public FusionMethods.Spec resolve() {
		return FusionMethods.spec(spec(), baseOptions());
	}

	/**
	 * Checks the whole request before anything is read or written: the method and every option, the sources its kind
	 * needs, a weight map only with two sources, the output (required with files and batches; a supported image format;
	 * never one of the inputs; not existing unless overwrite).
	 *
	 * @return the method and its resolved options ({@link #resolve()})
	 * @throws IllegalArgumentException (a {@link BadParameterException} for a bad value) naming the problem
	 * @throws IOException when an output's folder cannot be checked
	 */
	public FusionMethods.Spec validate() throws IOException {
		final FusionMethods.Spec spec = resolve();
		switch (sources) {
			case IMAGES:
				require(imageA != null && imageB != null, "two source images are required");
				break;
			case STACK:
				require(imageA != null, "no stack given (null)");
				break;
			case FILES:
				require(fileA != null && fileB != null && output != null, "two source files and an output file are required");
				break;
			case STACK_FILE:
				require(fileA != null && output != null, "a stack file and an output file are required");
				break;
			case FOLDER:
				require(fileA != null, "no input folder given");
				require(output != null, "no output folder given");
				break;
			default:
				require(pairs != null, "no pairs given (null)");
				require(output != null, "no output folder given");
		}
		if (weightMap != null && sources != Sources.IMAGES && sources != Sources.FILES)
			throw new BadParameterException("a given weight map applies to two sources, not to a stack or a batch");
		if (output != null && (sources == Sources.FILES || sources == Sources.STACK_FILE)) {
			final List<Path> inputs = new ArrayList<>();
			inputs.add(fileA.toPath());
			if (fileB != null) inputs.add(fileB.toPath());
			OutputFiles.check(overwrite, inputs, output.toPath());
			ImageFiles.requireOutputFormat(output.toPath());
		}
		return spec;
	}

	private static void require(final boolean ok, final String problem) {
		if (!ok) throw new IllegalArgumentException(problem);
	}
}
