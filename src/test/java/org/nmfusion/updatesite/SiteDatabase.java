package org.nmfusion.updatesite;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The update site's db.xml.gz as the ImageJ updater reads it: one plugin record per file with its current
 * version (timestamp, checksum, size, description) and its previous versions. Rebuilding a site keeps a file
 * whose checksum is unchanged at its old timestamp, and moves a replaced or removed file's version into its
 * previous versions (a jar whose version number changed stays the same record, the old name in filename), so
 * the updater recognises every earlier installation as an older version, not as a locally modified file.
 */
final class SiteDatabase {

	/** One version of a file; filename is set when it differs from the record's current name. */
	static final class Version {
		final String timestamp, checksum, description, filename;
		final long filesize;
		String timestampObsolete;

		Version(final String timestamp, final String checksum, final long filesize, final String description, final String filename) {
			this.timestamp = timestamp;
			this.checksum = checksum;
			this.filesize = filesize;
			this.description = description;
			this.filename = filename;
		}
	}

	/** A file's record: its name, platforms, current version (null once removed from the site) and earlier ones. */
	static final class Record {
		final String filename;
		final List<String> platforms = new ArrayList<>();
		Version current;
		final List<Version> previous = new ArrayList<>();

		Record(final String filename) {
			this.filename = filename;
		}
	}

	private final Map<String, Record> records = new LinkedHashMap<>();

	/** The database of an existing site folder, empty when it has none. */
	static SiteDatabase read(final Path site) throws IOException {
		final SiteDatabase db = new SiteDatabase();
		final Path file = site.resolve("db.xml.gz");
		if (!Files.exists(file)) return db;
		final Document doc;
		try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
			doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
		}
		catch (final javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
			throw new IOException("cannot read " + file + ": " + e.getMessage(), e);
		}
		final NodeList plugins = doc.getDocumentElement().getElementsByTagName("plugin");
		for (int i = 0; i < plugins.getLength(); i++) {
			final Element p = (Element) plugins.item(i);
			final Record r = new Record(p.getAttribute("filename"));
			for (final Element platform : children(p, "platform"))
				r.platforms.add(platform.getTextContent());
			for (final Element v : children(p, "version")) {
				final List<Element> d = children(v, "description");
				r.current = new Version(v.getAttribute("timestamp"), v.getAttribute("checksum"), Long.parseLong(v.getAttribute("filesize")),
					d.isEmpty() ? null : d.get(0).getTextContent(), null);
			}
			for (final Element v : children(p, "previous-version")) {
				final Version old = new Version(v.getAttribute("timestamp"), v.getAttribute("checksum"), 0, null,
					v.hasAttribute("filename") ? v.getAttribute("filename") : r.filename);
				old.timestampObsolete = v.hasAttribute("timestamp-obsolete") ? v.getAttribute("timestamp-obsolete") : null;
				r.previous.add(old);
			}
			db.records.put(baseName(r.filename), r);
		}
		return db;
	}

	/**
	 * Makes the item the current version of its record. Returns the timestamp its site file carries: the old
	 * one when the file is unchanged, else the given one (the caller copies the file there).
	 */
	String publish(final SiteContents.Item item, final String checksum, final long filesize, final String description,
		final String timestamp)
	{
		final Record old = records.get(baseName(item.path));
		if (old != null && old.current != null && old.current.checksum.equals(checksum) && old.filename.equals(item.path))
			return old.current.timestamp;
		final Record r = new Record(item.path);
		if (item.platform != null) r.platforms.add(item.platform);
		r.current = new Version(timestamp, checksum, filesize, description, null);
		if (old != null) {
			retire(old, timestamp);
			r.previous.addAll(old.previous);
		}
		records.put(baseName(item.path), r);
		return timestamp;
	}

	/** Turns the current version of every record not in keep (site paths) into a previous version. */
	void retireAllBut(final List<String> keep, final String timestamp) {
		final List<String> kept = new ArrayList<>();
		for (final String path : keep)
			kept.add(baseName(path));
		for (final Map.Entry<String, Record> e : records.entrySet())
			if (!kept.contains(e.getKey())) retire(e.getValue(), timestamp);
	}

	private static void retire(final Record r, final String timestamp) {
		if (r.current == null) return;
		final Version v = new Version(r.current.timestamp, r.current.checksum, 0, null, r.filename);
		v.timestampObsolete = timestamp;
		r.previous.add(0, v);
		r.current = null;
	}

	/** Writes db.xml.gz into the site folder. */
	void write(final Path site) throws IOException {
		final StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<pluginRecords>\n");
		for (final Record r : records.values()) {
			xml.append(" <plugin filename=\"").append(escape(r.filename)).append("\">\n");
			for (final String platform : r.platforms)
				xml.append("  <platform>").append(escape(platform)).append("</platform>\n");
			if (r.current != null) {
				xml.append("  <version timestamp=\"").append(r.current.timestamp).append("\" checksum=\"").append(r.current.checksum)
					.append("\" filesize=\"").append(r.current.filesize).append("\">\n");
				if (r.current.description != null) xml.append("   <description>").append(escape(r.current.description)).append("</description>\n");
				xml.append("  </version>\n");
			}
			for (final Version v : r.previous) {
				xml.append("  <previous-version timestamp=\"").append(v.timestamp).append('"');
				if (v.timestampObsolete != null) xml.append(" timestamp-obsolete=\"").append(v.timestampObsolete).append('"');
				xml.append(" checksum=\"").append(v.checksum).append('"');
				if (v.filename != null && !v.filename.equals(r.filename)) xml.append(" filename=\"").append(escape(v.filename)).append('"');
				xml.append("/>\n");
			}
			xml.append(" </plugin>\n");
		}
		xml.append("</pluginRecords>\n");
		final Path tmp = site.resolve("db.xml.gz.part");
		try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tmp));
			Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8)) {
			w.write(xml.toString());
		}
		Files.move(tmp, site.resolve("db.xml.gz"), java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
	}

	/**
	 * A file's name without the version of a versioned jar, the key that ties a jar's versions together:
	 * jars/nmfusion-0.2.0.jar and jars/nmfusion-0.1.0-SNAPSHOT.jar are both jars/nmfusion.jar, while
	 * tensorflow-core-native-1.1.0-linux-x86_64.jar keeps its classifier.
	 */
	static String baseName(final String path) {
		if (!path.endsWith(".jar")) return path;
		return path.replaceFirst("-\\d+(\\.[0-9A-Za-z]+)*(-SNAPSHOT)?(?=(-[A-Za-z][^/]*)?\\.jar$)", "");
	}

	private static List<Element> children(final Element e, final String name) {
		final List<Element> found = new ArrayList<>();
		for (org.w3c.dom.Node n = e.getFirstChild(); n != null; n = n.getNextSibling())
			if (n instanceof Element && n.getNodeName().equals(name)) found.add((Element) n);
		return found;
	}

	private static String escape(final String s) {
		return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
