package org.nmfusion.updatesite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class UpdateSiteTest {

	@TempDir
	Path dir;

	private static void jar(final Path file, final String... namesAndContents) throws Exception {
		try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(file))) {
			for (int i = 0; i < namesAndContents.length; i += 2) {
				z.putNextEntry(new ZipEntry(namesAndContents[i]));
				z.write(namesAndContents[i + 1].getBytes(StandardCharsets.US_ASCII));
				z.closeEntry();
			}
		}
	}

	private static String sha1(final String... parts) throws Exception {
		final MessageDigest d = MessageDigest.getInstance("SHA-1");
		for (final String p : parts)
			d.update(p.getBytes(StandardCharsets.US_ASCII));
		return UpdaterChecksums.hex(d.digest());
	}

	@Test
	void jarChecksumHashesSortedEntriesWithoutPropertyCommentsOrManifestContent() throws Exception {
		final Path j = dir.resolve("t.jar");
		jar(j, "z.txt", "hello", "META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n", "a/", "", "a/p.properties", "#Tue Dec 01\nx=1\n# c\n");
		// sorted: META-INF/MANIFEST.MF (name only), a/ (no content), a/p.properties (comment text dropped), z.txt
		assertEquals(sha1("META-INF/MANIFEST.MF", "a/", "a/p.properties", "\nx=1\n\n", "z.txt", "hello"), UpdaterChecksums.jar(j));
		final Path f = dir.resolve("m.ijm");
		Files.writeString(f, "print(1);");
		assertEquals(sha1("macros/m.ijm", "print(1);"), UpdaterChecksums.file("macros/m.ijm", f));
	}

	@Test
	void jarChecksumsEqualTheUpdatersOnRealJars() throws Exception {
		assertEquals("85970f95d8616127ab834e4d95c9a758f2420848", UpdaterChecksums.jar(jarOf(ij.IJ.class)));
		assertEquals("8a5037fb6c493344f7764296c8427dd148056b04", UpdaterChecksums.jar(jarOf(org.scijava.Context.class)));
		assertEquals("f7d78c08a74eb2fa791c3a142f0e2b872d0ff1ac", UpdaterChecksums.jar(jarOf(net.imglib2.RandomAccessibleInterval.class)));
	}

	private static Path jarOf(final Class<?> c) throws Exception {
		return Paths.get(c.getProtectionDomain().getCodeSource().getLocation().toURI());
	}

	@Test
	void siteHasEveryFileWithItsTimestampAndAParsableDatabase() throws Exception {
		final Path project = dir.resolve("project");
		Files.createDirectories(project.resolve("target/engine"));
		Files.createDirectories(project.resolve("macros"));
		jar(project.resolve("target/nmfusion-9.9.jar"), "org/X.class", "x");
		jar(project.resolve("target/engine/tensorflow-core-native-1.1.0-linux-x86_64.jar"), "lib/libtf.so", "so");
		Files.writeString(project.resolve("macros/Fuse_Folder.ijm"), "run(\"Fuse Images\");");
		final Path site = dir.resolve("site");
		UpdateSiteBuilder.write(site, UpdateSiteBuilder.items(project, null), "20261201120000");
		assertTrue(Files.exists(site.resolve("jars/nmfusion-9.9.jar-20261201120000")));
		assertTrue(Files.exists(site.resolve("lib/nmfusion-tensorflow/tensorflow-core-native-1.1.0-linux-x86_64.jar-20261201120000")));
		final Document db;
		try (InputStream in = new GZIPInputStream(Files.newInputStream(site.resolve("db.xml.gz")))) {
			db = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
		}
		final NodeList plugins = db.getDocumentElement().getElementsByTagName("plugin");
		assertEquals(3, plugins.getLength());
		for (int i = 0; i < plugins.getLength(); i++) {
			final Element p = (Element) plugins.item(i);
			final String name = p.getAttribute("filename");
			final Element v = (Element) p.getElementsByTagName("version").item(0);
			final Path source = name.startsWith("jars/") ? project.resolve("target/nmfusion-9.9.jar") : name.startsWith("lib/") ?
				project.resolve("target/engine/tensorflow-core-native-1.1.0-linux-x86_64.jar") : project.resolve("macros/Fuse_Folder.ijm");
			assertEquals("20261201120000", v.getAttribute("timestamp"));
			assertEquals(Long.toString(Files.size(source)), v.getAttribute("filesize"));
			assertEquals(name.endsWith(".jar") ? UpdaterChecksums.jar(source) : UpdaterChecksums.file(name, source), v.getAttribute("checksum"));
			assertEquals(name.startsWith("lib/") ? 1 : 0, p.getElementsByTagName("platform").getLength(), name);
		}
	}
}
