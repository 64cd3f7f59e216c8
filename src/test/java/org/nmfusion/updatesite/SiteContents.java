package org.nmfusion.updatesite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The explicit list of what NMFusion's update site holds (update-site/contents.txt): each line names a site
 * folder and a source in the project; "one" sources must match exactly one file, "each" sources any number.
 * Nothing outside the list is published, whatever else a build left in target/.
 */
final class SiteContents {

	/** The list's path in the project. */
	static final String LIST = "update-site/contents.txt";

	/** One file of the site: its path in the Fiji folder, where it comes from, its updater platform or null. */
	static final class Item {
		final String path, platform;
		final Path source;

		Item(final String path, final Path source, final String platform) {
			this.path = path;
			this.source = source;
			this.platform = platform;
		}
	}

	private SiteContents() {}

	/** The site's files for a built project; natives is the folder of the extra native jars, or null. */
	static List<Item> items(final Path project, final Path natives) throws IOException {
		final String version = pomValue(project, "version"), tf = pomValue(project, "properties/tensorflow.version");
		final List<Item> items = new ArrayList<>();
		int lineNumber = 0;
		for (final String raw : Files.readAllLines(project.resolve(LIST), StandardCharsets.UTF_8)) {
			lineNumber++;
			final String line = raw.strip();
			if (line.isEmpty() || line.startsWith("#")) continue;
			final String[] f = line.split("\\s+");
			if (f.length != 3 || !(f[0].equals("one") || f[0].equals("each")) || !f[1].endsWith("/"))
				throw new IllegalArgumentException(LIST + " line " + lineNumber + ": expected 'one|each SITE_FOLDER/ SOURCE': " + line);
			String source = f[2].replace("${version}", version).replace("${tf}", tf);
			if (source.contains("${natives}")) {
				if (natives == null) continue;
				source = source.replace("${natives}", natives.toAbsolutePath().toString());
			}
			final Path pattern = project.resolve(source);
			final List<Path> found = matching(pattern.getParent(), pattern.getFileName().toString());
			if (f[0].equals("one") && found.size() != 1)
				throw new IllegalStateException(found.isEmpty() ? "missing " + source + ": build first (mvn -B -q -DskipTests package)"
					: found.size() + " files match " + source + " (" + names(found) + "): remove the stale ones (mvn clean) and build again");
			for (final Path p : found)
				items.add(new Item(f[1] + p.getFileName(), p, f[1].startsWith("lib/") ? platformOf(p.getFileName().toString()) : null));
		}
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

	/** A value of pom.xml by its element path below project, e.g. "version" or "properties/tensorflow.version". */
	static String pomValue(final Path project, final String elementPath) throws IOException {
		final Document pom;
		try {
			pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(project.resolve("pom.xml").toFile());
		}
		catch (final javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
			throw new IOException("cannot read " + project.resolve("pom.xml") + ": " + e.getMessage(), e);
		}
		Element e = pom.getDocumentElement();
		for (final String name : elementPath.split("/")) {
			Element next = null;
			for (Node n = e.getFirstChild(); n != null && next == null; n = n.getNextSibling())
				if (n instanceof Element && n.getNodeName().equals(name)) next = (Element) n;
			if (next == null) throw new IOException("pom.xml has no " + elementPath);
			e = next;
		}
		return e.getTextContent().strip();
	}

	private static List<Path> matching(final Path dir, final String glob) throws IOException {
		if (!Files.isDirectory(dir)) return List.of();
		final PathMatcher m = dir.getFileSystem().getPathMatcher("glob:" + glob);
		try (Stream<Path> s = Files.list(dir)) {
			return s.filter(p -> Files.isRegularFile(p) && m.matches(p.getFileName())).sorted().collect(Collectors.toList());
		}
	}

	private static String names(final List<Path> paths) {
		return paths.stream().map(p -> p.getFileName().toString()).collect(Collectors.joining(", "));
	}
}
