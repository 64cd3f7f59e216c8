package org.nmfusion.cnn;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Unpacks a model folder bundled as class-path resources (listed in its model-files.txt) into a cache folder
 * named by the SHA-1 of its files, because a SavedModel must be loaded from a folder. The cache root is the
 * system property {@code nmfusion.cache}, else the environment variable {@code NMFUSION_CACHE}, else
 * {@code ~/.cache/nmfusion}; models go to {@code ROOT/models/NAME-SHA1}. Unpacking is atomic (temp + rename),
 * so concurrent JVMs are safe; an unpacked copy that no longer equals the bundled files (cut short or changed on
 * disk) is replaced by a fresh one before it is used.
 */
public final class ModelCache {
	public static final String RESOURCE_ROOT = "/org/nmfusion/models/";
	public static final String FILE_LIST = "model-files.txt";

	private ModelCache() {
	}

	public static File cacheRoot() {
		String p = System.getProperty("nmfusion.cache");
		if (p == null || p.isEmpty()) {
			p = System.getenv("NMFUSION_CACHE");
		}
		if (p == null || p.isEmpty()) {
			p = System.getProperty("user.home") + File.separator + ".cache" + File.separator + "nmfusion";
		}
		return new File(p);
	}

	/** Whether a bundled model of that name exists on the class path of the given class. */
	public static boolean isBundled(Class<?> anchor, String name) {
		return anchor.getResource(RESOURCE_ROOT + name + "/" + FILE_LIST) != null;
	}

	/** Unpacks (once) the bundled model and returns its folder. */
	public static synchronized File unpack(Class<?> anchor, String name) throws IOException {
		if (!name.matches("[A-Za-z0-9._-]+")) {
			throw new IllegalArgumentException("bad model name: " + name);
		}
		String base = RESOURCE_ROOT + name + "/";
		byte[] listBytes = read(anchor, base + FILE_LIST);
		if (listBytes == null) {
			throw new IllegalArgumentException("no bundled model named '" + name + "' (missing " + base + FILE_LIST
				+ " on the class path)");
		}
		List<String> files = new ArrayList<>();
		for (String line : new String(listBytes, StandardCharsets.UTF_8).split("\n")) {
			String f = line.trim();
			if (!f.isEmpty()) {
				if (f.contains("..") || f.startsWith("/")) {
					throw new IOException("bad path in " + base + FILE_LIST + ": " + f);
				}
				files.add(f);
			}
		}
		Map<String, byte[]> content = new LinkedHashMap<>();
		MessageDigest md;
		try {
			md = MessageDigest.getInstance("SHA-1");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
		for (String f : files) {
			byte[] b = read(anchor, base + f);
			if (b == null) {
				throw new IOException("bundled model '" + name + "' is incomplete: " + base + f + " missing");
			}
			content.put(f, b);
			md.update(f.getBytes(StandardCharsets.UTF_8));
			md.update((byte) 0);
			md.update(b);
		}
		StringBuilder hex = new StringBuilder();
		for (byte x : md.digest()) {
			hex.append(String.format(Locale.ROOT, "%02x", x));
		}
		File models = new File(cacheRoot(), "models");
		File target = new File(models, name + "-" + hex.substring(0, 16));
		if (new File(target, ".complete").isFile()) {
			if (holds(target, content)) {
				return target;
			}
			// a damaged copy (a file cut short or changed on disk): replaced by a fresh one, never loaded
			File damaged = new File(models, target.getName() + ".damaged-" + System.nanoTime());
			try {
				Files.move(target.toPath(), damaged.toPath(), StandardCopyOption.ATOMIC_MOVE);
				deleteTree(damaged);
			}
			catch (IOException e) {
				// another process moved it first
			}
		}
		Files.createDirectories(models.toPath());
		File tmp = Files.createTempDirectory(models.toPath(), name + ".tmp").toFile();
		for (Map.Entry<String, byte[]> e : content.entrySet()) {
			File out = new File(tmp, e.getKey());
			Files.createDirectories(out.getParentFile().toPath());
			Files.write(out.toPath(), e.getValue());
		}
		Files.write(new File(tmp, ".complete").toPath(), hex.toString().getBytes(StandardCharsets.UTF_8));
		try {
			Files.move(tmp.toPath(), target.toPath(), StandardCopyOption.ATOMIC_MOVE);
		}
		catch (AtomicMoveNotSupportedException e) {
			Files.move(tmp.toPath(), target.toPath());
		}
		catch (IOException e) {
			// another process won the race
			deleteTree(tmp);
			if (!new File(target, ".complete").isFile()) {
				throw e;
			}
		}
		return target;
	}

	/** Whether the folder holds exactly the given files. */
	private static boolean holds(File folder, Map<String, byte[]> content) {
		for (Map.Entry<String, byte[]> e : content.entrySet()) {
			File f = new File(folder, e.getKey());
			try {
				if (f.length() != e.getValue().length || !java.util.Arrays.equals(Files.readAllBytes(f.toPath()), e.getValue())) {
					return false;
				}
			}
			catch (IOException x) {
				return false;
			}
		}
		return true;
	}

	private static byte[] read(Class<?> anchor, String resource) throws IOException {
		try (InputStream in = anchor.getResourceAsStream(resource)) {
			if (in == null) {
				return null;
			}
			ByteArrayOutputStream bo = new ByteArrayOutputStream();
			byte[] buf = new byte[65536];
			int n;
			while ((n = in.read(buf)) > 0) {
				bo.write(buf, 0, n);
			}
			return bo.toByteArray();
		}
	}

	private static void deleteTree(File f) {
		File[] k = f.listFiles();
		if (k != null) {
			for (File c : k) {
				deleteTree(c);
			}
		}
		f.delete();
	}
}
