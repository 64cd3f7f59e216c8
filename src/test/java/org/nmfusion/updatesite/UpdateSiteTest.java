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

	/** A built project as the update site sees it: pom.xml, the real contents list, target/ and a macro. */
	private Path project(final String name, final String version) throws Exception {
		final Path project = dir.resolve(name);
		Files.createDirectories(project.resolve("target/engine"));
		Files.createDirectories(project.resolve("macros"));
		Files.createDirectories(project.resolve("update-site"));
		Files.copy(Paths.get(SiteContents.LIST), project.resolve(SiteContents.LIST));
		Files.writeString(project.resolve("pom.xml"), "<project><groupId>x</groupId><version>" + version
			+ "</version><properties><tensorflow.version>1.1.0</tensorflow.version></properties></project>");
		jar(project.resolve("target/nmfusion-" + version + ".jar"), "org/nmfusion/X.class", "x" + version);
		Files.createDirectories(project.resolve("target/lib"));
		jar(project.resolve("target/lib/commons-csv-1.14.1.jar"), "org/apache/commons/csv/CSVFormat.class", "c");
		final Path engine = project.resolve("target/engine");
		jar(engine.resolve("nmfusion-" + version + "-tensorflow.jar"), "org/nmfusion/cnn/tf/TfFocusModel.class", "e");
		jar(engine.resolve("tensorflow-core-api-1.1.0.jar"), "org/tensorflow/Tensor.class", "t");
		jar(engine.resolve("tensorflow-core-native-1.1.0.jar"), "org/tensorflow/internal/c_api/T.class", "n");
		jar(engine.resolve("tensorflow-core-native-1.1.0-linux-x86_64.jar"), "lib/libtf.so", "so");
		jar(engine.resolve("tensorflow-framework-1.1.0.jar"), "org/tensorflow/framework/F.class", "f");
		jar(engine.resolve("ndarray-1.0.0.jar"), "org/tensorflow/ndarray/N.class", "a");
		jar(engine.resolve("javacpp-1.5.11.jar"), "org/bytedeco/javacpp/Loader.class", "j");
		jar(engine.resolve("protobuf-java-3.21.9.jar"), "com/google/protobuf/Message.class", "p");
		Files.writeString(project.resolve("macros/Fuse_Folder.ijm"), "run(\"Fuse Images\");");
		return project;
	}

	/** What the Spark build (-Pspark) and other builds leave beside the plugin jar in target/. */
	private static void leaveOtherBuildsIn(final Path project) throws Exception {
		final Path target = project.resolve("target");
		jar(target.resolve("nmfusion-spark-9.9.jar"), "org/nmfusion/X.class", "x", "org/tensorflow/Tensor.class", "t",
			"org/bytedeco/javacpp/Loader.class", "j", "org/nmfusion/spark/NMFusionSpark.class", "s", "org/apache/spark/SparkContext.class", "c");
		jar(target.resolve("nmfusion-9.9-sources.jar"), "org/nmfusion/X.java", "x");
		jar(target.resolve("nmfusion-9.8.jar"), "org/nmfusion/X.class", "old");
		Files.createDirectories(target.resolve("spark"));
		jar(target.resolve("spark/nmfusion-9.9-spark-classes.jar"), "org/nmfusion/spark/NMFusionSpark.class", "s");
		Files.createDirectories(target.resolve("spark-home/jars"));
		jar(target.resolve("spark-home/jars/spark-core_2.12-3.5.7.jar"), "org/apache/spark/SparkContext.class", "c");
	}

	private static Document db(final Path site) throws Exception {
		try (InputStream in = new GZIPInputStream(Files.newInputStream(site.resolve("db.xml.gz")))) {
			return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
		}
	}

	private static Element plugin(final Document db, final String filename) {
		final NodeList plugins = db.getDocumentElement().getElementsByTagName("plugin");
		for (int i = 0; i < plugins.getLength(); i++)
			if (((Element) plugins.item(i)).getAttribute("filename").equals(filename)) return (Element) plugins.item(i);
		throw new AssertionError("no record " + filename);
	}

	@Test
	void siteHasEveryFileWithItsTimestampAndAParsableDatabase() throws Exception {
		final Path project = project("project", "9.9");
		final Path site = dir.resolve("site");
		final java.util.List<SiteContents.Item> items = SiteContents.items(project, null);
		assertEquals(11, items.size());
		UpdateSiteBuilder.write(site, items, "20261201120000");
		assertTrue(Files.exists(site.resolve("jars/nmfusion-9.9.jar-20261201120000")));
		assertTrue(Files.exists(site.resolve("lib/nmfusion-tensorflow/tensorflow-core-native-1.1.0-linux-x86_64.jar-20261201120000")));
		final NodeList plugins = db(site).getDocumentElement().getElementsByTagName("plugin");
		assertEquals(11, plugins.getLength());
		for (int i = 0; i < plugins.getLength(); i++) {
			final Element p = (Element) plugins.item(i);
			final String name = p.getAttribute("filename");
			final Element v = (Element) p.getElementsByTagName("version").item(0);
			final String file = name.substring(name.lastIndexOf('/') + 1);
			final Path source = name.startsWith("jars/commons-csv") ? project.resolve("target/lib").resolve(file)
				: name.startsWith("jars/") ? project.resolve("target").resolve(file)
					: name.startsWith("lib/") ? project.resolve("target/engine").resolve(file) : project.resolve("macros").resolve(file);
			assertEquals("20261201120000", v.getAttribute("timestamp"));
			assertEquals(Long.toString(Files.size(source)), v.getAttribute("filesize"));
			assertEquals(name.endsWith(".jar") ? UpdaterChecksums.jar(source) : UpdaterChecksums.file(name, source), v.getAttribute("checksum"));
			assertEquals(name.endsWith("linux-x86_64.jar") ? 1 : 0, p.getElementsByTagName("platform").getLength(), name);
		}
	}

	@Test
	void whateverElseWasBuiltOnlyTheListedJarsArePublishedAndNoneOnTheClassPathHoldsTensorFlowJavaCppOrSpark() throws Exception {
		final Path project = project("project", "9.9");
		leaveOtherBuildsIn(project);
		final Path site = dir.resolve("site");
		UpdateSiteBuilder.write(site, SiteContents.items(project, null), "20261201120000");
		final java.util.List<String> onClassPath = new java.util.ArrayList<>();
		try (java.util.stream.Stream<Path> files = Files.walk(site)) {
			files.filter(Files::isRegularFile).forEach(f -> {
				final String rel = site.relativize(f).toString().replace('\\', '/');
				if (ForbiddenClasses.onFijiClassPath(rel)) onClassPath.add(rel);
			});
		}
		assertEquals(java.util.List.of("jars/commons-csv-1.14.1.jar-20261201120000", "jars/nmfusion-9.9.jar-20261201120000"), onClassPath);
		for (final String rel : onClassPath) {
			try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(site.resolve(rel).toFile())) {
				assertTrue(
					z.stream().noneMatch(e -> e.getName().matches("(org/tensorflow|org/bytedeco|org/apache/spark|org/nmfusion/spark|scala)/.*")),
					rel);
			}
		}
	}

	@Test
	void aPluginJarHoldingTensorFlowOrJavaCppOrSparkIsRefusedBeforeAnythingIsWritten() throws Exception {
		for (final String bad : new String[] { "org/tensorflow/Tensor.class", "org/bytedeco/javacpp/Loader.class",
			"org/apache/spark/SparkContext.class" }) {
			final Path project = project("p" + Math.abs(bad.hashCode()), "9.9");
			jar(project.resolve("target/nmfusion-9.9.jar"), "org/nmfusion/X.class", "x", bad, "b");
			final Path site = dir.resolve("site" + Math.abs(bad.hashCode()));
			final IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
				() -> UpdateSiteBuilder.write(site, SiteContents.items(project, null), "20261201120000"));
			assertTrue(e.getMessage().contains("nmfusion-9.9.jar") && e.getMessage().contains(bad), e.getMessage());
			assertTrue(!Files.exists(site), "nothing written for " + bad);
		}
	}

	@Test
	void aSecondVersionOfAnEngineJarOrAMissingPluginJarStopsTheBuild() throws Exception {
		final Path project = project("project", "9.9");
		jar(project.resolve("target/engine/javacpp-1.5.10.jar"), "org/bytedeco/javacpp/Loader.class", "old");
		final IllegalStateException two = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
			() -> SiteContents.items(project, null));
		assertTrue(two.getMessage().contains("javacpp-1.5.10.jar, javacpp-1.5.11.jar"), two.getMessage());
		Files.delete(project.resolve("target/engine/javacpp-1.5.10.jar"));
		Files.delete(project.resolve("target/nmfusion-9.9.jar"));
		final IllegalStateException missing = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
			() -> SiteContents.items(project, null));
		assertTrue(missing.getMessage().startsWith("missing target/nmfusion-9.9.jar"), missing.getMessage());
	}

	@Test
	void rebuildingASiteListsOldVersionsAsPreviousVersionsAndKeepsUnchangedFiles() throws Exception {
		final Path site = dir.resolve("site");
		final Path v1 = project("v1", "9.8");
		Files.writeString(v1.resolve("macros/Old_Macro.ijm"), "print(1);");
		UpdateSiteBuilder.write(site, SiteContents.items(v1, null), "20261201120000");
		final String oldPluginSum = UpdaterChecksums.jar(v1.resolve("target/nmfusion-9.8.jar"));
		final Path v2 = project("v2", "9.9");
		assertEquals(2, UpdateSiteBuilder.write(site, SiteContents.items(v2, null), "20261202120000"), "plugin and engine jar are new");
		final Document db = db(site);
		final Element plugin = plugin(db, "jars/nmfusion-9.9.jar");
		assertEquals("20261202120000", ((Element) plugin.getElementsByTagName("version").item(0)).getAttribute("timestamp"));
		final Element previous = (Element) plugin.getElementsByTagName("previous-version").item(0);
		assertEquals("jars/nmfusion-9.8.jar", previous.getAttribute("filename"));
		assertEquals("20261201120000", previous.getAttribute("timestamp"));
		assertEquals("20261202120000", previous.getAttribute("timestamp-obsolete"));
		assertEquals(oldPluginSum, previous.getAttribute("checksum"));
		assertEquals(1, plugin(db, "lib/nmfusion-tensorflow/nmfusion-9.9-tensorflow.jar").getElementsByTagName("previous-version").getLength());
		final Element macro = plugin(db, "macros/Fuse_Folder.ijm");
		assertEquals("20261201120000", ((Element) macro.getElementsByTagName("version").item(0)).getAttribute("timestamp"), "unchanged file kept");
		assertEquals(0, macro.getElementsByTagName("previous-version").getLength());
		final Element removed = plugin(db, "macros/Old_Macro.ijm");
		assertEquals(0, removed.getElementsByTagName("version").getLength(), "a removed file has no current version");
		assertEquals(1, removed.getElementsByTagName("previous-version").getLength());
		assertTrue(Files.exists(site.resolve("jars/nmfusion-9.8.jar-20261201120000")), "old files stay for older installations");
		assertEquals(0, UpdateSiteBuilder.write(site, SiteContents.items(v2, null), "20261203120000"), "nothing changed, nothing written");
		assertEquals(1, plugin(db(site), "jars/nmfusion-9.9.jar").getElementsByTagName("previous-version").getLength());
	}

	@Test
	void versionedJarsShareARecordAcrossVersions() {
		assertEquals("jars/nmfusion.jar", SiteDatabase.baseName("jars/nmfusion-0.1.0-SNAPSHOT.jar"));
		assertEquals("jars/nmfusion.jar", SiteDatabase.baseName("jars/nmfusion-0.2.0.jar"));
		assertEquals("lib/x/nmfusion-tensorflow.jar", SiteDatabase.baseName("lib/x/nmfusion-0.1.0-SNAPSHOT-tensorflow.jar"));
		assertEquals("lib/x/tensorflow-core-native-linux-x86_64.jar", SiteDatabase.baseName("lib/x/tensorflow-core-native-1.1.0-linux-x86_64.jar"));
		assertEquals("lib/x/tensorflow-core-native.jar", SiteDatabase.baseName("lib/x/tensorflow-core-native-1.1.0.jar"));
		assertEquals("macros/Fuse_Folder.ijm", SiteDatabase.baseName("macros/Fuse_Folder.ijm"));
	}
}
