package org.nmfusion.cnn;

import static org.junit.jupiter.api.Assertions.*;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.ServiceLoader;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nmfusion.train.FocusModelTrainer;
import org.nmfusion.train.TrainingConfig;

/**
 * The engine loader: which classes come from the engine folder and which from NMFusion's side, and where the
 * folder is found. Loads classes only (no TensorFlow native library: this JVM's tests already use TensorFlow
 * from the class path, and a native library can belong to one class loader only); the real thing, next to
 * TensorFlow 1.x, is scripts/test-tf-coexistence.
 */
class EngineLoaderTest {

	@Test
	void theJdkAndNMFusionsInterfacesAreSharedTheEngineAndItsLibrariesAreNot() {
		for (String shared : new String[] { "java.lang.String", "javax.imageio.ImageIO", FocusModel.class.getName(),
			DenseOutput.class.getName(), FocusModelTrainer.class.getName(), TrainingConfig.class.getName() }) {
			assertTrue(EngineLoader.shared(shared), shared);
		}
		for (String engine : new String[] { "org.nmfusion.cnn.tf.TfFocusModel", "org.nmfusion.train.tf.SiameseTrainer",
			"org.tensorflow.Session", "org.tensorflow.ndarray.Shape", "org.bytedeco.javacpp.Loader",
			"com.google.protobuf.Message" }) {
			assertFalse(EngineLoader.shared(engine), engine);
		}
	}

	@Test
	void theIsolatedLoaderTakesTheEngineFromItsFolderAndSharesTheInterfaces(@TempDir Path dir) throws Exception {
		engineFolder(dir);
		Class<?> appSession = Class.forName("org.tensorflow.Session");
		try (ParentLastClassLoader l = EngineLoader.isolated(dir.toFile(), EngineLoader.class.getClassLoader())) {
			assertSame(String.class, l.loadClass("java.lang.String"));
			assertSame(FocusModel.class, l.loadClass(FocusModel.class.getName()));
			assertSame(FocusModelTrainer.class, l.loadClass(FocusModelTrainer.class.getName()));
			Class<?> session = Class.forName("org.tensorflow.Session", false, l);
			assertSame(l, session.getClassLoader());
			assertNotSame(appSession, session);
			assertSame(l, Class.forName("com.google.protobuf.Message", false, l).getClassLoader());
			FocusModelProvider p = ServiceLoader.load(FocusModelProvider.class, l).findFirst().orElseThrow();
			assertEquals("org.nmfusion.cnn.tf.TfFocusModelProvider", p.getClass().getName());
			assertSame(l, p.getClass().getClassLoader());
			FocusModelTrainer t = ServiceLoader.load(FocusModelTrainer.class, l).findFirst().orElseThrow();
			assertSame(l, t.getClass().getClassLoader());
			assertTrue(l.getResource("META-INF/services/" + FocusModelProvider.class.getName()).toString()
				.contains("engine.jar"));
			assertNotNull(l.getResource("org/nmfusion/models/siamese-light/model-files.txt"), "parent resources");
			assertThrows(ClassNotFoundException.class, () -> l.loadClass("org.nmfusion.NoSuchClass"));
		}
	}

	@Test
	void withoutAFolderTheEngineComesFromTheClassPath() {
		assertNull(EngineLoader.engineDir());
		assertSame(EngineLoader.class.getClassLoader(), EngineLoader.service(FocusModelProvider.class).getClass()
			.getClassLoader());
		assertSame(EngineLoader.service(FocusModelTrainer.class), EngineLoader.service(FocusModelTrainer.class));
	}

	@Test
	void theFolderIsTheConfiguredOneOrFijisLibFolder(@TempDir Path tmp) throws IOException {
		Path fiji = tmp.resolve("Fiji.app"), engine = fiji.resolve(EngineLoader.FIJI_FOLDER);
		Files.createDirectories(engine);
		withProperty("imagej.dir", fiji.toString(), () -> assertNull(EngineLoader.engineDir(), "empty folder"));
		Files.write(engine.resolve("x.jar"), new byte[0]);
		withProperty("imagej.dir", fiji.toString(), () -> assertEquals(engine.toFile(), EngineLoader.engineDir()));
		Path empty = Files.createDirectories(tmp.resolve("empty"));
		withProperty(EngineLoader.DIR_PROPERTY, empty.toString(), () -> {
			EngineUnavailableException e = assertThrows(EngineUnavailableException.class, EngineLoader::engineDir);
			assertTrue(e.getMessage().contains(EngineLoader.DIR_PROPERTY), e.getMessage());
		});
		withProperty(EngineLoader.DIR_PROPERTY, engine.toString(),
			() -> assertEquals(engine.toFile(), EngineLoader.engineDir()));
	}

	private static void withProperty(String key, String value, Runnable r) {
		String old = System.getProperty(key);
		System.setProperty(key, value);
		try {
			r.run();
		}
		finally {
			if (old == null) {
				System.clearProperty(key);
			}
			else {
				System.setProperty(key, old);
			}
		}
	}

	/** An engine folder as the build makes it: the engine jar and links to TensorFlow's jars. */
	private static void engineFolder(Path dir) throws IOException, URISyntaxException, ClassNotFoundException {
		Path classes = location(EngineLoader.class);
		try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(dir.resolve("engine.jar")));
			Stream<Path> files = Files.walk(classes)) {
			for (Path f : files.filter(Files::isRegularFile).collect(Collectors.toList())) {
				String name = classes.relativize(f).toString().replace(File.separatorChar, '/');
				if (name.startsWith("org/nmfusion/cnn/tf/") || name.startsWith("org/nmfusion/train/tf/")
					|| name.startsWith("META-INF/services/org.nmfusion.")) {
					jar.putNextEntry(new JarEntry(name));
					Files.copy(f, (OutputStream) jar);
					jar.closeEntry();
				}
			}
		}
		for (String c : List.of("org.tensorflow.Session", "org.tensorflow.ndarray.Shape", "org.bytedeco.javacpp.Loader",
			"com.google.protobuf.Message", "org.tensorflow.internal.c_api.TF_Session")) {
			Path jar = location(Class.forName(c, false, EngineLoaderTest.class.getClassLoader()));
			Path link = dir.resolve(jar.getFileName());
			if (!Files.exists(link)) {
				Files.createSymbolicLink(link, jar);
			}
		}
	}

	private static Path location(Class<?> c) throws URISyntaxException {
		return Paths.get(c.getProtectionDomain().getCodeSource().getLocation().toURI());
	}
}
