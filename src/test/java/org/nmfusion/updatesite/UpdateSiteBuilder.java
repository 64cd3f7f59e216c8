package org.nmfusion.updatesite;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * Fills a folder with a Fiji update site for NMFusion: every file at {@code <path>-<timestamp>} and
 * db.xml.gz describing them (checksums by {@link UpdaterChecksums}, sizes, the platform of native jars).
 * Files: the plugin jar into jars/, the TensorFlow engine folder into lib/nmfusion-tensorflow/ (NMFusion's
 * private folder, outside Fiji's class path), the macros into macros/ and the Fiji scripts into
 * scripts/Plugins/NMFusion/. Usage: UpdateSiteBuilder SITE_DIR PROJECT_DIR [EXTRA_NATIVES_DIR]
 */
public final class UpdateSiteBuilder {

	/** One file of the site. */
	static final class Item {
		final String path, platform;
		final Path source;

		Item(final String path, final Path source, final String platform) {
			this.path = path;
			this.source = source;
			this.platform = platform;
		}
	}

	public static void main(final String[] args) throws IOException {
		final Path site = Paths.get(args[0]), project = Paths.get(args[1]);
		final List<Item> items = items(project, args.length > 2 ? Paths.get(args[2]) : null);
		final String timestamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
		write(site, items, timestamp);
		System.out.println("update site in " + site + ": " + items.size() + " files, db.xml.gz, timestamp " + timestamp);
	}

	static List<Item> items(final Path project, final Path extraNatives) throws IOException {
		final List<Item> items = new ArrayList<>();
		for (final Path jar : list(project.resolve("target"), "nmfusion-*.jar"))
			items.add(new Item("jars/" + jar.getFileName(), jar, null));
		final List<Path> engine = new ArrayList<>(list(project.resolve("target/engine"), "*.jar"));
		if (extraNatives != null) engine.addAll(list(extraNatives, "*.jar"));
		for (final Path jar : engine)
			items.add(new Item("lib/nmfusion-tensorflow/" + jar.getFileName(), jar, platformOf(jar.getFileName().toString())));
		for (final Path m : list(project.resolve("macros"), "*.ijm"))
			items.add(new Item("macros/" + m.getFileName(), m, null));
		for (final Path s : list(project.resolve("scripts/fiji"), "*.{groovy,py}"))
			items.add(new Item("scripts/Plugins/NMFusion/" + s.getFileName(), s, null));
		if (items.stream().noneMatch(i -> i.path.startsWith("jars/nmfusion-")))
			throw new IllegalStateException("no target/nmfusion-*.jar: build first (mvn -B -q -DskipTests package)");
		return items;
	}

	/** The updater's platform of a native jar by its classifier, or null for platform-independent jars. */
	static String platformOf(final String jarName) {
		if (jarName.contains("linux-x86_64")) return "linux64";
		if (jarName.contains("linux-arm64")) return "linux-arm64";
		if (jarName.contains("macosx-arm64")) return "macos-arm64";
		if (jarName.contains("macosx-x86_64")) return "macos64";
		if (jarName.contains("windows-x86_64")) return "win64";
		return null;
	}

	static void write(final Path site, final List<Item> items, final String timestamp) throws IOException {
		Files.createDirectories(site);
		final StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<pluginRecords>\n");
		for (final Item item : items) {
			final Path target = site.resolve(item.path + "-" + timestamp);
			Files.createDirectories(target.getParent());
			Files.copy(item.source, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			final String checksum = item.path.endsWith(".jar") ? UpdaterChecksums.jar(item.source) : UpdaterChecksums.file(item.path, item.source);
			xml.append(" <plugin filename=\"").append(item.path).append("\">\n");
			if (item.platform != null) xml.append("  <platform>").append(item.platform).append("</platform>\n");
			xml.append("  <version timestamp=\"").append(timestamp).append("\" checksum=\"").append(checksum).append("\" filesize=\"")
				.append(Files.size(item.source)).append("\">\n   <description>").append(description(item.path))
				.append("</description>\n  </version>\n </plugin>\n");
		}
		xml.append("</pluginRecords>\n");
		try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(site.resolve("db.xml.gz")));
			Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8))
		{
			w.write(xml.toString());
		}
	}

	private static String description(final String path) {
		if (path.startsWith("jars/")) return "NMFusion: multi-modal and multi-focus image fusion (Plugins &gt; NMFusion)";
		if (path.startsWith("lib/")) return "NMFusion's TensorFlow engine, loaded by NMFusion in a class loader of its own";
		return "NMFusion example";
	}

	private static List<Path> list(final Path dir, final String glob) throws IOException {
		if (!Files.isDirectory(dir)) return List.of();
		final java.nio.file.PathMatcher m = dir.getFileSystem().getPathMatcher("glob:" + glob);
		try (Stream<Path> s = Files.list(dir)) {
			return s.filter(p -> Files.isRegularFile(p) && m.matches(p.getFileName())).sorted().collect(Collectors.toList());
		}
	}

	private UpdateSiteBuilder() {}
}
