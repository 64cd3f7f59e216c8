package org.nmfusion.cnn.tf;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import org.nmfusion.cnn.DenseOutput;
import org.nmfusion.cnn.FocusModel;
import org.nmfusion.util.Parallel;
import org.tensorflow.exceptions.TFResourceExhaustedException;
import org.tensorflow.Result;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.Session;
import org.tensorflow.Signature;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.ndarray.buffer.FloatDataBuffer;
import org.tensorflow.types.TFloat32;

/**
 * {@link FocusModel} backed by a TensorFlow SavedModel (see {@link ModelFormat}). Loading validates the
 * signatures; every Tensor and Result is closed; Session.run is thread-safe, so one loaded model can serve
 * many threads.
 */
public final class TfFocusModel implements FocusModel {
	private static final int PATCH_BATCH = 4096;

	private final SavedModelBundle bundle;
	private final Session session;
	private final String name;
	private final int c3;
	private final int tileSize;
	private final String[] patchIn = new String[2];
	private final String patchOut;
	private final String[] denseIn = new String[2];
	private final String[] denseOut = new String[3];
	private volatile boolean closed;

	private TfFocusModel(SavedModelBundle bundle, String name, long c1c2) {
		this.bundle = bundle;
		this.session = bundle.session();
		this.name = name;
		Signature patch = null, dense = null;
		TreeSet<String> keys = new TreeSet<>();
		for (Signature s : bundle.signatures()) {
			keys.add(s.key());
			if (s.key().equals(ModelFormat.SIG_PATCH)) {
				patch = s;
			}
			else if (s.key().equals(ModelFormat.SIG_DENSE)) {
				dense = s;
			}
		}
		if (patch == null || dense == null) {
			throw new IllegalArgumentException("wrong model " + name + ": an NMFusion focus model needs signatures '"
				+ ModelFormat.SIG_PATCH + "' and '" + ModelFormat.SIG_DENSE + "', this one has " + keys);
		}
		patchIn[0] = tensorName(patch, true, ModelFormat.IN_A, name);
		patchIn[1] = tensorName(patch, true, ModelFormat.IN_B, name);
		patchOut = tensorName(patch, false, ModelFormat.OUT_P, name);
		denseIn[0] = tensorName(dense, true, ModelFormat.IN_A, name);
		denseIn[1] = tensorName(dense, true, ModelFormat.IN_B, name);
		denseOut[0] = tensorName(dense, false, ModelFormat.OUT_SCORE, name);
		denseOut[1] = tensorName(dense, false, ModelFormat.OUT_FA, name);
		denseOut[2] = tensorName(dense, false, ModelFormat.OUT_FB, name);
		Shape fs = dense.getOutputs().get(ModelFormat.OUT_FA).shape;
		long c = fs.numDimensions() == 4 ? fs.get(3) : -1;
		if (c <= 0) {
			throw new IllegalArgumentException("wrong model " + name + ": output '" + ModelFormat.OUT_FA
				+ "' of signature '" + ModelFormat.SIG_DENSE + "' must have shape [1,H,W,c3], has " + fs);
		}
		this.c3 = (int) c;
		// Tile so the per-tile activations stay around 0.75 GB (c1 + c2 maps of both branches dominate).
		if (c1c2 <= 0) {
			c1c2 = c3 / 4 + c3 / 2; // unknown: assume the 1:2:4 ratio of Liu's and the light widths
		}
		long bytesPerPixel = 4 * (2 * (1 + c1c2) + c3 * 2);
		int side = (int) Math.sqrt(768.0 * 1024 * 1024 / bytesPerPixel);
		this.tileSize = Math.max(64, Math.min(2048, side / 16 * 16));
	}

	private static String tensorName(Signature s, boolean input, String key, String model) {
		Map<String, Signature.TensorDescription> m = input ? s.getInputs() : s.getOutputs();
		Signature.TensorDescription d = m.get(key);
		if (d == null) {
			throw new IllegalArgumentException("wrong model " + model + ": signature '" + s.key() + "' lacks "
				+ (input ? "input" : "output") + " '" + key + "' (has " + new TreeSet<>(m.keySet()) + ")");
		}
		return d.name;
	}

	/**
	 * Loads a SavedModel folder. Throws IllegalArgumentException with a clear message when the folder is
	 * missing, holds no saved_model.pb, cannot be parsed/loaded, lacks the NMFusion signatures, holds an
	 * operation NMFusion's networks do not use or weights that are not finite ({@link SavedModelCheck}).
	 */
	public static TfFocusModel load(File dir) {
		return load(dir, dir == null ? "null" : dir.getPath());
	}

	/** As {@link #load(File)}, with the name that {@link #name()} and error messages show. */
	public static TfFocusModel load(File dir, String displayName) {
		if (dir == null || !dir.exists()) {
			throw new IllegalArgumentException("model folder not found: " + dir);
		}
		if (!dir.isDirectory()) {
			throw new IllegalArgumentException("model must be a SavedModel folder, not a file: " + dir);
		}
		if (!new File(dir, "saved_model.pb").isFile()) {
			throw new IllegalArgumentException("not a SavedModel folder (no saved_model.pb): " + dir);
		}
		long c1c2 = -1;
		try {
			String[] wd = properties(dir).getProperty("widths", "").split(",");
			if (wd.length == 3) {
				c1c2 = Long.parseLong(wd[0].trim()) + Long.parseLong(wd[1].trim());
			}
		}
		catch (IOException | NumberFormatException e) {
			c1c2 = -1;
		}
		final java.util.List<String> variables = SavedModelCheck.check(dir, displayName);
		SavedModelBundle b;
		try {
			b = SavedModelBundle.load(dir.getAbsolutePath(), SavedModelBundle.DEFAULT_TAG);
		}
		catch (RuntimeException | Error e) {
			throw new IllegalArgumentException("cannot load SavedModel " + dir + " (corrupt or incompatible): "
				+ firstLine(e), e);
		}
		try {
			SavedModelCheck.requireFiniteVariables(b.session(), variables, displayName);
			return new TfFocusModel(b, displayName, c1c2);
		}
		catch (RuntimeException e) {
			b.close();
			throw e;
		}
	}

	private static String firstLine(Throwable e) {
		String m = e.getMessage();
		if (m == null) {
			return e.getClass().getSimpleName();
		}
		int nl = m.indexOf('\n');
		return nl < 0 ? m : m.substring(0, nl);
	}

	/** Model properties ({@link ModelFormat#PROPERTIES}) of a model folder, empty if absent. */
	public static Properties properties(File dir) throws IOException {
		Properties p = new Properties();
		File f = new File(dir, ModelFormat.PROPERTIES);
		if (f.isFile()) {
			try (InputStream in = new FileInputStream(f)) {
				p.load(in);
			}
		}
		return p;
	}

	@Override
	public String name() {
		return name;
	}

	@Override
	public int featureChannels() {
		return c3;
	}

	@Override
	public int tileSize() {
		return tileSize;
	}

	private void checkOpen() {
		if (closed) {
			throw new IllegalStateException("model " + name + " is closed");
		}
	}

	@Override
	public float[] scorePatches(float[] a, float[] b, int n) {
		checkOpen();
		if (n < 0 || a.length < n * 256L || b.length < n * 256L) {
			throw new IllegalArgumentException("need " + n + " patches of 16x16 in each input");
		}
		float[] out = new float[n];
		for (int start = 0; start < n; start += PATCH_BATCH) {
			int m = Math.min(PATCH_BATCH, n - start);
			try (TFloat32 ta = TFloat32.tensorOf(Shape.of(m, 16, 16, 1), DataBuffers.of(slice(a, start * 256, m * 256), true, false));
				TFloat32 tb = TFloat32.tensorOf(Shape.of(m, 16, 16, 1), DataBuffers.of(slice(b, start * 256, m * 256), true, false));
				Result r = session.runner().feed(patchIn[0], ta).feed(patchIn[1], tb).fetch(patchOut).run()) {
				TFloat32 p = (TFloat32) r.get(0);
				float[] part = new float[m];
				p.copyTo(DataBuffers.of(part, false, false));
				System.arraycopy(part, 0, out, start, m);
			}
		}
		return out;
	}

	private static float[] slice(float[] a, int from, int len) {
		if (from == 0 && len == a.length) {
			return a;
		}
		float[] s = new float[len];
		System.arraycopy(a, from, s, 0, len);
		return s;
	}

	@Override
	public DenseOutput denseUntiled(float[] a, float[] b, int w, int h, boolean withFeatures) {
		checkOpen();
		if (w < 16 || h < 16 || a.length != (long) w * h || b.length != (long) w * h) {
			throw new IllegalArgumentException("dense inference needs two " + w + "x" + h + " images (>= 16x16)");
		}
		int sw = DenseOutput.scoreWidth(w), sh = DenseOutput.scoreWidth(h);
		int fw = (w + 1) / 2, fh = (h + 1) / 2;
		try (TFloat32 ta = TFloat32.tensorOf(Shape.of(1, h, w, 1), DataBuffers.of(a, true, false));
			TFloat32 tb = TFloat32.tensorOf(Shape.of(1, h, w, 1), DataBuffers.of(b, true, false))) {
			Session.Runner runner = session.runner().feed(denseIn[0], ta).feed(denseIn[1], tb).fetch(denseOut[0]);
			if (withFeatures) {
				runner.fetch(denseOut[1]).fetch(denseOut[2]);
			}
			try (Result r = runner.run()) {
				TFloat32 s = (TFloat32) r.get(0);
				if (s.shape().size() != (long) sw * sh) {
					throw new IllegalStateException("model " + name + " returned score map " + s.shape()
						+ ", expected [1," + sh + "," + sw + "]");
				}
				float[] scores = new float[sw * sh];
				s.copyTo(DataBuffers.of(scores, false, false));
				float[] fa = null, fb = null;
				if (withFeatures) {
					fa = planar((TFloat32) r.get(1), fw, fh);
					fb = planar((TFloat32) r.get(2), fw, fh);
				}
				return new DenseOutput(w, h, scores, c3, fa, fb);
			}
		}
		catch (TFResourceExhaustedException e) { // native memory: the caller may retry with smaller tiles
			OutOfMemoryError oom = new OutOfMemoryError("TensorFlow ran out of memory on a " + w + "x" + h + " tile");
			oom.initCause(e);
			throw oom;
		}
	}

	/** Pixels per block of the transposition in {@link #planar}: a block of both layouts stays in the cache. */
	private static final int TRANSPOSE_BLOCK = 256;

	/**
	 * The NHWC feature tensor as channel-planar values, transposed in cache-sized blocks on all cores straight from
	 * the tensor's memory (no full-size intermediate copy).
	 */
	private float[] planar(TFloat32 t, int fw, int fh) {
		int n = fw * fh, c3 = this.c3;
		FloatDataBuffer hwc = t.asRawTensor().data().asFloats();
		float[] out = new float[n * c3];
		int blocks = (n + TRANSPOSE_BLOCK - 1) / TRANSPOSE_BLOCK;
		Parallel.forChunks(blocks, 16, (b0, b1) -> {
			float[] block = new float[TRANSPOSE_BLOCK * c3];
			for (int p0 = b0 * TRANSPOSE_BLOCK, pe = Math.min(n, b1 * TRANSPOSE_BLOCK); p0 < pe; p0 += TRANSPOSE_BLOCK) {
				int p1 = Math.min(pe, p0 + TRANSPOSE_BLOCK), len = (p1 - p0) * c3;
				hwc.slice((long) p0 * c3, len).read(block, 0, len);
				for (int c = 0; c < c3; c++) {
					int o = c * n + p0;
					for (int p = 0; p < p1 - p0; p++) {
						out[o + p] = block[p * c3 + c];
					}
				}
			}
		});
		return out;
	}

	/** Closes the model; a second call does nothing. */
	@Override
	public void close() {
		if (!closed) {
			closed = true;
			bundle.close();
		}
	}
}
