package org.nmfusion.train.tf;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.BooleanSupplier;
import org.nmfusion.cnn.tf.TfFocusModel;
import org.nmfusion.train.TrainingImage;
import org.nmfusion.train.HeldOutEvaluator;
import org.nmfusion.train.PatchPairGenerator;
import org.nmfusion.train.TrainingConfig;
import org.nmfusion.train.TrainingListener;
import org.nmfusion.util.AtomicFiles;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Output;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.core.Variable;
import org.tensorflow.proto.ConfigProto;
import org.tensorflow.types.TFloat32;

/**
 * Trains the Siamese network with Adam on generated patch pairs (softmax cross-entropy), checkpoints, exports
 * the SavedModel to OUT/model and, when hold-out images are named, runs the held-out evaluation
 * (OUT/model/MODEL_REPORT.md). TRAINING.md records the command, seed, data (SHA-1), steps and wall time.
 */
public final class SiameseTrainer {

	/** The training record written next to the exported model. */
	public static final String TRAINING_RECORD = "TRAINING.md";

	/** Outcome of a run. */
	public static final class Outcome {
		public File modelDir;
		public long steps;
		public double seconds;
		/** Wall time of earlier sessions of a resumed run (from the checkpoint). */
		public double previousSeconds;
		public boolean canceled;
		/** Mean training loss of each logging interval, in order. */
		public final List<Double> losses = new ArrayList<>();
		public double validationAccuracy = Double.NaN;
		/** Training loss of the first step of this run (before any update). */
		public double firstLoss = Double.NaN;
		public HeldOutEvaluator.Report report;
		public Map<String, float[]> weights;
	}

	private SiameseTrainer() {
	}

	public static Outcome train(TrainingConfig cfg, String commandLine, TrainingListener listener,
		BooleanSupplier canceled) throws IOException
	{
		cfg.validate();
		Run run = new Run(cfg, listener == null ? TrainingListener.STDOUT : listener,
			canceled == null ? () -> false : canceled);
		run.loadImages();
		run.prepareOutput();
		run.preparePairs();
		run.fitWeights();
		run.export();
		run.evaluateHeldOut();
		run.writeReports(commandLine);
		return run.outcome;
	}

	/** The training graph: the network on placeholders, its loss and one Adam update per parameter. */
	private static final class TrainingGraph {
		final Placeholder<TFloat32> pa, pb, py, lr, b1p, b2p;
		final Operand<TFloat32> prob, loss;
		final List<Variable<TFloat32>> vars;
		final List<Op> updates = new ArrayList<>();

		TrainingGraph(Graph g, TrainingConfig cfg) {
			Ops tf = Ops.create(g);
			SiameseNet net = new SiameseNet(tf, cfg.widths, SiameseNet.initialWeights(cfg.widths, cfg.seed));
			pa = tf.placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, 16, 16, 1)));
			pb = tf.placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, 16, 16, 1)));
			py = tf.placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, 2)));
			Operand<TFloat32> logits = net.patchLogits(net.branch(pa), net.branch(pb));
			prob = net.probability(logits);
			loss = tf.math.mean(tf.nn.softmaxCrossEntropyWithLogits(logits, py).loss(), tf.constant(0));
			lr = tf.placeholder(TFloat32.class, Placeholder.shape(Shape.scalar()));
			b1p = tf.placeholder(TFloat32.class, Placeholder.shape(Shape.scalar()));
			b2p = tf.placeholder(TFloat32.class, Placeholder.shape(Shape.scalar()));
			vars = new ArrayList<>(net.vars.values());
			Output<?>[] xs = new Output<?>[vars.size()];
			for (int i = 0; i < xs.length; i++) {
				xs[i] = vars.get(i).asOutput();
			}
			Output<?>[] grads = g.addGradients(loss.asOutput(), xs);
			for (int i = 0; i < vars.size(); i++) {
				Variable<TFloat32> v = vars.get(i);
				long[] shp = SiameseNet.shape(SiameseNet.PARAMS.get(i), cfg.widths);
				Ops init = tf.withInitScope();
				Variable<TFloat32> m = tf.withName(SiameseNet.PARAMS.get(i) + "_adam_m").variable(
					init.zeros(init.constant(shp), TFloat32.class));
				Variable<TFloat32> s = tf.withName(SiameseNet.PARAMS.get(i) + "_adam_v").variable(
					init.zeros(init.constant(shp), TFloat32.class));
				@SuppressWarnings("unchecked")
				Operand<TFloat32> grad = (Operand<TFloat32>) grads[i];
				updates.add(tf.train.applyAdam(v, m, s, b1p, b2p, lr, tf.constant(0.9f), tf.constant(0.999f),
					tf.constant(1e-8f), grad));
			}
		}
	}

	/** One training run, step by step: the state shared by the steps of {@link #train}. */
	private static final class Run {
		final TrainingConfig cfg;
		final TrainingListener listener;
		final BooleanSupplier canceled;
		final Outcome outcome = new Outcome();
		final List<TrainingImage> train = new ArrayList<>(), held = new ArrayList<>();
		File ckptDir, modelDir;
		PatchPairGenerator gen;
		/** Validation pairs (drawn from the training images, monitoring only). */
		float[] va, vb, vl;
		long t0;

		Run(TrainingConfig cfg, TrainingListener listener, BooleanSupplier canceled) {
			this.cfg = cfg;
			this.listener = listener;
			this.canceled = canceled;
		}

		/** Reads the training and hold-out images; all named hold-out images must exist. */
		void loadImages() throws IOException {
			List<File> files = TrainingImage.listImages(cfg.images);
			for (String h : cfg.holdout) {
				if (files.stream().noneMatch(f -> f.getName().equals(h))) {
					throw new IllegalArgumentException("hold-out image " + h + " not found in " + cfg.images);
				}
			}
			for (File f : files) {
				TrainingImage g = TrainingImage.read(f);
				(cfg.holdout.contains(f.getName()) ? held : train).add(g);
			}
			if (train.isEmpty()) {
				throw new IllegalArgumentException("no training images in " + cfg.images);
			}
		}

		/** Creates OUT; the checkpoint goes to OUT/checkpoint and the model to OUT/model. */
		void prepareOutput() throws IOException {
			Files.createDirectories(cfg.out.toPath());
			ckptDir = new File(cfg.out, "checkpoint");
			modelDir = new File(cfg.out, "model");
		}

		/** The seeded training pair stream and the fixed validation set. */
		void preparePairs() {
			gen = new PatchPairGenerator(train, cfg.seed, cfg.sigmaMin, cfg.sigmaMax, cfg.minStd, cfg.augmentation);
			int nv = cfg.validationPairs;
			va = new float[nv * 256];
			vb = new float[nv * 256];
			vl = new float[nv];
			new PatchPairGenerator(train, cfg.seed + 1_000_003L, cfg.sigmaMin, cfg.sigmaMax, cfg.minStd,
				cfg.augmentation).alternateOrder(true).fill(va, vb, vl, null, nv);
		}

		/** Builds the graph, restores or initialises it, runs the steps and keeps the trained weights. */
		void fitWeights() throws IOException {
			t0 = System.nanoTime();
			try (Graph g = new Graph()) {
				TrainingGraph tg = new TrainingGraph(g, cfg);
				try (Session sess = new Session(g, sessionConfig())) {
					long start = restoreOrInit(sess);
					long step = runSteps(sess, tg, start);
					outcome.steps = step;
					if (Double.isNaN(outcome.validationAccuracy) || step % Math.max(1, cfg.checkpointEvery) != 0) {
						outcome.validationAccuracy = validationAccuracy(sess, tg);
					}
					outcome.weights = weights(sess, tg);
				}
			}
			outcome.seconds = (System.nanoTime() - t0) / 1e9;
		}

		private ConfigProto sessionConfig() {
			ConfigProto.Builder cp = ConfigProto.newBuilder();
			if (cfg.threads > 0) {
				cp.setIntraOpParallelismThreads(cfg.threads).setInterOpParallelismThreads(1);
			}
			return cp.build();
		}

		/**
		 * Initialises the variables and, when resuming from a checkpoint, restores them, the elapsed time and a
		 * pair stream seeded by the step; returns the first step of this session.
		 */
		private long restoreOrInit(Session sess) throws IOException {
			sess.initialize();
			long start = 0;
			File stepFile = new File(ckptDir, "step.properties");
			if (cfg.resume && stepFile.isFile()) {
				sess.restore(new File(ckptDir, "ckpt").getPath());
				Properties sp = new Properties();
				try (InputStream in = new FileInputStream(stepFile)) {
					sp.load(in);
				}
				start = Long.parseLong(sp.getProperty("step"));
				outcome.previousSeconds = Double.parseDouble(sp.getProperty("elapsed_seconds", "0"));
				gen = new PatchPairGenerator(train, cfg.seed ^ (start * 0x9E3779B97F4A7C15L), cfg.sigmaMin,
					cfg.sigmaMax, cfg.minStd, cfg.augmentation);
				listener.progress(start, cfg.steps, "resumed from checkpoint at step " + start);
			}
			listener.progress(start, cfg.steps, String.format(Locale.ROOT,
				"training widths %s, %d training images, %d held out, batch %d, %d steps, seed %d",
				cfg.widths, train.size(), held.size(), cfg.batch, cfg.steps, cfg.seed));
			return start;
		}

		/** Runs the steps from {@code start} until the end or a cancel, logging and checkpointing; returns the step reached. */
		private long runSteps(Session sess, TrainingGraph tg, long start) throws IOException {
			int n = cfg.batch;
			float[] a = new float[n * 256], b = new float[n * 256], lab = new float[n], y = new float[n * 2];
			double lossSum = 0;
			int lossCount = 0;
			long tLog = System.nanoTime();
			long step = start;
			while (step < cfg.steps) {
				if (canceled.getAsBoolean()) {
					outcome.canceled = true;
					listener.progress(step, cfg.steps, "canceled at step " + step);
					break;
				}
				gen.fill(a, b, lab, null, n);
				for (int k = 0; k < n; k++) {
					y[2 * k] = 1 - lab[k];
					y[2 * k + 1] = lab[k];
				}
				double rate = learningRate(cfg, step);
				float lv = trainStep(sess, tg, a, b, y, n, rate, step + 1);
				if (Double.isNaN(outcome.firstLoss)) {
					outcome.firstLoss = lv;
				}
				lossSum += lv;
				lossCount++;
				step++;
				if (step % cfg.logEvery == 0 || step == cfg.steps) {
					double meanLoss = lossSum / lossCount;
					outcome.losses.add(meanLoss);
					double dt = (System.nanoTime() - tLog) / 1e9;
					double elapsed = (System.nanoTime() - t0) / 1e9;
					double eta = (cfg.steps - step) * dt / lossCount;
					listener.progress(step, cfg.steps, String.format(Locale.ROOT,
						"step %d/%d  loss %.4f  lr %.1e  %.0f pairs/s  elapsed %.0f s  eta %.0f s", step,
						cfg.steps, meanLoss, rate, lossCount * (double) n / dt, elapsed, eta));
					lossSum = 0;
					lossCount = 0;
					tLog = System.nanoTime();
				}
				if (cfg.checkpointEvery > 0 && (step % cfg.checkpointEvery == 0 || step == cfg.steps)) {
					double acc = validationAccuracy(sess, tg);
					outcome.validationAccuracy = acc;
					checkpoint(sess, ckptDir, step, outcome.previousSeconds + (System.nanoTime() - t0) / 1e9);
					listener.progress(step, cfg.steps, String.format(Locale.ROOT,
						"step %d: validation accuracy (training images) %.3f %%, checkpoint saved", step,
						100 * acc));
					tLog = System.nanoTime();
				}
			}
			return step;
		}

		/** One Adam update on a batch (t = 1-based step for the bias correction); returns the batch loss before it. */
		private static float trainStep(Session sess, TrainingGraph tg, float[] a, float[] b, float[] y, int n,
			double rate, long t)
		{
			try (TFloat32 ta = TFloat32.tensorOf(Shape.of(n, 16, 16, 1), DataBuffers.of(a, true, false));
				TFloat32 tb = TFloat32.tensorOf(Shape.of(n, 16, 16, 1), DataBuffers.of(b, true, false));
				TFloat32 ty = TFloat32.tensorOf(Shape.of(n, 2), DataBuffers.of(y, true, false));
				TFloat32 tlr = TFloat32.scalarOf((float) rate);
				TFloat32 t1 = TFloat32.scalarOf((float) Math.pow(0.9, t));
				TFloat32 t2 = TFloat32.scalarOf((float) Math.pow(0.999, t))) {
				Session.Runner r = sess.runner().feed(tg.pa, ta).feed(tg.pb, tb).feed(tg.py, ty).feed(tg.lr, tlr)
					.feed(tg.b1p, t1).feed(tg.b2p, t2).fetch(tg.loss);
				for (Op u : tg.updates) {
					r.addTarget(u);
				}
				try (Result res = r.run()) {
					return ((TFloat32) res.get(0)).getFloat();
				}
			}
		}

		private double validationAccuracy(Session sess, TrainingGraph tg) {
			return accuracy(sess, tg.pa, tg.pb, tg.prob, va, vb, vl, cfg.validationPairs);
		}

		/** The trained parameters by name ({@link SiameseNet#PARAMS}). */
		private static Map<String, float[]> weights(Session sess, TrainingGraph tg) {
			Map<String, float[]> weights = new LinkedHashMap<>();
			for (int i = 0; i < tg.vars.size(); i++) {
				try (Result res = sess.runner().fetch(tg.vars.get(i)).run()) {
					TFloat32 v = (TFloat32) res.get(0);
					float[] arr = new float[(int) v.shape().size()];
					v.copyTo(DataBuffers.of(arr, false, false));
					weights.put(SiameseNet.PARAMS.get(i), arr);
				}
			}
			return weights;
		}

		/** Replaces OUT/model by the SavedModel of the trained weights. */
		void export() throws IOException {
			deleteRecursively(modelDir);
			Properties props = new Properties();
			props.setProperty("seed", Long.toString(cfg.seed));
			props.setProperty("steps", Long.toString(outcome.steps));
			props.setProperty("batch", Integer.toString(cfg.batch));
			ModelExporter.export(outcome.weights, cfg.widths, modelDir, props);
			outcome.modelDir = modelDir;
			listener.progress(outcome.steps, cfg.steps, "exported SavedModel to " + modelDir);
		}

		/** The held-out test of the exported model, when hold-out images are named (MODEL_REPORT.md). */
		void evaluateHeldOut() throws IOException {
			if (held.isEmpty()) {
				return;
			}
			listener.progress(outcome.steps, cfg.steps, "held-out evaluation on " + cfg.testPairs + " pairs ...");
			try (TfFocusModel m = TfFocusModel.load(modelDir)) {
				outcome.report = HeldOutEvaluator.evaluate(m, held, cfg.testPairs, cfg.augmentation, cfg.minStd);
			}
			String md = outcome.report.toMarkdown(modelDir.getName() + " (widths " + cfg.widths + ")");
			AtomicFiles.writeString(new File(modelDir, HeldOutEvaluator.REPORT).toPath(), md);
			listener.progress(outcome.steps, cfg.steps, md);
		}

		/** TRAINING.md and the model's file list. */
		void writeReports(String commandLine) throws IOException {
			AtomicFiles.writeString(new File(modelDir, TRAINING_RECORD).toPath(),
				trainingMarkdown(cfg, commandLine, train, held, outcome));
			ModelExporter.writeFileList(modelDir);
		}
	}

	/** Step schedule: base rate, /10 after decayAt of the steps, /100 after the midpoint of the remainder. */
	static double learningRate(TrainingConfig cfg, long step) {
		double f = step / (double) cfg.steps;
		double d2 = cfg.decayAt + (1 - cfg.decayAt) / 2;
		return f < cfg.decayAt ? cfg.learningRate : f < d2 ? cfg.learningRate / 10 : cfg.learningRate / 100;
	}

	private static double accuracy(Session sess, Operand<TFloat32> pa, Operand<TFloat32> pb, Operand<TFloat32> prob,
		float[] va, float[] vb, float[] vl, int nv)
	{
		int correct = 0;
		int chunk = 2048;
		for (int s = 0; s < nv; s += chunk) {
			int m = Math.min(chunk, nv - s);
			float[] ca = Arrays.copyOfRange(va, s * 256, (s + m) * 256);
			float[] cb = Arrays.copyOfRange(vb, s * 256, (s + m) * 256);
			try (TFloat32 ta = TFloat32.tensorOf(Shape.of(m, 16, 16, 1), DataBuffers.of(ca, true, false));
				TFloat32 tb = TFloat32.tensorOf(Shape.of(m, 16, 16, 1), DataBuffers.of(cb, true, false));
				Result r = sess.runner().feed(pa, ta).feed(pb, tb).fetch(prob).run()) {
				float[] p = new float[m];
				((TFloat32) r.get(0)).copyTo(DataBuffers.of(p, false, false));
				for (int k = 0; k < m; k++) {
					if ((p[k] > 0.5f) == (vl[s + k] > 0.5f)) {
						correct++;
					}
				}
			}
		}
		return correct / (double) nv;
	}

	private static void checkpoint(Session sess, File dir, long step, double elapsed) throws IOException {
		Files.createDirectories(dir.toPath());
		sess.save(new File(dir, "ckpt").getPath());
		Properties p = new Properties();
		p.setProperty("step", Long.toString(step));
		p.setProperty("elapsed_seconds", String.format(Locale.ROOT, "%.1f", elapsed));
		AtomicFiles.write(new File(dir, "step.properties").toPath(), tmp -> {
			try (OutputStream out = Files.newOutputStream(tmp)) {
				p.store(out, null);
			}
		});
	}

	static void deleteRecursively(File f) throws IOException {
		if (!f.exists()) {
			return;
		}
		File[] kids = f.listFiles();
		if (kids != null) {
			for (File k : kids) {
				deleteRecursively(k);
			}
		}
		Files.delete(f.toPath());
	}

	static String trainingMarkdown(TrainingConfig cfg, String commandLine, List<TrainingImage> train,
		List<TrainingImage> held, Outcome o)
	{
		StringBuilder sb = new StringBuilder();
		sb.append("# Training record\n\n");
		sb.append("Command:\n\n```\n").append(commandLine == null ? "(programmatic)" : commandLine).append("\n```\n\n");
		sb.append(String.format(Locale.ROOT, "- widths c1,c2,c3: %s (%,d multiply-adds per patch-pair forward)%n",
			cfg.widths, cfg.widths.patchPairMacs()));
		sb.append("- seed: ").append(cfg.seed).append("\n");
		sb.append(String.format(Locale.ROOT, "- steps: %d%s, batch %d (%,d generated pairs; the pair stream is"
			+ " infinite, so there are no epochs)%n", o.steps, o.canceled ? " (canceled)" : "", cfg.batch,
			o.steps * cfg.batch));
		sb.append(String.format(Locale.ROOT, "- optimiser: Adam (beta1 0.9, beta2 0.999, eps 1e-8), softmax"
			+ " cross-entropy; learning rate %.1e, /10 after %.0f %% of the steps, /100 after %.0f %%%n",
			cfg.learningRate, 100 * cfg.decayAt, 100 * (cfg.decayAt + (1 - cfg.decayAt) / 2)));
		sb.append(String.format(Locale.ROOT, "- pairs: sigma uniform [%.2f, %.2f], sharp patch std >= %.4f (%.1f/255),"
			+ " augmentation per branch: %s; same rotation/flip on both%n", cfg.sigmaMin, cfg.sigmaMax,
			cfg.minStd, cfg.minStd * 255, cfg.augmentation));
		sb.append(String.format(Locale.ROOT, "- wall time (training incl. validation and checkpoints): %.0f s (%.1f min)%s%n",
			o.seconds + o.previousSeconds, (o.seconds + o.previousSeconds) / 60, o.previousSeconds > 0
				? String.format(Locale.ROOT, ", of which %.0f s before resuming from the checkpoint", o.previousSeconds)
				: ""));
		sb.append(String.format(Locale.ROOT, "- final validation accuracy (%d pairs from the training images, seed %d):"
			+ " %.3f %%%n", cfg.validationPairs, cfg.seed + 1_000_003L, 100 * o.validationAccuracy));
		sb.append(String.format(Locale.ROOT, "- machine: %d cores visible to the JVM, %s %s; java %s%n",
			Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
			System.getProperty("os.arch"), System.getProperty("java.version")));
		if (!o.losses.isEmpty()) {
			sb.append("- training loss (mean over logging intervals of ").append(cfg.logEvery).append(" steps): first ");
			sb.append(String.format(Locale.ROOT, "%.4f, last %.4f%n", o.losses.get(0), o.losses.get(o.losses.size() - 1)));
		}
		sb.append("\nTraining images (").append(cfg.images.getName()).append("/, SHA-1 of the file bytes):\n\n");
		sb.append("| image | size | SHA-1 |\n|---|---|---|\n");
		for (TrainingImage g : train) {
			sb.append("| ").append(g.name).append(" | ").append(g.width).append("x").append(g.height).append(" | ")
				.append(g.sha1).append(" |\n");
		}
		if (!held.isEmpty()) {
			sb.append("\nHeld-out images (test only, never trained on):\n\n| image | size | SHA-1 |\n|---|---|---|\n");
			for (TrainingImage g : held) {
				sb.append("| ").append(g.name).append(" | ").append(g.width).append("x").append(g.height)
					.append(" | ").append(g.sha1).append(" |\n");
			}
		}
		return sb.toString();
	}
}
