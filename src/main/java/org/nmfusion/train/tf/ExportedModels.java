package org.nmfusion.train.tf;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.nmfusion.cnn.tf.ModelFormat;
import org.nmfusion.cnn.tf.TfFocusModel;
import org.nmfusion.train.TrainingImage;
import org.nmfusion.train.HeldOutEvaluator;
import org.nmfusion.train.TrainingConfig;
import org.nmfusion.train.Widths;
import org.nmfusion.util.AtomicFiles;

/**
 * Work on an exported model folder after training: the held-out evaluation (MODEL_REPORT.md) and the
 * re-export of the same weights with the current graph code.
 */
public final class ExportedModels {
	private ExportedModels() {
	}

	/**
	 * Held-out test of the model in {@code modelDir} on the named images of {@code images} (the same test the
	 * trainer runs, with the default pair settings); writes MODEL_REPORT.md into the model folder, updates its
	 * file list and returns the report as Markdown.
	 */
	public static String evaluate(File modelDir, File images, List<String> holdout, int pairs) throws IOException {
		if (holdout.isEmpty()) {
			throw new IllegalArgumentException("no hold-out images named");
		}
		if (pairs < 2) {
			throw new IllegalArgumentException("test pairs must be >= 2, got " + pairs);
		}
		List<File> files = TrainingImage.listImages(images);
		List<TrainingImage> held = new ArrayList<>();
		for (String name : holdout) {
			File f = files.stream().filter(x -> x.getName().equals(name)).findFirst().orElseThrow(
				() -> new IllegalArgumentException("hold-out image " + name + " not found in " + images));
			held.add(TrainingImage.read(f));
		}
		TrainingConfig c = new TrainingConfig();
		String md;
		try (TfFocusModel m = TfFocusModel.load(modelDir)) {
			HeldOutEvaluator.Report r = HeldOutEvaluator.evaluate(m, held, pairs, c.augmentation, c.minStd);
			String widths = TfFocusModel.properties(modelDir).getProperty("widths", "?");
			md = r.toMarkdown(modelDir.getName() + " (widths " + widths + ")");
		}
		AtomicFiles.writeString(new File(modelDir, HeldOutEvaluator.REPORT).toPath(), md);
		ModelExporter.writeFileList(modelDir);
		return md;
	}

	/**
	 * Re-exports the weights of the model in {@code from} with the current graph code into {@code to} (which
	 * must not exist or be empty), keeping its properties and copying MODEL_REPORT.md and TRAINING.md.
	 */
	public static File reexport(File from, File to) throws IOException {
		if (!new File(from, ModelFormat.PROPERTIES).isFile()) {
			throw new IllegalArgumentException("not an NMFusion model folder (no " + ModelFormat.PROPERTIES + "): "
				+ from);
		}
		Properties p = TfFocusModel.properties(from);
		Widths w = Widths.parse(p.getProperty("widths", "(missing)"));
		ModelExporter.export(ModelExporter.readWeights(from), w, to, p);
		for (String f : new String[] { HeldOutEvaluator.REPORT, SiameseTrainer.TRAINING_RECORD }) {
			File src = new File(from, f);
			if (src.isFile()) {
				AtomicFiles.write(new File(to, f).toPath(), tmp -> Files.copy(src.toPath(), tmp,
					StandardCopyOption.REPLACE_EXISTING));
			}
		}
		ModelExporter.writeFileList(to);
		return to;
	}
}
