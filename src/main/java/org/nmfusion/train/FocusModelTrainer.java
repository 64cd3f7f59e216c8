package org.nmfusion.train;

import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Training, held-out evaluation and re-export of the Siamese focus model: the engine-free entry of the
 * trainer (TensorFlow in {@code org.nmfusion.train.tf}), found by {@link org.nmfusion.cnn.EngineLoader}.
 * Only types of this package and of the JDK cross it.
 */
public interface FocusModelTrainer {
	/**
	 * Trains as {@code config} says, exports the SavedModel to OUT/model with TRAINING.md (and MODEL_REPORT.md
	 * when hold-out images are named) and returns that folder. A cancel stops after the current step; the
	 * model of the steps done so far is still exported.
	 *
	 * @param commandLine the command recorded in TRAINING.md (null: programmatic)
	 */
	File train(TrainingConfig config, String commandLine, TrainingListener listener, BooleanSupplier canceled)
		throws IOException;

	/**
	 * Held-out test of the model in {@code modelDir} on the named images of {@code images}; writes
	 * MODEL_REPORT.md into the model folder and returns it as Markdown.
	 */
	String evaluate(File modelDir, File images, List<String> holdout, int pairs) throws IOException;

	/** Re-exports the weights of the model in {@code from} with the current graph code into {@code to}. */
	File export(File from, File to) throws IOException;
}
