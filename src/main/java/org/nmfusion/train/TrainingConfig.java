package org.nmfusion.train;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

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
	public double sigmaMin = 0.5, sigmaMax = 3.0;
	/** Minimum standard deviation of a sharp patch (5 grey levels of 255). */
	public double minStd = 5.0 / 255.0;
	public PatchPairGenerator.Augmentation augmentation = PatchPairGenerator.Augmentation.standard();
	/** TensorFlow intra-op threads (0 = TensorFlow's default). */
	public int threads;

	public void validate() {
		if (images == null) {
			throw new IllegalArgumentException("training image folder is required");
		}
		if (out == null) {
			throw new IllegalArgumentException("output folder is required");
		}
		if (steps < 1) {
			throw new IllegalArgumentException("steps must be >= 1, got " + steps);
		}
		if (batch < 2) {
			throw new IllegalArgumentException("batch must be >= 2, got " + batch);
		}
		if (!(learningRate > 0)) {
			throw new IllegalArgumentException("learning rate must be > 0");
		}
	}
}
