package org.nmfusion.train;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

import org.nmfusion.util.BadParameterException;
import org.nmfusion.util.OutputFiles;

/** Settings of one training run (plain mutable bean; defaults are the shipped model's settings). */
public final class TrainingConfig {
	/** Folder of sharp training images. */
	public File images;
	/** File names in {@link #images} held out from training and used for the held-out test. */
	public List<String> holdout = new ArrayList<>();
	public Widths widths = Widths.LIGHT;
	public long steps = 4000;
	public int batch = 128;
	public double learningRate = 1e-3;
	/** Fraction of the steps after which the learning rate drops 10x (and again at the midpoint of the rest). */
	public double decayAt = 0.6;
	public long seed = 1;
	public File out;
	public long checkpointEvery = 1000;
	public long logEvery = 100;
	/** Size of the validation set drawn from the training images (monitoring only). */
	public int validationPairs = 4096;
	/** Size of the held-out test set. */
	public int testPairs = 24000;
	public boolean resume;
	/** Train afresh into an output folder that holds an earlier run (without it, or {@link #resume}, it is refused). */
	public boolean overwrite;
	public double sigmaMin = 0.5, sigmaMax = 3.0;
	/** Minimum standard deviation of a sharp patch (5 grey levels of 255). */
	public double minStd = 5.0 / 255.0;
	public PatchPairGenerator.Augmentation augmentation = PatchPairGenerator.Augmentation.standard();
	/** TensorFlow intra-op threads (0 = TensorFlow's default). */
	public int threads;

	/** Largest batch: 4096 pairs already take about 1 GB of activations at the light widths. */
	public static final int MAX_BATCH = 4096;

	/**
	 * Checks the settings before any work: a value out of range is a {@link BadParameterException}; an
	 * output folder holding an earlier run is refused unless {@link #resume} or {@link #overwrite}.
	 */
	public void validate() {
		if (images == null) {
			throw new IllegalArgumentException("training image folder is required");
		}
		if (out == null) {
			throw new IllegalArgumentException("output folder is required");
		}
		if (steps < 1) {
			throw new BadParameterException("steps must be >= 1, got " + steps);
		}
		if (batch < 2 || batch > MAX_BATCH) {
			throw new BadParameterException("batch must be in [2, " + MAX_BATCH + "] pairs, got " + batch);
		}
		if (!(learningRate > 0 && learningRate <= 1)) {
			throw new BadParameterException("learning rate must be in (0, 1], got " + learningRate);
		}
		if (widths == null) {
			throw new BadParameterException("widths are required");
		}
		if (threads < 0 || checkpointEvery < 0 || testPairs < 2) {
			throw new BadParameterException("threads and checkpoint interval must be >= 0 and test pairs >= 2, got " + threads + ", "
				+ checkpointEvery + ", " + testPairs);
		}
		if (!resume && !overwrite && out.isDirectory()) {
			String[] entries = out.list();
			if (entries != null && entries.length > 0) {
				throw new IllegalArgumentException("output folder " + out
					+ " is not empty (an earlier run?); use --resume to continue it or --overwrite to replace it");
			}
		}
		OutputFiles.checkFolder(out.toPath(), true, java.util.List.of(images.toPath()), "model", "checkpoint");
	}
}
