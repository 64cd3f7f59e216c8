package org.nmfusion.cnn.tf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nmfusion.train.tf.TinyModel;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.Session;
import org.tensorflow.Signature;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.core.Variable;
import org.tensorflow.proto.FunctionDef;
import org.tensorflow.proto.MetaGraphDef;
import org.tensorflow.proto.NodeDef;
import org.tensorflow.proto.OpDef;
import org.tensorflow.proto.SavedModel;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TString;

/** Models built to harm or broken: refused with one line before TensorFlow runs any of their graph. */
class HostileModelTest {

	@TempDir
	Path tmp;

	/**
	 * Exports a model with NMFusion's signatures (patch: a, b -> p; dense: a, b -> score, fa, fb), one variable
	 * holding {@code weight}, and the outputs depending on the operation {@code planted} adds (null: none).
	 */
	static File export(final File dir, final float weight, final Function<Ops, Op> planted) throws IOException {
		try (Graph g = new Graph()) {
			final Ops tf = Ops.create(g);
			final Placeholder<TFloat32> a = tf.withName("a").placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, -1, -1, 1)));
			final Placeholder<TFloat32> b = tf.withName("b").placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, -1, -1, 1)));
			final Variable<TFloat32> w = tf.withName("w").variable(tf.withInitScope().constant(weight));
			final Ops out = planted == null ? tf : tf.withControlDependencies(List.of(planted.apply(tf)));
			final Operand<TFloat32> y = out.withName("y").math.add(a, w);
			final Signature patch = Signature.builder(ModelFormat.SIG_PATCH).input(ModelFormat.IN_A, a).input(ModelFormat.IN_B, b)
				.output(ModelFormat.OUT_P, y).build();
			final Signature dense = Signature.builder(ModelFormat.SIG_DENSE).input(ModelFormat.IN_A, a).input(ModelFormat.IN_B, b)
				.output(ModelFormat.OUT_SCORE, y).output(ModelFormat.OUT_FA, y).output(ModelFormat.OUT_FB, y).build();
			try (Session s = new Session(g)) {
				s.initialize();
				SavedModelBundle.exporter(dir.getPath()).withSession(s).withSignature(patch).withSignature(dense).export();
			}
		}
		return dir;
	}

	/** Runs the patch signature's output of the model in dir as TensorFlow would without the check. */
	private static void runUnchecked(final File dir) {
		try (SavedModelBundle m = SavedModelBundle.load(dir.getAbsolutePath(), SavedModelBundle.DEFAULT_TAG);
			TFloat32 x = TFloat32.tensorOf(Shape.of(1, 1, 1, 1));
			Result r = m.session().runner().feed("a", x).fetch("y").run()) {
			assertEquals(1, r.size());
		}
	}

	private static void assertOneLine(final IllegalArgumentException e, final String... parts) {
		assertEquals(1, e.getMessage().lines().count(), e.getMessage());
		for (final String p : parts)
			assertTrue(e.getMessage().contains(p), "'" + p + "' missing from: " + e.getMessage());
	}

	@Test
	void aGraphThatWritesAFileIsRefusedAndNothingIsWritten() throws Exception {
		final Path planted = tmp.resolve("planted.txt");
		final Function<Ops, Op> write = tf -> tf.withName("evil").io.writeFile(tf.constant(planted.toString()), tf.constant("pwned"));
		// control: TensorFlow itself would run the planted operation with the model's output
		runUnchecked(export(tmp.resolve("control").toFile(), 1f, write));
		assertEquals("pwned", Files.readString(planted), "the planted WriteFile is live");
		Files.delete(planted);
		final File dir = export(tmp.resolve("writer").toFile(), 1f, write);
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TfFocusModel.load(dir, "writer"));
		assertOneLine(e, "refused model writer: operation 'WriteFile' (node 'evil') is not one NMFusion's networks use");
		assertFalse(Files.exists(planted), "nothing written");
	}

	@Test
	void aGraphThatReadsAFileIsRefused() throws Exception {
		final Path secret = Files.writeString(tmp.resolve("secret.txt"), "s3cret");
		final Function<Ops, Op> read = tf -> tf.withName("peek").io.readFile(tf.constant(secret.toString()));
		final File control = export(tmp.resolve("control").toFile(), 1f, read);
		try (SavedModelBundle m = SavedModelBundle.load(control.getAbsolutePath(), SavedModelBundle.DEFAULT_TAG);
			Result r = m.session().runner().fetch("peek").run()) {
			assertEquals("s3cret", ((TString) r.get(0)).getObject(), "the planted ReadFile is live");
		}
		final File dir = export(tmp.resolve("reader").toFile(), 1f, read);
		assertOneLine(assertThrows(IllegalArgumentException.class, () -> TfFocusModel.load(dir, "reader")),
			"refused model reader: operation 'ReadFile' (node 'peek')");
	}

	/** Rewrites saved_model.pb of a copy of the tiny model through {@code edit}. */
	private File editedTinyModel(final String name, final Function<MetaGraphDef.Builder, MetaGraphDef.Builder> edit) throws Exception {
		final File dir = tmp.resolve(name).toFile();
		TfFocusModelTest.copyTree(TinyModel.modelDir().toPath(), dir.toPath());
		final Path pb = dir.toPath().resolve("saved_model.pb");
		final SavedModel.Builder m = SavedModel.parseFrom(Files.readAllBytes(pb)).toBuilder();
		m.setMetaGraphs(0, edit.apply(m.getMetaGraphs(0).toBuilder()));
		Files.write(pb, m.build().toByteArray());
		return dir;
	}

	@Test
	void fileOperationsHiddenInAFunctionOrASaverReadingAnotherPathAreRefused() throws Exception {
		final File inFunction = editedTinyModel("fn", g -> {
			g.getGraphDefBuilder().getLibraryBuilder().addFunction(FunctionDef.newBuilder().setSignature(OpDef.newBuilder().setName("helper"))
				.addNodeDef(NodeDef.newBuilder().setName("w").setOp("WriteFile")));
			return g;
		});
		assertOneLine(assertThrows(IllegalArgumentException.class, () -> TfFocusModel.load(inFunction, "fn")),
			"refused model fn: operation 'WriteFile' (node 'w' in function 'helper')");
		final File otherPath = editedTinyModel("restore", g -> {
			for (int i = 0; i < g.getGraphDef().getNodeCount(); i++)
				if (g.getGraphDef().getNode(i).getOp().equals("RestoreV2"))
					g.getGraphDefBuilder().getNodeBuilder(i).setInput(0, "save/Const");
			return g;
		});
		assertOneLine(assertThrows(IllegalArgumentException.class, () -> TfFocusModel.load(otherPath, "restore")),
			"refused model restore: node ", "(RestoreV2) takes its file name from elsewhere than the saver's 'save/filename'");
	}

	@Test
	void nanWeightsAreRefusedAfterLoading() throws IOException {
		final File dir = export(tmp.resolve("nan").toFile(), Float.NaN, null);
		assertOneLine(assertThrows(IllegalArgumentException.class, () -> TfFocusModel.load(dir, "nan")),
			"refused model nan: variable 'w' holds NaN");
		final File inf = export(tmp.resolve("inf").toFile(), Float.POSITIVE_INFINITY, null);
		assertOneLine(assertThrows(IllegalArgumentException.class, () -> TfFocusModel.load(inf, "inf")), "variable 'w' holds Infinity");
	}

	@Test
	void truncatedOrMissingVariableFilesGiveOneLine() throws Exception {
		final File dir = tmp.resolve("cut").toFile();
		TfFocusModelTest.copyTree(TinyModel.modelDir().toPath(), dir.toPath());
		final Path data = dir.toPath().resolve("variables/variables.data-00000-of-00001");
		final byte[] bytes = Files.readAllBytes(data);
		Files.write(data, java.util.Arrays.copyOf(bytes, bytes.length / 2));
		assertOneLine(assertThrows(IllegalArgumentException.class, () -> TfFocusModel.load(dir, "cut")), "cannot load SavedModel", "cut");
		Files.delete(data);
		assertOneLine(assertThrows(IllegalArgumentException.class, () -> TfFocusModel.load(dir, "cut")), "cannot load SavedModel");
		Files.delete(dir.toPath().resolve("variables/variables.index"));
		assertOneLine(assertThrows(IllegalArgumentException.class, () -> TfFocusModel.load(dir, "cut")), "cannot load SavedModel");
	}

	@Test
	void theTinyModelAndItsOpsPass() throws IOException {
		final SavedModel m = SavedModel.parseFrom(Files.readAllBytes(TinyModel.modelDir().toPath().resolve("saved_model.pb")));
		for (final NodeDef n : m.getMetaGraphs(0).getGraphDef().getNodeList())
			assertTrue(SavedModelCheck.ALLOWED_OPS.contains(n.getOp()), n.getOp());
		assertEquals(List.of("c1_w", "c1_b", "c2_w", "c2_b", "c3_w", "c3_b", "fc_w", "fc_b"),
			SavedModelCheck.check(TinyModel.modelDir(), "tiny"));
		assertTrue(new String(Files.readAllBytes(TinyModel.modelDir().toPath().resolve("saved_model.pb")), StandardCharsets.ISO_8859_1)
			.contains("RestoreV2"));
	}
}
