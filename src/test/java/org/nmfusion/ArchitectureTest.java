package org.nmfusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.nmfusion.cnn.EngineLoader;

/**
 * The layering of docs/ARCHITECTURE.md, checked on the sources (src/main/java and the Spark job's
 * src/spark/java): a package imports only packages of a lower layer (data flows core -> service -> commands
 * -> CLI, never back up), the algorithm cores import no SciJava, ImageJ 1.x or TensorFlow class, only the
 * engine packages touch TensorFlow and only the Spark job touches Spark and Scala.
 */
class ArchitectureTest {

	/** Layer of every package (relative to org.nmfusion); keep in step with docs/ARCHITECTURE.md. */
	static final Map<String, Integer> LAYERS = Map.ofEntries(Map.entry("util", 0), Map.entry("image", 1), Map.entry("resample", 1),
		Map.entry("pyramid", 1), Map.entry("nmf", 1), Map.entry("metrics", 1), Map.entry("filter", 2), Map.entry("cnn", 2),
		Map.entry("fusion.rules", 2), Map.entry("fusion.baseline", 2), Map.entry("fusion.focus", 2), Map.entry("io", 2),
		Map.entry("cnn.tf", 3), Map.entry("fusion.weights", 3), Map.entry("focusstack", 3), Map.entry("batch", 3), Map.entry("benchmark", 4),
		Map.entry("train", 4), Map.entry("fusion.method", 4),
		Map.entry("train.tf", 5), Map.entry("fusion", 5), Map.entry("service", 6), Map.entry("commands", 7), Map.entry("cli", 8),
		Map.entry("spark", 9));

	/**
	 * Packages that may use ImageJ 1.x; SciJava is for service, commands and cli; TensorFlow for the engine
	 * packages cnn.tf and train.tf, which go into the engine jar and which no other package imports.
	 */
	static final List<String> IMAGEJ = List.of("io", "batch", "benchmark", "service", "commands", "cli", "spark"),
		SCIJAVA = List.of("service", "commands", "cli", "spark"), TENSORFLOW = List.of("cnn.tf", "train.tf"), ENGINE = TENSORFLOW,
		SPARK = List.of("spark");

	/** What the engine jar brings and the plugin jar's classes must not refer to (class-file form). */
	static final List<String> ENGINE_ONLY = List.of("org/tensorflow/", "org/bytedeco/", "com/google/protobuf/", "org/nmfusion/cnn/tf/",
		"org/nmfusion/train/tf/");

	/** What only the Spark job's classes may refer to (class-file form). */
	static final List<String> SPARK_ONLY = List.of("org/apache/spark/", "scala/", "org/nmfusion/spark/");

	private static final Path MAIN = Paths.get("src/main/java/org/nmfusion");
	/** The source trees: the plugin's, and the Spark job's (compiled only with the Maven profile spark). */
	private static final List<Path> SOURCES = List.of(MAIN, Paths.get("src/spark/java/org/nmfusion"));
	private static final Pattern PACKAGE = Pattern.compile("^package org\\.nmfusion\\.([a-z.]+);", Pattern.MULTILINE);
	private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([a-zA-Z0-9_.]+)\\.[A-Za-z0-9_*]+;", Pattern.MULTILINE);

	@Test
	void everyPackageHasALayerAndAPackageInfo() throws IOException {
		for (final Path root : SOURCES)
			for (final String pkg : packages(root)) {
				assertTrue(LAYERS.containsKey(pkg), "package " + pkg + " has no layer in ArchitectureTest and docs/ARCHITECTURE.md");
				assertTrue(Files.exists(root.resolve(pkg.replace('.', '/')).resolve("package-info.java")),
					"package " + pkg + " has no package-info.java");
			}
		assertEquals(SPARK, packages(SOURCES.get(1)), "src/spark/java holds the Spark job's package alone");
		assertTrue(packages(MAIN).stream().noneMatch(SPARK::contains), "the Spark job lives in src/spark/java, outside the plugin");
	}

	@Test
	void importsGoOnlyDownAndTheCoresStayFreeOfImageJSciJavaAndTensorFlow() throws IOException {
		final List<String> violations = new ArrayList<>();
		for (final Path root : SOURCES) {
			try (Stream<Path> files = Files.walk(root)) {
				for (final Path f : files.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList())) {
					final String src = Files.readString(f);
					final Matcher pm = PACKAGE.matcher(src);
					if (!pm.find()) continue;
					final String pkg = pm.group(1);
					final Matcher im = IMPORT.matcher(src);
					while (im.find()) {
						final String imported = im.group(1);
						final String where = root.relativize(f) + " imports " + imported;
						if (imported.startsWith("org.nmfusion.")) {
							final String target = packageOf(imported.substring("org.nmfusion.".length()));
							if (!target.equals(pkg) && LAYERS.getOrDefault(target, 99) >= LAYERS.getOrDefault(pkg, -1))
								violations.add(where + " (layer " + LAYERS.get(target) + " from layer " + LAYERS.get(pkg) + ")");
							else
								if (ENGINE.contains(target) && !ENGINE.contains(pkg)) violations.add(where + " (engine package)");
						}
						else if ((imported.startsWith("ij.") || imported.equals("ij")) && !IMAGEJ.contains(pkg)) violations.add(where);
						else if (imported.startsWith("org.scijava") && !SCIJAVA.contains(pkg)) violations.add(where);
						else if (imported.startsWith("org.tensorflow") && !TENSORFLOW.contains(pkg)) violations.add(where);
						else
							if ((imported.startsWith("org.apache.spark") || imported.startsWith("scala")) && !SPARK.contains(pkg))
								violations.add(where);
					}
				}
			}
		}
		assertEquals(List.of(), violations);
	}

	/**
	 * The plugin jar leaves the engine packages out, so no class outside them may refer to an engine or
	 * TensorFlow class (also not by a fully qualified name); the engine packages are those of the
	 * EngineLoader and of the jar split in pom.xml.
	 */
	@Test
	void onlyTheEnginePackagesReferToTheEngineAndTensorFlow() throws IOException {
		final Path classes = Paths.get("target/classes/org/nmfusion");
		final List<String> violations = new ArrayList<>();
		int checked = 0;
		try (Stream<Path> files = Files.walk(classes)) {
			for (final Path f : files.filter(p -> p.toString().endsWith(".class")).collect(Collectors.toList())) {
				final String pkg = classes.relativize(f.getParent()).toString().replace(File.separatorChar, '.');
				if (ENGINE.contains(pkg) || SPARK.contains(pkg)) continue;
				final String bytes = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
				for (final String e : ENGINE_ONLY)
					if (bytes.contains(e)) violations.add(classes.relativize(f) + " refers to " + e);
				for (final String e : SPARK_ONLY)
					if (bytes.contains(e)) violations.add(classes.relativize(f) + " refers to " + e);
				checked++;
			}
		}
		assertTrue(checked > 100, "only " + checked + " classes found in " + classes);
		assertEquals(List.of(), violations);
		final String pom = Files.readString(Paths.get("pom.xml"));
		final List<String> engine = new ArrayList<>();
		for (final String p : ENGINE) {
			engine.add("org.nmfusion." + p + ".");
			assertTrue(pom.contains(">org/nmfusion/" + p.replace('.', '/') + "/**<"), "pom.xml's jar split misses " + p);
		}
		assertEquals(engine, EngineLoader.ENGINE_PACKAGES);
		assertTrue(pom.contains("<spark.packages>org/nmfusion/spark/**</spark.packages>") && pom.contains("<exclude>${spark.packages}</exclude>"),
			"pom.xml's plugin jar must leave out the Spark job");
	}

	/** The longest known package that prefixes a class's package (org.nmfusion.fusion.method.X -> fusion.method). */
	private static String packageOf(final String qualified) {
		String best = "";
		for (final String p : LAYERS.keySet())
			if ((qualified.equals(p) || qualified.startsWith(p + ".")) && p.length() > best.length()) best = p;
		return best.isEmpty() ? qualified : best;
	}

	private static List<String> packages(final Path root) throws IOException {
		try (Stream<Path> dirs = Files.walk(root)) {
			return dirs.filter(Files::isDirectory).filter(d -> !d.equals(root)).filter(d -> {
				try (Stream<Path> s = Files.list(d)) {
					return s.anyMatch(p -> p.toString().endsWith(".java"));
				}
				catch (IOException e) {
					throw new IllegalStateException(e);
				}
			}).map(d -> root.relativize(d).toString().replace('/', '.')).sorted().collect(Collectors.toList());
		}
	}
}
