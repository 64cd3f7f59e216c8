package org.nmfusion.updatesite;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What a jar of the update site must not hold where it lands: on Fiji's flat class path (jars/, plugins/)
 * no TensorFlow, JavaCPP, protobuf, Spark, Scala or NMFusion engine/Spark classes (they would clash with
 * Fiji's TensorFlow 1.x and protobuf); in NMFusion's engine folder no Spark or Scala.
 */
final class ForbiddenClasses {

	private static final List<String> ON_FIJI_CLASS_PATH = List.of("org/tensorflow/", "org/bytedeco/", "com/google/protobuf/",
		"org/apache/spark/", "scala/", "org/nmfusion/spark/", "org/nmfusion/cnn/tf/", "org/nmfusion/train/tf/");
	private static final List<String> IN_ENGINE_FOLDER = List.of("org/apache/spark/", "scala/", "org/nmfusion/spark/");

	private ForbiddenClasses() {}

	/** True for the folders whose jars the Fiji launcher puts on the class path. */
	static boolean onFijiClassPath(final String sitePath) {
		return sitePath.startsWith("jars/") || sitePath.startsWith("plugins/");
	}

	/** The first entry of the jar that must not go to sitePath, or empty; non-jars are never checked. */
	static Optional<String> firstIn(final Path jar, final String sitePath) throws IOException {
		if (!sitePath.endsWith(".jar")) return Optional.empty();
		final List<String> forbidden = onFijiClassPath(sitePath) ? ON_FIJI_CLASS_PATH : IN_ENGINE_FOLDER;
		try (ZipFile zip = new ZipFile(jar.toFile())) {
			for (final ZipEntry e : Collections.list(zip.entries())) {
				final String name = e.getName().replaceFirst("^META-INF/versions/\\d+/", "");
				for (final String prefix : forbidden)
					if (name.startsWith(prefix) && name.length() > prefix.length()) return Optional.of(e.getName());
			}
		}
		return Optional.empty();
	}

	/** Throws naming the jar and the entry when any item holds a forbidden class for its place. */
	static void check(final List<SiteContents.Item> items) throws IOException {
		for (final SiteContents.Item item : items) {
			final Optional<String> entry = firstIn(item.source, item.path);
			if (entry.isPresent())
				throw new IllegalStateException(item.source + " must not go to " + item.path + ": it holds " + entry.get()
					+ (onFijiClassPath(item.path) ? " (no TensorFlow, JavaCPP, protobuf, Spark or Scala on Fiji's class path)"
						: " (no Spark or Scala in the engine)"));
		}
	}
}
