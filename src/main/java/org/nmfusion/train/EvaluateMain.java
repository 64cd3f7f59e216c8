package org.nmfusion.train;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.nmfusion.cnn.tf.TfFocusModel;

/**
 * Held-out evaluation of an exported model (writes MODEL_REPORT.md into the model folder):
 * {@code java -cp ... org.nmfusion.train.EvaluateMain IMAGE_DIR HOLDOUT_NAMES MODEL_DIR [PAIRS]}.
 */
public final class EvaluateMain {
	private EvaluateMain() {
	}

	public static void main(String[] args) throws Exception {
		File images = new File(args[0]);
		List<String> names = Arrays.asList(args[1].split(","));
		File model = new File(args[2]);
		int pairs = args.length > 3 ? Integer.parseInt(args[3]) : new TrainingConfig().testPairs;
		List<GrayImage> held = new ArrayList<>();
		for (String n : names) {
			held.add(GrayImage.read(new File(images, n)));
		}
		TrainingConfig c = new TrainingConfig();
		try (TfFocusModel m = TfFocusModel.load(model)) {
			HeldOutEvaluator.Report r = HeldOutEvaluator.evaluate(m, held, pairs, c.augmentation, c.minStd);
			String widths = TfFocusModel.properties(model).getProperty("widths", "?");
			String md = r.toMarkdown(model.getName() + " (widths " + widths + ")");
			Files.write(new File(model, "MODEL_REPORT.md").toPath(), md.getBytes(StandardCharsets.UTF_8));
			System.out.println(md);
		}
		ModelExporter.writeFileList(model);
	}
}
