package org.nmfusion.train.tf;

import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.nmfusion.train.FocusModelTrainer;
import org.nmfusion.train.TrainingConfig;
import org.nmfusion.train.TrainingListener;

/** The TensorFlow {@link FocusModelTrainer} (registered for ServiceLoader). */
public final class TfFocusModelTrainer implements FocusModelTrainer {
	@Override
	public File train(TrainingConfig config, String commandLine, TrainingListener listener, BooleanSupplier canceled)
		throws IOException
	{
		return SiameseTrainer.train(config, commandLine, listener, canceled).modelDir;
	}

	@Override
	public String evaluate(File modelDir, File images, List<String> holdout, int pairs) throws IOException {
		return ExportedModels.evaluate(modelDir, images, holdout, pairs);
	}

	@Override
	public File export(File from, File to) throws IOException {
		return ExportedModels.reexport(from, to);
	}
}
