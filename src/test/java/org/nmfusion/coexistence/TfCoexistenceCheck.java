package org.nmfusion.coexistence;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.nmfusion.cnn.EngineLoader;
import org.nmfusion.cnn.FocusModel;
import org.nmfusion.cnn.FocusModelCache;
import org.nmfusion.cnn.FocusModelProvider;
import org.nmfusion.cnn.FocusModels;
import org.nmfusion.cnn.ParentLastClassLoader;
import org.nmfusion.train.FocusModelTrainer;
import org.nmfusion.train.TrainingImage;
import org.nmfusion.train.TrainingConfig;
import org.nmfusion.train.Widths;

/**
 * NMFusion's TensorFlow engine next to Fiji's TensorFlow 1.x in one JVM, started by
 * {@code scripts/test-tf-coexistence} (not a unit test: it needs its own class paths). Uses only the plugin
 * jar's classes and reaches TensorFlow 1.x by reflection, as it sits on the application class path.
 * <ul>
 * <li>{@code reference OUT PAIR...}: weight maps of the pairs ({@code A.png:B.png}) with the engine found as
 * usual, no TensorFlow 1.x present; written as raw big-endian floats to OUT/pairN.f32.</li>
 * <li>{@code check REF ORDER TRAIN_IMAGES PAIR...}: with TensorFlow 1.x on the class path and the engine in
 * {@code -Dnmfusion.engine.dir}: runs a TensorFlow 1.x graph and NMFusion's weight maps in the order
 * {@code tf1-first} (graph, NMFusion, graph) or {@code nmfusion-first} (NMFusion, graph, NMFusion, graph),
 * compares the maps with REF, and (tf1-first) trains, evaluates and re-exports a tiny model through the
 * isolated engine. Order {@code flat} is the control: the engine on the flat class path beside TensorFlow
 * 1.x, no isolation, expected to fail. Exit code 0 when everything holds, 1 otherwise.</li>
 * </ul>
 */
public final class TfCoexistenceCheck {
	/** Largest accepted difference from the reference weight map. */
	static final double TOLERANCE = 1e-6;
	/** What the TensorFlow 1.x graph y = x x + x must give for x = [[1, 2], [3, 4]]. */
	static final float[][] TF1_EXPECTED = { { 8, 12 }, { 18, 26 } };

	private TfCoexistenceCheck() {}

	public static void main(final String[] args) throws Exception {
		final boolean ok;
		if (args[0].equals("reference")) ok = reference(new File(args[1]), Arrays.copyOfRange(args, 2, args.length));
		else if (args[0].equals("check")) ok = check(new File(args[1]), args[2], new File(args[3]), Arrays.copyOfRange(args, 4, args.length));
		else throw new IllegalArgumentException("usage: reference OUT PAIR... | check REF ORDER TRAIN_IMAGES PAIR...");
		System.exit(ok ? 0 : 1);
	}

	private static boolean reference(final File out, final String[] pairs) throws IOException {
		Files.createDirectories(out.toPath());
		System.out
			.println("reference: TensorFlow 1.x present: " + tf1Present() + "; engine: " + where(EngineLoader.service(FocusModelProvider.class)));
		try (FocusModelCache cache = new FocusModelCache()) {
			for (int i = 0; i < pairs.length; i++) {
				final float[] w = weightMap(cache.get(null), pairs[i]);
				write(new File(out, "pair" + i + ".f32"), w);
				System.out.printf(Locale.ROOT, "reference: %s: %d values, mean W %.6f%n", pairs[i], w.length, mean(w));
			}
		}
		return !tf1Present();
	}

	private static boolean check(final File ref, final String order, final File trainImages, final String[] pairs) throws Exception {
		final List<String> failures = new ArrayList<>();
		final boolean isolated = !order.equals("flat");
		if (!tf1Present()) failures.add("TensorFlow 1.x is not on the application class path");
		if (isolated && EngineLoader.engineDir() == null) failures.add("no engine folder (-D" + EngineLoader.DIR_PROPERTY + ")");
		if (!failures.isEmpty()) return report(failures);
		System.out.println("check (" + order + "): application class path has TensorFlow " + tf1Version() + " and " +
			source(Class.forName("com.google.protobuf.Message")) + "; engine folder " + EngineLoader.engineDir());
		try (FocusModelCache cache = new FocusModelCache()) {
			if (order.equals("tf1-first")) {
				tf1Graph("before NMFusion", failures);
				weightMaps(cache, ref, pairs, failures);
				tf1Graph("after NMFusion", failures);
				train(trainImages, failures);
				tf1Graph("after training", failures);
			}
			else if (order.equals("nmfusion-first")) {
				weightMaps(cache, ref, pairs, failures);
				tf1Graph("after NMFusion", failures);
				weightMaps(cache, ref, pairs, failures);
				tf1Graph("after NMFusion again", failures);
			}
			else if (order.equals("flat")) {
				tf1Graph("before NMFusion", failures);
				weightMaps(cache, ref, pairs, failures);
				tf1Graph("after NMFusion", failures);
			}
			else throw new IllegalArgumentException("order must be tf1-first, nmfusion-first or flat: " + order);
		}
		if (isolated) {
			final FocusModelProvider provider = EngineLoader.service(FocusModelProvider.class);
			final ClassLoader engine = provider.getClass().getClassLoader();
			if (!(engine instanceof ParentLastClassLoader)) failures.add("the engine came from " + engine + ", not the isolated loader");
			if (Class.forName("org.tensorflow.Session", false, engine) == Class.forName("org.tensorflow.Session"))
				failures.add("the engine sees TensorFlow 1.x");
			System.out.println("check (" + order + "): engine " + where(provider) + "; its org.tensorflow.Session from " +
				source(Class.forName("org.tensorflow.Session", false, engine)) + " and protobuf from " +
				source(Class.forName("com.google.protobuf.Message", false, engine)) + "; the application's from " +
				source(Class.forName("org.tensorflow.Session")) + " and " + source(Class.forName("com.google.protobuf.Message")));
		}
		return report(failures);
	}

	private static boolean report(final List<String> failures) {
		for (final String f : failures)
			System.out.println("FAILED: " + f);
		System.out.println(failures.isEmpty() ? "OK" : "FAILED (" + failures.size() + ")");
		return failures.isEmpty();
	}

	private static void weightMaps(final FocusModelCache cache, final File ref, final String[] pairs, final List<String> failures)
		throws IOException
	{
		for (int i = 0; i < pairs.length; i++) {
			final long t0 = System.nanoTime();
			final float[] w;
			try {
				w = weightMap(cache.get(null), pairs[i]);
			}
			catch (RuntimeException | LinkageError e) {
				System.out.println("  NMFusion weight map " + pairs[i] + " failed: " + e);
				failures.add("weight map of " + pairs[i] + ": " + e);
				continue;
			}
			final float[] r = read(new File(ref, "pair" + i + ".f32"));
			double maxDiff = r.length == w.length ? 0 : Double.POSITIVE_INFINITY;
			int same = 0;
			for (int k = 0; k < Math.min(w.length, r.length); k++) {
				maxDiff = Math.max(maxDiff, Math.abs(w[k] - r[k]));
				if (Float.floatToIntBits(w[k]) == Float.floatToIntBits(r[k])) same++;
			}
			System.out.printf(Locale.ROOT,
				"  NMFusion weight map %s: mean W %.6f, max |W - reference| %.3e, %d of %d values bit-identical (%.2f s)%n",
				pairs[i], mean(w), maxDiff, same, r.length, (System.nanoTime() - t0) / 1e9);
			if (!(maxDiff <= TOLERANCE)) failures.add("weight map of " + pairs[i] + " differs from the reference by " + maxDiff);
		}
	}

	/** A tiny training run, held-out evaluation and re-export through the isolated engine's trainer. */
	private static void train(final File images, final List<String> failures) throws IOException {
		final long t0 = System.nanoTime();
		final File run = Files.createTempDirectory("nmfusion-coexistence").toFile();
		final TrainingConfig c = new TrainingConfig();
		c.images = images;
		final List<File> files = TrainingImage.listImages(images);
		c.holdout = List.of(files.get(files.size() - 1).getName());
		c.widths = new Widths(8, 16, 16);
		c.steps = 30;
		c.batch = 32;
		c.logEvery = 10;
		c.checkpointEvery = 0;
		c.validationPairs = 256;
		c.testPairs = 512;
		c.out = new File(run, "run");
		final int[] reports = new int[1];
		final FocusModelTrainer trainer = EngineLoader.service(FocusModelTrainer.class);
		final File model = trainer.train(c, "coexistence check", (step, steps, message) -> reports[0]++, () -> false);
		final String md = trainer.evaluate(model, images, c.holdout, 256);
		final File copy = trainer.export(model, new File(run, "reexported"));
		try (FocusModel m = FocusModels.load(copy)) {
			final float[] w = m.denseInference(new float[64 * 64], new float[64 * 64], 64, 64).weightMap();
			System.out.printf(Locale.ROOT, "  NMFusion training through the engine: %d steps, %d progress reports, held-out report %d characters, " +
				"re-exported model %s (c3 = %d, W of a flat pair %.3f) (%.1f s)%n", c.steps, reports[0], md.length(), copy.getName(),
				m.featureChannels(), mean(w), (System.nanoTime() - t0) / 1e9);
			if (reports[0] == 0 || !md.contains("Held-out evaluation") || m.featureChannels() != 16) failures.add("training through the engine");
		}
		deleteTree(run);
	}

	private static float[] weightMap(final FocusModel model, final String pair) throws IOException {
		final String[] ab = pair.split(":");
		final TrainingImage a = TrainingImage.read(new File(ab[0])), b = TrainingImage.read(new File(ab[1]));
		return model.denseInference(a.pixels, b.pixels, a.width, a.height).weightMap();
	}

	// --- TensorFlow 1.x, by reflection on the application class path ---

	private static boolean tf1Present() {
		try {
			return tf1Version().startsWith("1.");
		}
		catch (ReflectiveOperationException | LinkageError e) {
			return false;
		}
	}

	private static String tf1Version() throws ReflectiveOperationException {
		return (String) Class.forName("org.tensorflow.TensorFlow").getMethod("version").invoke(null);
	}

	/** Builds and runs y = MatMul(x, x) + x in a TensorFlow 1.x Graph and Session, as CSBDeep-style plugins do. */
	private static void tf1Graph(final String when, final List<String> failures) {
		try {
			final float[][] y = runTf1Graph();
			final boolean ok = Arrays.deepEquals(y, TF1_EXPECTED);
			System.out
				.println("  TensorFlow " + tf1Version() + " graph " + when + ": y = " + Arrays.deepToString(y) + (ok ? " (right)" : " (WRONG)"));
			if (!ok) failures.add("TensorFlow 1.x graph " + when + " gave " + Arrays.deepToString(y));
		}
		catch (Throwable t) {
			System.out.println("  TensorFlow 1.x graph " + when + " failed: " + t);
			failures.add("TensorFlow 1.x graph " + when + ": " + t);
		}
	}

	private static float[][] runTf1Graph() throws Exception {
		final Class<?> graphC = Class.forName("org.tensorflow.Graph"), tensorC = Class.forName("org.tensorflow.Tensor"),
			sessionC = Class.forName("org.tensorflow.Session"), runnerC = Class.forName("org.tensorflow.Session$Runner"),
			builderC = Class.forName("org.tensorflow.OperationBuilder"), opC = Class.forName("org.tensorflow.Operation"),
			outputC = Class.forName("org.tensorflow.Output"), typeC = Class.forName("org.tensorflow.DataType");
		final Method opBuilder = graphC.getMethod("opBuilder", String.class, String.class),
			setTensor = builderC.getMethod("setAttr", String.class, tensorC),
			setType = builderC.getMethod("setAttr", String.class, typeC), addInput = builderC.getMethod("addInput", outputC),
			build = builderC.getMethod("build"), output = opC.getMethod("output", int.class), close = AutoCloseable.class.getMethod("close");
		final Object g = graphC.getConstructor().newInstance();
		final Object x = tensorC.getMethod("create", Object.class).invoke(null, (Object) new float[][] { { 1, 2 }, { 3, 4 } });
		try {
			Object b = opBuilder.invoke(g, "Const", "x");
			setType.invoke(b, "dtype", typeC.getField("FLOAT").get(null));
			setTensor.invoke(b, "value", x);
			final Object xo = output.invoke(build.invoke(b), 0);
			b = opBuilder.invoke(g, "MatMul", "xx");
			addInput.invoke(b, xo);
			addInput.invoke(b, xo);
			final Object xx = output.invoke(build.invoke(b), 0);
			b = opBuilder.invoke(g, "Add", "y");
			addInput.invoke(b, xx);
			addInput.invoke(b, xo);
			build.invoke(b);
			final Object s = sessionC.getConstructor(graphC).newInstance(g);
			try {
				final Object runner = sessionC.getMethod("runner").invoke(s);
				runnerC.getMethod("fetch", String.class).invoke(runner, "y");
				final Object t = ((List<?>) runnerC.getMethod("run").invoke(runner)).get(0);
				try {
					final float[][] y = new float[2][2];
					tensorC.getMethod("copyTo", Object.class).invoke(t, (Object) y);
					return y;
				}
				finally {
					close.invoke(t);
				}
			}
			finally {
				close.invoke(s);
			}
		}
		finally {
			close.invoke(x);
			close.invoke(g);
		}
	}

	// --- helpers ---

	private static String where(final Object o) {
		return o.getClass().getName() + " (loader " + o.getClass().getClassLoader().getName() + ", from " + source(o.getClass()) + ")";
	}

	private static String source(final Class<?> c) {
		return c.getProtectionDomain().getCodeSource() == null ? "?"
			: new File(c.getProtectionDomain().getCodeSource().getLocation().getPath()).getName();
	}

	private static double mean(final float[] v) {
		double s = 0;
		for (final float x : v)
			s += x;
		return s / v.length;
	}

	private static void write(final File f, final float[] v) throws IOException {
		final File tmp = new File(f.getPath() + ".tmp");
		try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(tmp)))) {
			for (final float x : v)
				out.writeFloat(x);
		}
		Files.move(tmp.toPath(), f.toPath(), StandardCopyOption.REPLACE_EXISTING);
	}

	private static float[] read(final File f) throws IOException {
		final float[] v = new float[(int) (f.length() / 4)];
		try (DataInputStream in = new DataInputStream(new BufferedInputStream(new FileInputStream(f)))) {
			for (int i = 0; i < v.length; i++)
				v[i] = in.readFloat();
		}
		return v;
	}

	private static void deleteTree(final File f) {
		final File[] k = f.listFiles();
		if (k != null)
			for (final File c : k)
				deleteTree(c);
		f.delete();
	}
}
