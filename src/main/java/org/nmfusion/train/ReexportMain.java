package org.nmfusion.train;

import java.io.File;
import java.io.FileInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Properties;
import org.nmfusion.cnn.tf.ModelFormat;

/**
 * Re-exports a trained model with the current graph code (same weights):
 * {@code java -cp ... org.nmfusion.train.ReexportMain OLD_DIR NEW_DIR}. Copies MODEL_REPORT.md and TRAINING.md.
 */
public final class ReexportMain {
	private ReexportMain() {
	}

	public static void main(String[] args) throws Exception {
		File old = new File(args[0]), dst = new File(args[1]);
		Properties p = new Properties();
		try (InputStream in = new FileInputStream(new File(old, ModelFormat.PROPERTIES))) {
			p.load(in);
		}
		Widths w = Widths.parse(p.getProperty("widths"));
		ModelExporter.export(ModelExporter.readWeights(old), w, dst, p);
		for (String f : new String[] {"MODEL_REPORT.md", "TRAINING.md"}) {
			File src = new File(old, f);
			if (src.isFile()) {
				Files.copy(src.toPath(), new File(dst, f).toPath());
			}
		}
		ModelExporter.writeFileList(dst);
		System.out.println("re-exported " + old + " -> " + dst);
	}
}
