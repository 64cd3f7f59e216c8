package org.nmfusion.cnn.tf;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.buffer.FloatDataBuffer;
import org.tensorflow.proto.FunctionDef;
import org.tensorflow.proto.MetaGraphDef;
import org.tensorflow.proto.NodeDef;
import org.tensorflow.proto.SavedModel;
import org.tensorflow.proto.SignatureDef;
import org.tensorflow.types.TFloat32;

/**
 * Checks a SavedModel folder before TensorFlow runs any of it (a model is a program: its graph may hold
 * operations that read or write files): the serving graph's signatures are NMFusion's, every operation of the
 * graph and of its function library is one NMFusion's own networks use ({@link #ALLOWED_OPS}), and the only
 * file operations, the saver's SaveV2 and RestoreV2, take their path from the saver's filename placeholder
 * (which the loader feeds with the model's own variables path), SaveV2 feeding nothing but the saver's save
 * tensor. After loading, {@link #requireFiniteVariables} refuses weights holding NaN or infinity. Every
 * refusal is one line naming the model and the operation, node, signature or variable.
 */
final class SavedModelCheck {

	/** The operations of the graphs NMFusion exports (train.tf.ModelExporter: the Siamese network and its saver). */
	static final Set<String> ALLOWED_OPS = Set.of("Add", "Assign", "BiasAdd", "ConcatV2", "Const", "Conv2D", "GatherV2", "Identity",
		"MatMul", "MaxPoolV2", "NoOp", "Placeholder", "Relu", "Reshape", "RestoreV2", "SaveV2", "Sigmoid", "Softmax", "Split", "Squeeze",
		"Sub", "VariableV2", "ZerosLike");

	private static final String SERVE = "serve";

	private SavedModelCheck() {}

	/**
	 * Checks saved_model.pb of {@code dir}; returns the names of the graph's variables (for
	 * {@link #requireFiniteVariables}).
	 *
	 * @throws IllegalArgumentException one line: "cannot load SavedModel ...", "wrong model ..." or "refused model ..."
	 */
	static List<String> check(final File dir, final String name) {
		final SavedModel model;
		try {
			model = SavedModel.parseFrom(Files.readAllBytes(new File(dir, "saved_model.pb").toPath()));
		}
		catch (IOException e) {
			throw new IllegalArgumentException("cannot load SavedModel " + dir + " (corrupt or incompatible): saved_model.pb is not a SavedModel ("
				+ firstLine(e.getMessage()) + ")", e);
		}
		MetaGraphDef graph = null;
		for (final MetaGraphDef g : model.getMetaGraphsList())
			if (g.getMetaInfoDef().getTagsList().contains(SERVE)) graph = g;
		if (graph == null) throw new IllegalArgumentException("wrong model " + name + ": no meta graph tagged '" + SERVE + "'");
		requireSignatures(graph.getSignatureDefMap(), name);
		final List<String> variables = new ArrayList<>();
		final Set<String> saves = new TreeSet<>();
		final String filename = nodeOf(graph.getSaverDef().getFilenameTensorName()), saveTensor = nodeOf(graph.getSaverDef().getSaveTensorName());
		for (final NodeDef n : graph.getGraphDef().getNodeList()) {
			requireAllowed(n, name, "");
			if (n.getOp().equals("VariableV2")) variables.add(n.getName());
			if (n.getOp().equals("SaveV2")) saves.add(n.getName());
			if ((n.getOp().equals("SaveV2") || n.getOp().equals("RestoreV2")) && (n.getInputCount() == 0 || !nodeOf(n.getInput(0)).equals(filename)))
				throw new IllegalArgumentException("refused model " + name + ": node '" + n.getName() + "' (" + n.getOp()
					+ ") takes its file name from elsewhere than the saver's '" + filename + "'");
		}
		for (final NodeDef n : graph.getGraphDef().getNodeList())
			for (final String input : n.getInputList())
				if (!n.getName().equals(saveTensor) && saves.contains(nodeOf(input)))
					throw new IllegalArgumentException("refused model " + name + ": node '" + n.getName() + "' (" + n.getOp()
						+ ") depends on the saver's SaveV2 '" + nodeOf(input) + "'");
		if (!variables.isEmpty()) {
			final File vars = new File(dir, "variables");
			final File[] data = vars.listFiles((d, f) -> f.startsWith("variables.data-"));
			if (!new File(vars, "variables.index").isFile() || data == null || data.length == 0)
				throw new IllegalArgumentException("cannot load SavedModel " + dir + " (corrupt or incomplete): its " + variables.size()
					+ " variables need variables/variables.index and variables/variables.data-*");
		}
		for (final FunctionDef f : graph.getGraphDef().getLibrary().getFunctionList())
			for (final NodeDef n : f.getNodeDefList())
				requireAllowed(n, name, " in function '" + f.getSignature().getName() + "'");
		return variables;
	}

	private static void requireAllowed(final NodeDef n, final String name, final String where) {
		if (!ALLOWED_OPS.contains(n.getOp()))
			throw new IllegalArgumentException("refused model " + name + ": operation '" + n.getOp() + "' (node '" + n.getName() + "'" + where
				+ ") is not one NMFusion's networks use");
	}

	private static void requireSignatures(final Map<String, SignatureDef> signatures, final String name) {
		final SignatureDef patch = signatures.get(ModelFormat.SIG_PATCH), dense = signatures.get(ModelFormat.SIG_DENSE);
		if (patch == null || dense == null)
			throw new IllegalArgumentException("wrong model " + name + ": an NMFusion focus model needs signatures '" + ModelFormat.SIG_PATCH
				+ "' and '" + ModelFormat.SIG_DENSE + "', this one has " + new TreeSet<>(signatures.keySet()));
		requireKeys(patch, ModelFormat.SIG_PATCH, name, List.of(ModelFormat.IN_A, ModelFormat.IN_B), List.of(ModelFormat.OUT_P));
		requireKeys(dense, ModelFormat.SIG_DENSE, name, List.of(ModelFormat.IN_A, ModelFormat.IN_B),
			List.of(ModelFormat.OUT_SCORE, ModelFormat.OUT_FA, ModelFormat.OUT_FB));
	}

	private static void requireKeys(final SignatureDef s, final String key, final String name, final List<String> inputs,
		final List<String> outputs)
	{
		for (final String in : inputs)
			if (!s.getInputsMap().containsKey(in))
				throw new IllegalArgumentException("wrong model " + name + ": signature '" + key + "' lacks input '" + in + "' (has "
					+ new TreeSet<>(s.getInputsMap().keySet()) + ")");
		for (final String out : outputs)
			if (!s.getOutputsMap().containsKey(out))
				throw new IllegalArgumentException("wrong model " + name + ": signature '" + key + "' lacks output '" + out + "' (has "
					+ new TreeSet<>(s.getOutputsMap().keySet()) + ")");
	}

	/** Refuses the loaded model when a variable holds NaN or an infinity. */
	static void requireFiniteVariables(final Session session, final List<String> variables, final String name) {
		for (final String v : variables) {
			try (Result r = fetch(session, v, name)) {
				if (!(r.get(0) instanceof TFloat32)) continue;
				final FloatDataBuffer data = ((TFloat32) r.get(0)).asRawTensor().data().asFloats();
				for (long i = 0, n = data.size(); i < n; i++) {
					final float x = data.getFloat(i);
					if (!Float.isFinite(x))
						throw new IllegalArgumentException(
							"refused model " + name + ": variable '" + v + "' holds " + x + " (damaged or diverged weights)");
				}
			}
		}
	}

	private static Result fetch(final Session session, final String variable, final String name) {
		try {
			return session.runner().fetch(variable).run();
		}
		catch (RuntimeException e) {
			throw new IllegalArgumentException(
				"refused model " + name + ": variable '" + variable + "' has no value (" + firstLine(e.getMessage()) + ")", e);
		}
	}

	private static String nodeOf(final String tensor) {
		final String t = tensor.startsWith("^") ? tensor.substring(1) : tensor;
		final int colon = t.indexOf(':');
		return colon < 0 ? t : t.substring(0, colon);
	}

	private static String firstLine(final String m) {
		if (m == null) return "unreadable";
		final int nl = m.indexOf('\n');
		return nl < 0 ? m : m.substring(0, nl);
	}
}
