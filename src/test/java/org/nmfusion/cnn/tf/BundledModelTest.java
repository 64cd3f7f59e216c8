package org.nmfusion.cnn.tf;

import static org.junit.jupiter.api.Assertions.*;

import java.io.File;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nmfusion.cnn.FocusModel;
import org.nmfusion.cnn.FocusModelCache;
import org.nmfusion.cnn.FocusModels;
import org.nmfusion.cnn.ModelCache;
import org.nmfusion.testutil.TestImages;

/** The shipped default model: unpacks from the class path, loads, and judges sharpness on generated images. */
class BundledModelTest {
	@TempDir
	static Path cache;
	static String oldCache;
	static FocusModel model;

	@BeforeAll
	static void privateCacheAndModel() {
		oldCache = System.getProperty("nmfusion.cache");
		System.setProperty("nmfusion.cache", cache.toString());
		model = FocusModels.loadBundled(FocusModels.DEFAULT_MODEL);
	}

	@AfterAll
	static void restore() {
		model.close();
		if (oldCache == null) {
			System.clearProperty("nmfusion.cache");
		}
		else {
			System.setProperty("nmfusion.cache", oldCache);
		}
	}

	@Test
	void unpacksOnceIntoAChecksumNamedFolder() throws Exception {
		File d1 = ModelCache.unpack(FocusModels.class, FocusModels.DEFAULT_MODEL);
		File d2 = ModelCache.unpack(FocusModels.class, FocusModels.DEFAULT_MODEL);
		assertEquals(d1, d2);
		assertTrue(d1.getName().matches(FocusModels.DEFAULT_MODEL + "-[0-9a-f]{16}"), d1.getName());
		assertTrue(new File(d1, "saved_model.pb").isFile());
		assertTrue(new File(d1, "variables/variables.index").isFile());
		assertEquals(64, model.featureChannels());
		assertEquals("bundled:" + FocusModels.DEFAULT_MODEL, model.name());
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
			() -> FocusModels.loadBundled("no-such-model"));
		assertTrue(e.getMessage().contains("no bundled model"), e.getMessage());
	}

	@Test
	void theCacheLoadsOnceHandsOutSharedModelsAndClosesThemAll() {
		FocusModel m;
		try (FocusModelCache c = new FocusModelCache()) {
			m = c.get(null);
			assertSame(m, c.get(null));
			m.close(); // no-op: the cache owns it
			assertEquals(1, m.denseInference(new float[256], new float[256], 16, 16).scores.length);
		}
		assertThrows(IllegalStateException.class, () -> m.denseInference(new float[256], new float[256], 16, 16));
	}

	@Test
	void weightMapIsNearOneForSharpANearZeroForSharpB() {
		FocusModel m = model;
		int w = 160, h = 120;
		float[] s = TestImages.textured(w, h, 77);
		for (double sigma : new double[] { 1.0, 2.0 }) {
			float[] bl = TestImages.blur(s, w, h, sigma);
			double sb = TestImages.mean(m.denseInference(s, bl, w, h).weightMap());
			double bs = TestImages.mean(m.denseInference(bl, s, w, h).weightMap());
			assertTrue(sb > 0.9, "sigma " + sigma + ": W(sharp, blurred) " + sb);
			assertTrue(bs < 0.1, "sigma " + sigma + ": W(blurred, sharp) " + bs);
		}
	}

	@Test
	void tiledEqualsUntiledForTheShippedWidth() {
		FocusModel m = model;
		int w = 301, h = 250;
		float[] a = TestImages.textured(w, h, 5), b = TestImages.blur(TestImages.textured(w, h, 6), w, h, 1.5);
		org.nmfusion.cnn.DenseOutput u = m.denseUntiled(a, b, w, h, true);
		org.nmfusion.cnn.DenseOutput t = org.nmfusion.cnn.DenseInference.run(m, a, b, w, h, true, 96);
		assertArrayEquals(u.scores, t.scores, 0f);
		assertArrayEquals(u.featuresA, t.featuresA, 0f);
		assertArrayEquals(u.featuresB, t.featuresB, 0f);
	}

	@Test
	void aFailedLoadNeverReplacesTheBundledModel(@TempDir Path tmp) throws Exception {
		File writer = HostileModelTest.export(tmp.resolve("writer").toFile(), 1f,
			tf -> tf.io.writeFile(tf.constant(tmp.resolve("x").toString()), tf.constant("x")));
		File nan = HostileModelTest.export(tmp.resolve("nan").toFile(), Float.NaN, null);
		float[] a = TestImages.textured(64, 64, 3), b = TestImages.blur(a, 64, 64, 2);
		try (FocusModelCache c = new FocusModelCache()) {
			FocusModel bundled = c.get(null);
			float[] before = bundled.denseInference(a, b, 64, 64).scores;
			for (File bad : new File[] { writer, nan, writer }) {
				IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> c.get(bad));
				assertTrue(e.getMessage().startsWith("refused model " + bad.getPath()), e.getMessage());
				assertSame(bundled, c.get(null));
			}
			assertArrayEquals(before, c.get(null).denseInference(a, b, 64, 64).scores);
		}
	}

	@Test
	void aDamagedUnpackedCopyIsReplacedBeforeLoading() throws Exception {
		File dir = ModelCache.unpack(FocusModels.class, FocusModels.DEFAULT_MODEL);
		java.nio.file.Path data = dir.toPath().resolve("variables/variables.data-00000-of-00001");
		byte[] whole = java.nio.file.Files.readAllBytes(data);
		java.nio.file.Files.write(data, java.util.Arrays.copyOf(whole, whole.length / 2));
		try (FocusModel m = FocusModels.loadBundled(FocusModels.DEFAULT_MODEL)) {
			assertEquals(64, m.featureChannels());
		}
		assertArrayEquals(whole, java.nio.file.Files.readAllBytes(data));
	}
}
