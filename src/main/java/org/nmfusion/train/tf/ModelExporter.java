package org.nmfusion.train.tf;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.nmfusion.cnn.tf.ModelFormat;
import org.nmfusion.train.Widths;
import org.nmfusion.util.AtomicFiles;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.Session;
import org.tensorflow.Signature;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/** Writes a SavedModel with the patch classifier ("serving_default") and the dense form ("dense"). */
public final class ModelExporter {
	private ModelExporter() {
	}

	/**
	 * Exports the given weights into dir (which must not exist or be empty). Extra properties (training
	 * summary) are written to {@link ModelFormat#PROPERTIES}.
	 */
	public static void export(Map<String, float[]> weights, Widths widths, File dir, Properties extra)
		throws IOException
	{
		if (dir.exists()) {
			String[] list = dir.list();
			if (list != null && list.length > 0) {
				throw new IOException("export folder is not empty: " + dir);
			}
			Files.delete(dir.toPath());
		}
		File parent = dir.getAbsoluteFile().getParentFile();
		if (parent != null) {
			Files.createDirectories(parent.toPath());
		}
		try (Graph g = new Graph()) {
			Ops tf = Ops.create(g);
			SiameseNet net = new SiameseNet(tf, widths);
			Placeholder<TFloat32> pa = tf.withName("patch_a").placeholder(TFloat32.class,
				Placeholder.shape(Shape.of(-1, 16, 16, 1)));
			Placeholder<TFloat32> pb = tf.withName("patch_b").placeholder(TFloat32.class,
				Placeholder.shape(Shape.of(-1, 16, 16, 1)));
			Operand<TFloat32> logits = tf.withName("patch_logits").identity(
				net.patchLogits(net.branch(pa), net.branch(pb)));
			Operand<TFloat32> p = tf.withName("patch_p").identity(net.probability(logits));

			Placeholder<TFloat32> da = tf.withName("dense_a").placeholder(TFloat32.class,
				Placeholder.shape(Shape.of(1, -1, -1, 1)));
			Placeholder<TFloat32> db = tf.withName("dense_b").placeholder(TFloat32.class,
				Placeholder.shape(Shape.of(1, -1, -1, 1)));
			List<org.tensorflow.Output<TFloat32>> f = net.branchPair(da, db);
			Operand<TFloat32> fa = tf.withName("dense_fa").identity(f.get(0));
			Operand<TFloat32> fb = tf.withName("dense_fb").identity(f.get(1));
			Operand<TFloat32> score = tf.withName("dense_score").identity(net.denseScore(fa, fb));

			Signature patchSig = Signature.builder(ModelFormat.SIG_PATCH).input(ModelFormat.IN_A, pa)
				.input(ModelFormat.IN_B, pb).output(ModelFormat.OUT_P, p).output(ModelFormat.OUT_LOGITS, logits)
				.build();
			Signature denseSig = Signature.builder(ModelFormat.SIG_DENSE).input(ModelFormat.IN_A, da)
				.input(ModelFormat.IN_B, db).output(ModelFormat.OUT_SCORE, score).output(ModelFormat.OUT_FA, fa)
				.output(ModelFormat.OUT_FB, fb).build();
			try (Session s = new Session(g)) {
				List<TFloat32> tensors = new ArrayList<>();
				try {
					Session.Runner r = s.runner();
					for (String name : SiameseNet.PARAMS) {
						float[] v = weights.get(name);
						long[] shp = SiameseNet.shape(name, widths);
						if (v == null || v.length != SiameseNet.size(shp)) {
							throw new IllegalArgumentException("weights of " + name + " missing or of wrong size");
						}
						TFloat32 t = TFloat32.tensorOf(Shape.of(shp), org.tensorflow.ndarray.buffer.DataBuffers.of(v, true, false));
						tensors.add(t);
						r.feed(net.feeds.get(name), t).addTarget(net.assigns.get(name));
					}
					r.run();
				}
				finally {
					for (TFloat32 t : tensors) {
						t.close();
					}
				}
				SavedModelBundle.exporter(dir.getPath()).withSession(s).withSignature(patchSig)
					.withSignature(denseSig).export();
			}
		}
		Properties props = new Properties();
		if (extra != null) {
			props.putAll(extra);
		}
		props.setProperty("format", ModelFormat.FORMAT);
		props.setProperty("widths", widths.toString());
		AtomicFiles.write(new File(dir, ModelFormat.PROPERTIES).toPath(), tmp -> {
			try (OutputStream out = Files.newOutputStream(tmp)) {
				props.store(out, "NMFusion Siamese focus model");
			}
		});
		writeFileList(dir);
	}

	/** Reads the trained parameters (variables named as {@link SiameseNet#PARAMS}) of an exported model. */
	public static Map<String, float[]> readWeights(File dir) {
		Map<String, float[]> m = new java.util.LinkedHashMap<>();
		try (SavedModelBundle b = SavedModelBundle.load(dir.getAbsolutePath(), SavedModelBundle.DEFAULT_TAG)) {
			for (String p : SiameseNet.PARAMS) {
				try (org.tensorflow.Result r = b.session().runner().fetch(p).run()) {
					TFloat32 t = (TFloat32) r.get(0);
					float[] v = new float[(int) t.shape().size()];
					t.copyTo(org.tensorflow.ndarray.buffer.DataBuffers.of(v, false, false));
					m.put(p, v);
				}
			}
		}
		return m;
	}

	/** (Re)writes {@link ModelFormat#FILE_LIST} listing all files of the folder except itself. */
	public static void writeFileList(File dir) throws IOException {
		Path root = dir.toPath();
		List<String> files = new ArrayList<>();
		try (Stream<Path> s = Files.walk(root)) {
			s.filter(Files::isRegularFile).forEach(f -> {
				String rel = root.relativize(f).toString().replace(File.separatorChar, '/');
				if (!rel.equals(ModelFormat.FILE_LIST)) {
					files.add(rel);
				}
			});
		}
		Collections.sort(files);
		StringBuilder list = new StringBuilder();
		for (String f : files) {
			list.append(f).append('\n');
		}
		AtomicFiles.writeString(root.resolve(ModelFormat.FILE_LIST), list);
	}
}
