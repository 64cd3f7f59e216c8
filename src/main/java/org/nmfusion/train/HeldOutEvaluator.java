package org.nmfusion.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.nmfusion.cnn.FocusModel;
import org.nmfusion.metrics.ClassificationMetrics;

/**
 * Fixed held-out test: pairs from whole images that were not used for training, generated with a fixed seed
 * (independent of the training seed), sigma uniform in [0.5, 3], sharp patches with std >= 5/255, the same
 * per-branch augmentation as training, both orders equally often (alternating). Positive class: "A is sharper"
 * (label 1); a pair is predicted positive when p > 0.5.
 */
public final class HeldOutEvaluator {
	/** The held-out report written next to an exported model. */
	public static final String REPORT = "MODEL_REPORT.md";
	public static final long TEST_SEED = 20261125L;
	public static final double[] BIN_EDGES = { 0.5, 1.0, 1.5, 2.0, 2.5, 3.0 };

	private HeldOutEvaluator() {
	}

	/** Result: overall and per sigma bin. */
	public static final class Report {
		public final ClassificationMetrics overall;
		public final List<ClassificationMetrics> bins;
		public final int pairs;
		public final List<String> images;
		public final String augmentation;
		public final double seconds;

		Report(ClassificationMetrics overall, List<ClassificationMetrics> bins, int pairs, List<String> images,
			String augmentation, double seconds)
		{
			this.overall = overall;
			this.bins = bins;
			this.pairs = pairs;
			this.images = images;
			this.augmentation = augmentation;
			this.seconds = seconds;
		}

		public String toMarkdown(String modelName) {
			StringBuilder sb = new StringBuilder();
			sb.append("# Held-out evaluation: ").append(modelName).append("\n\n");
			sb.append("Test set: ").append(pairs).append(" patch pairs (16x16) from the held-out images ")
				.append(String.join(", ", images))
				.append(" (not used for training), generated with the fixed seed ").append(TEST_SEED)
				.append(". Sharp patches with standard deviation >= 5/255; blur sigma uniform in [0.5, 3]")
				.append(" (Gaussian, radius ceil(3 sigma), applied in the image); both orders equally often;")
				.append(" per-branch intensity augmentation as in training: ").append(augmentation)
				.append("; same random rotation/flip on both patches.\n\n");
			sb.append("Positive class: A is the sharper patch; predicted positive when p > 0.5.\n\n");
			sb.append("| set | pairs | accuracy | precision | recall | F1 | sensitivity | specificity |\n");
			sb.append("|---|---|---|---|---|---|---|---|\n");
			row(sb, "overall", overall);
			for (int i = 0; i < bins.size(); i++) {
				String label = String.format(Locale.ROOT, "sigma [%.1f, %.1f%s", BIN_EDGES[i], BIN_EDGES[i + 1],
					i == bins.size() - 1 ? "]" : ")");
				row(sb, label, bins.get(i));
			}
			sb.append(String.format(Locale.ROOT, "%nEvaluation time: %.1f s.%n", seconds));
			return sb.toString();
		}

		private static void row(StringBuilder sb, String label, ClassificationMetrics m) {
			sb.append(String.format(Locale.ROOT, "| %s | %d | %.2f %% | %.2f %% | %.2f %% | %.2f %% | %.2f %% | %.2f %% |%n",
				label, m.total(), 100 * m.accuracy(), 100 * m.precision(), 100 * m.recall(), 100 * m.f1(),
				100 * m.sensitivity(), 100 * m.specificity()));
		}
	}

	public static Report evaluate(FocusModel model, List<TrainingImage> images, int pairs,
		PatchPairGenerator.Augmentation aug, double minStd)
	{
		long t0 = System.nanoTime();
		PatchPairGenerator gen = new PatchPairGenerator(images, TEST_SEED, 0.5, 3.0, minStd, aug).alternateOrder(true);
		int nb = BIN_EDGES.length - 1;
		long[][] c = new long[nb + 1][4]; // tp fp tn fn; index nb = overall
		int chunk = 4096;
		float[] a = new float[chunk * 256], b = new float[chunk * 256], lab = new float[chunk], sig = new float[chunk];
		for (int done = 0; done < pairs; done += chunk) {
			int n = Math.min(chunk, pairs - done);
			gen.fill(a, b, lab, sig, n);
			float[] p = model.scorePatches(a, b, n);
			for (int k = 0; k < n; k++) {
				boolean pos = lab[k] > 0.5f;
				boolean pred = p[k] > 0.5f;
				int bin = Math.min(nb - 1, Math.max(0, (int) ((sig[k] - 0.5) / 0.5)));
				int idx = pos ? (pred ? 0 : 3) : (pred ? 1 : 2);
				c[bin][idx]++;
				c[nb][idx]++;
			}
		}
		List<ClassificationMetrics> bins = new ArrayList<>();
		for (int i = 0; i < nb; i++) {
			bins.add(ClassificationMetrics.of(c[i][0], c[i][1], c[i][2], c[i][3]));
		}
		List<String> names = new ArrayList<>();
		for (TrainingImage g : images) {
			names.add(g.name);
		}
		return new Report(ClassificationMetrics.of(c[nb][0], c[nb][1], c[nb][2], c[nb][3]), bins, pairs, names,
			aug.toString(), (System.nanoTime() - t0) / 1e9);
	}
}
