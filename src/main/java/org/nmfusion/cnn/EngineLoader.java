package org.nmfusion.cnn;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Finds NMFusion's TensorFlow engine, the implementations of {@link FocusModelProvider} and
 * {@code org.nmfusion.train.FocusModelTrainer}. Fiji ships TensorFlow 1.x under the same class names as
 * TensorFlow Java, so in Fiji the engine jar and its dependencies live in a private folder and are loaded by
 * one {@link ParentLastClassLoader}: TensorFlow, JavaCPP, protobuf and the engine packages come from that
 * folder, the JDK and every other NMFusion class from Fiji's class path, so both sides share the interfaces.
 *
 * <p>The folder is the system property {@value #DIR_PROPERTY}, else {@value #FIJI_FOLDER} of the Fiji
 * installation holding NMFusion (from the launcher's properties {@code imagej.dir}, {@code fiji.dir} or
 * {@code scijava.app.directory}, or the plugin jar's place in {@code jars/} or {@code plugins/}). Without
 * such a folder (command line, tests) the engine comes from the class path. The loader and each engine service are created once per JVM.
 */
public final class EngineLoader {
	/** System property naming the engine folder (all jars in it are loaded). */
	public static final String DIR_PROPERTY = "nmfusion.engine.dir";
	/** The engine folder relative to a Fiji installation. */
	public static final String FIJI_FOLDER = "lib/nmfusion-tensorflow";
	/** Packages of the engine: the only NMFusion classes taken from the engine folder. */
	public static final List<String> ENGINE_PACKAGES = List.of("org.nmfusion.cnn.tf.", "org.nmfusion.train.tf.");

	private static final List<String> PLATFORM = List.of("java.", "javax.", "jdk.", "sun.", "com.sun.", "org.w3c.",
		"org.xml.");

	private static ClassLoader loader;
	private static File loaderDir;
	private static final Map<Class<?>, Object> SERVICES = new HashMap<>();

	private EngineLoader() {
	}

	/**
	 * The engine's implementation of {@code type}, created on first use and kept.
	 *
	 * @throws EngineUnavailableException when the engine is not there or cannot be loaded
	 */
	public static synchronized <T> T service(Class<T> type) {
		Object s = SERVICES.get(type);
		if (s == null) {
			ClassLoader cl = classLoader();
			try {
				for (T t : ServiceLoader.load(type, cl)) {
					s = t;
					break;
				}
			}
			catch (ServiceConfigurationError | LinkageError e) {
				throw new EngineUnavailableException(missing(type) + " (" + e + ")", e);
			}
			if (s == null) {
				throw new EngineUnavailableException(missing(type), null);
			}
			SERVICES.put(type, s);
		}
		return type.cast(s);
	}

	/** The class loader of the engine: the isolated one over {@link #engineDir()}, else NMFusion's own. */
	public static synchronized ClassLoader classLoader() {
		if (loader == null) {
			loaderDir = engineDir();
			loader = loaderDir == null ? EngineLoader.class.getClassLoader()
				: isolated(loaderDir, EngineLoader.class.getClassLoader());
		}
		return loader;
	}

	/** The engine folder in use: {@value #DIR_PROPERTY} or Fiji's {@value #FIJI_FOLDER}; null = class path. */
	public static File engineDir() {
		String p = System.getProperty(DIR_PROPERTY);
		if (p != null && !p.trim().isEmpty()) {
			File d = new File(p.trim());
			if (jars(d).length == 0) {
				throw new EngineUnavailableException("-D" + DIR_PROPERTY + "=" + d + " names no folder holding jars",
					null);
			}
			return d;
		}
		for (File root : fijiRoots()) {
			File d = new File(root, FIJI_FOLDER);
			if (jars(d).length > 0) {
				return d;
			}
		}
		return null;
	}

	/**
	 * A new child-first loader over all jars of {@code dir}: engine packages and non-NMFusion classes from the
	 * jars first, JDK and other NMFusion classes from {@code parent}.
	 */
	public static ParentLastClassLoader isolated(File dir, ClassLoader parent) {
		File[] jars = jars(dir);
		URL[] urls = new URL[jars.length];
		for (int i = 0; i < jars.length; i++) {
			try {
				urls[i] = jars[i].toURI().toURL();
			}
			catch (MalformedURLException e) {
				throw new IllegalStateException(e);
			}
		}
		return new ParentLastClassLoader("nmfusion-engine", urls, parent, EngineLoader::shared);
	}

	/** Whether a class comes from NMFusion's class loader: the JDK and NMFusion outside the engine packages. */
	static boolean shared(String name) {
		for (String p : PLATFORM) {
			if (name.startsWith(p)) {
				return true;
			}
		}
		if (!name.startsWith("org.nmfusion.")) {
			return false;
		}
		for (String p : ENGINE_PACKAGES) {
			if (name.startsWith(p)) {
				return false;
			}
		}
		return true;
	}

	private static File[] jars(File dir) {
		File[] j = dir.listFiles((d, n) -> n.endsWith(".jar"));
		if (j == null) {
			return new File[0];
		}
		Arrays.sort(j);
		return j;
	}

	private static List<File> fijiRoots() {
		List<File> roots = new ArrayList<>();
		for (String prop : new String[] { "imagej.dir", "fiji.dir", "scijava.app.directory" }) {
			String v = System.getProperty(prop);
			if (v != null && !v.isEmpty()) {
				roots.add(new File(v));
			}
		}
		CodeSource cs = EngineLoader.class.getProtectionDomain().getCodeSource();
		if (cs != null && cs.getLocation() != null) {
			try {
				File jar = new File(cs.getLocation().toURI());
				File folder = jar.getParentFile();
				if (jar.isFile() && folder != null && (folder.getName().equals("jars")
					|| folder.getName().equals("plugins"))) {
					File root = folder.getParentFile();
					if (root != null) {
						roots.add(root);
					}
				}
			}
			catch (URISyntaxException | IllegalArgumentException e) {
				// not a file location: no Fiji installation to derive
			}
		}
		return roots;
	}

	private static String missing(Class<?> type) {
		String where = loaderDir == null
			? "on the class path; in Fiji put the engine jars into Fiji.app/" + FIJI_FOLDER
				+ "/ (see update-site/README.md) or start Fiji with -D" + DIR_PROPERTY + "=FOLDER"
			: "in " + loaderDir;
		return "NMFusion's TensorFlow engine (" + type.getSimpleName() + ") was not found " + where;
	}
}
