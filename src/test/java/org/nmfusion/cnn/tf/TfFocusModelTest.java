package org.nmfusion.cnn.tf;

import static org.junit.jupiter.api.Assertions.*;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nmfusion.cnn.DenseInference;
import org.nmfusion.cnn.DenseOutput;
import org.nmfusion.cnn.FocusModel;
import org.nmfusion.cnn.FocusModels;
import org.nmfusion.testutil.TestImages;
import org.nmfusion.train.tf.TinyModel;
import org.tensorflow.Graph;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.Session;
import org.tensorflow.Signature;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

class TfFocusModelTest {
	static TfFocusModel model;

	@BeforeAll
	static void load() throws Exception {
		model = TfFocusModel.load(TinyModel.modelDir());
	}

	@AfterAll
	static void close() {
		model.close();
	}

	@Test
	void denseSingleScoreEqualsPatchClassifierOn16x16() {
		Random r = new Random(1);
		float[] img = TestImages.textured(64, 64, 5), blurred = TestImages.blur(img, 64, 64, 1.0);
		for (int k = 0; k < 20; k++) {
			int x = r.nextInt(48), y = r.nextInt(48);
			float[] a = TestImages.crop(k % 2 == 0 ? img : blurred, 64, x, y, 16, 16);
			float[] b = TestImages.crop(k % 2 == 0 ? blurred : img, 64, x, y, 16, 16);
			DenseOutput d = model.denseInference(a, b, 16, 16);
			assertEquals(1, d.scores.length);
			float p = model.scorePatches(a, b, 1)[0];
			assertEquals(p, d.scores[0], 1e-5f);
		}
	}

	@Test
	void denseAndPatchwiseTakeTheSameDecisionAlmostEverywhere() {
		int w = 120, h = 100;
		float[] s = TestImages.textured(w, h, 21), bl = TestImages.blur(s, w, h, 1.5);
		// A sharp in the left half, B sharp in the right half
		float[] a = new float[w * h], b = new float[w * h];
		for (int y = 0; y < h; y++) {
			for (int x = 0; x < w; x++) {
				int i = y * w + x;
				a[i] = x < w / 2 ? s[i] : bl[i];
				b[i] = x < w / 2 ? bl[i] : s[i];
			}
		}
		DenseOutput d = model.denseInference(a, b, w, h);
		int n = d.scores.length, agree = 0, pos = 0;
		float[] pa = new float[n * 256], pb = new float[n * 256];
		for (int j = 0; j < d.scoreHeight; j++) {
			for (int i = 0; i < d.scoreWidth; i++) {
				int k = j * d.scoreWidth + i;
				System.arraycopy(TestImages.crop(a, w, 2 * i, 2 * j, 16, 16), 0, pa, 256 * k, 256);
				System.arraycopy(TestImages.crop(b, w, 2 * i, 2 * j, 16, 16), 0, pb, 256 * k, 256);
			}
		}
		float[] p = model.scorePatches(pa, pb, n);
		for (int k = 0; k < n; k++) {
			agree += (p[k] > 0.5f) == (d.scores[k] > 0.5f) ? 1 : 0;
			pos += d.scores[k] > 0.5f ? 1 : 0;
		}
		assertTrue(agree >= 0.95 * n, "agreement " + agree + "/" + n);
		assertTrue(pos > 0.2 * n && pos < 0.8 * n, "both decisions should occur: " + pos + "/" + n);
	}

	@Test
	void tiledEqualsUntiled() {
		for (int[] wh : new int[][] { { 150, 131 }, { 200, 96 } }) {
			int w = wh[0], h = wh[1];
			float[] a = TestImages.textured(w, h, 3), b = TestImages.blur(TestImages.textured(w, h, 4), w, h, 1);
			DenseOutput u = model.denseUntiled(a, b, w, h, true);
			DenseOutput t = DenseInference.run(model, a, b, w, h, true, 32);
			assertArrayEquals(u.scores, t.scores, 0f);
			assertArrayEquals(u.featuresA, t.featuresA, 0f);
			assertArrayEquals(u.featuresB, t.featuresB, 0f);
			assertArrayEquals(u.weightMap(), t.weightMap(), 0f);
			assertEquals(TinyModel.WIDTHS.c3, u.featureChannels);
		}
	}

	@Test
	void weightMapFavoursTheSharpImage() {
		int w = 96, h = 80;
		float[] s = TestImages.textured(w, h, 31), bl = TestImages.blur(s, w, h, 2.0);
		double sb = TestImages.mean(model.denseInference(s, bl, w, h).weightMap());
		double bs = TestImages.mean(model.denseInference(bl, s, w, h).weightMap());
		assertTrue(sb > 0.85, "W(sharp, blurred) mean " + sb);
		assertTrue(bs < 0.15, "W(blurred, sharp) mean " + bs);
	}

	@Test
	void concurrentUseGivesTheSameResults() throws Exception {
		int w = 64, h = 64;
		float[] a = TestImages.textured(w, h, 8), b = TestImages.blur(a, w, h, 1);
		float[] ref = model.denseInference(a, b, w, h).scores;
		ExecutorService ex = Executors.newFixedThreadPool(4);
		try {
			List<Future<float[]>> fs = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				fs.add(ex.submit(() -> model.denseInference(a, b, w, h).scores));
			}
			for (Future<float[]> f : fs) {
				assertArrayEquals(ref, f.get());
			}
		}
		finally {
			ex.shutdown();
		}
	}

	@Test
	void missingFolderFileAndEmptyFolderGiveClearErrors(@TempDir Path tmp) throws Exception {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
			() -> TfFocusModel.load(tmp.resolve("nope").toFile()));
		assertTrue(e.getMessage().contains("not found"), e.getMessage());
		File f = tmp.resolve("file.pb").toFile();
		Files.write(f.toPath(), new byte[] { 1 });
		e = assertThrows(IllegalArgumentException.class, () -> TfFocusModel.load(f));
		assertTrue(e.getMessage().contains("not a file"), e.getMessage());
		e = assertThrows(IllegalArgumentException.class, () -> TfFocusModel.load(tmp.toFile()));
		assertTrue(e.getMessage().contains("no saved_model.pb"), e.getMessage());
		// through the TF-free factory the same message arrives unwrapped
		e = assertThrows(IllegalArgumentException.class, () -> FocusModels.load(tmp.resolve("nope").toFile()));
		assertTrue(e.getMessage().contains("not found"), e.getMessage());
	}

	@Test
	void corruptSavedModelGivesClearError(@TempDir Path tmp) throws Exception {
		File dir = tmp.resolve("m").toFile();
		copyTree(TinyModel.modelDir().toPath(), dir.toPath());
		Files.write(new File(dir, "saved_model.pb").toPath(), "this is not a protocol buffer \u0000\u00ff".getBytes("UTF-8"));
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TfFocusModel.load(dir));
		assertTrue(e.getMessage().contains("corrupt"), e.getMessage());
	}

	@Test
	void wrongSignaturesGiveClearError(@TempDir Path tmp) throws Exception {
		File dir = tmp.resolve("other").toFile();
		try (Graph g = new Graph()) {
			Ops tf = Ops.create(g);
			Placeholder<TFloat32> x = tf.placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1)));
			org.tensorflow.op.core.Variable<TFloat32> v = tf.variable(tf.withInitScope().constant(2f));
			Signature sig = Signature.builder("other").input("x", x).output("y", tf.math.mul(x, v)).build();
			try (Session s = new Session(g)) {
				s.initialize();
				SavedModelBundle.exporter(dir.getPath()).withSession(s).withSignature(sig).export();
			}
		}
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TfFocusModel.load(dir));
		assertTrue(e.getMessage().contains("wrong model") && e.getMessage().contains("dense")
			&& e.getMessage().contains("[other]"), e.getMessage());
	}

	@Test
	void closedModelRefusesWork() throws Exception {
		TfFocusModel m = TfFocusModel.load(TinyModel.modelDir());
		m.close();
		m.close();
		assertThrows(IllegalStateException.class, () -> m.denseInference(new float[256], new float[256], 16, 16));
		FocusModel viaFactory = FocusModels.load(TinyModel.modelDir());
		assertEquals(TinyModel.WIDTHS.c3, viaFactory.featureChannels());
		viaFactory.close();
	}

	static void copyTree(Path src, Path dst) throws Exception {
		try (java.util.stream.Stream<Path> s = Files.walk(src)) {
			for (Path p : (Iterable<Path>) s::iterator) {
				Path t = dst.resolve(src.relativize(p).toString());
				if (Files.isDirectory(p)) {
					Files.createDirectories(t);
				}
				else {
					Files.copy(p, t);
				}
			}
		}
	}
}
