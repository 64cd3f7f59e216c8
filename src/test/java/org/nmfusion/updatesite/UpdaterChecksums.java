package org.nmfusion.updatesite;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The checksums the ImageJ updater (imagej-updater) records in db.xml.gz: for a jar, SHA-1 over its
 * entries sorted by name (name, then content; .properties files without their comment lines' text; the
 * manifest by name only); for any other file, SHA-1 over its path relative to the Fiji folder followed by
 * its bytes.
 */
public final class UpdaterChecksums {

	private UpdaterChecksums() {}

	/** Checksum of a jar file (its path does not enter). */
	public static String jar(final Path jar) throws IOException {
		final MessageDigest sha1 = sha1();
		try (ZipFile zip = new ZipFile(jar.toFile())) {
			final List<ZipEntry> entries = new ArrayList<>(Collections.list(zip.entries()));
			entries.sort((x, y) -> x.getName().compareTo(y.getName()));
			for (final ZipEntry e : entries) {
				sha1.update(e.getName().getBytes(StandardCharsets.US_ASCII));
				if (e.getName().equals("META-INF/MANIFEST.MF")) continue;
				try (InputStream in = zip.getInputStream(e)) {
					final byte[] content = in.readAllBytes();
					sha1.update(e.getName().endsWith(".properties") ? withoutCommentText(content) : content);
				}
			}
		}
		return hex(sha1.digest());
	}

	/** Checksum of a non-jar file installed at {@code relativePath} (e.g. "macros/Fuse_Folder.ijm"). */
	public static String file(final String relativePath, final Path file) throws IOException {
		final MessageDigest sha1 = sha1();
		sha1.update(relativePath.getBytes(StandardCharsets.US_ASCII));
		sha1.update(Files.readAllBytes(file));
		return hex(sha1.digest());
	}

	/** Every line starting with '#' reduced to its line end. */
	static byte[] withoutCommentText(final byte[] content) {
		final ByteArrayOutputStream out = new ByteArrayOutputStream(content.length);
		boolean lineStart = true, comment = false;
		for (final byte b : content) {
			if (lineStart) comment = b == '#';
			if (!comment || b == '\n') out.write(b);
			lineStart = b == '\n';
			if (lineStart) comment = false;
		}
		return out.toByteArray();
	}

	private static MessageDigest sha1() {
		try {
			return MessageDigest.getInstance("SHA-1");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	static String hex(final byte[] digest) {
		final StringBuilder sb = new StringBuilder();
		for (final byte b : digest)
			sb.append(String.format("%02x", b & 0xff));
		return sb.toString();
	}
}
