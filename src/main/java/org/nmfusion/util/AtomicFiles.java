package org.nmfusion.util;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes output files all-or-nothing: the content goes to a hidden temporary file
 * {@code .NAME.<hex>.part.EXT} in the target's folder (created with the default permissions, as a plain
 * new file would be) that is renamed into place when complete; on any failure the temporary file is
 * deleted and the target is untouched. Several outputs written together are renamed only when all are
 * complete. A process killed while writing leaves a temporary file, which {@link #removeStale} deletes.
 */
public final class AtomicFiles {

	/** Writes the complete content to the given (temporary) path. */
	@FunctionalInterface
	public interface Writer {
		void writeTo(Path tmp) throws IOException;
	}

	private static final Pattern TEMPORARY = Pattern.compile("\\..+\\.[0-9a-f]{1,16}\\.part(\\.[^.]*)?");

	private AtomicFiles() {}

	/** Writes {@code file} through {@code writer}; the temporary file keeps the target's extension. */
	public static void write(Path file, Writer writer) throws IOException {
		final Map<Path, Writer> one = new LinkedHashMap<>();
		one.put(file, writer);
		writeAll(one);
	}

	/**
	 * Writes several files all or none: each to its temporary file first, then all are renamed into place.
	 * When a writer fails nothing is renamed; when a rename fails the files already renamed are deleted.
	 */
	public static void writeAll(Map<Path, Writer> files) throws IOException {
		final Map<Path, Path> staged = new LinkedHashMap<>();
		try {
			for (final Map.Entry<Path, Writer> e : files.entrySet()) {
				final Path target = e.getKey().toAbsolutePath().normalize();
				if (staged.containsKey(target)) throw new IOException("the same output file is given twice: " + e.getKey());
				final Path tmp = temporary(target);
				Files.createFile(tmp);
				staged.put(target, tmp);
				e.getValue().writeTo(tmp);
			}
			final List<Path> moved = new ArrayList<>();
			try {
				for (final Map.Entry<Path, Path> e : staged.entrySet()) {
					move(e.getValue(), e.getKey());
					moved.add(e.getKey());
				}
			}
			catch (IOException e) {
				for (final Path m : moved) Files.deleteIfExists(m);
				throw e;
			}
		}
		finally {
			for (final Path tmp : staged.values()) Files.deleteIfExists(tmp);
		}
	}

	/**
	 * Writes a whole folder all-or-nothing: {@code writer} fills a temporary sibling folder (which does not
	 * exist yet) that is then renamed to {@code folder}; an existing {@code folder} is replaced only then.
	 */
	public static void writeFolder(Path folder, Writer writer) throws IOException {
		final Path target = folder.toAbsolutePath().normalize();
		final Path staging = temporary(target);
		try {
			writer.writeTo(staging);
			if (!Files.isDirectory(staging)) throw new IOException("nothing was written to " + folder);
			if (Files.exists(target)) {
				final Path old = temporary(target);
				Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
				try {
					move(staging, target);
				}
				catch (IOException e) {
					Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
					throw e;
				}
				deleteTree(old);
			}
			else move(staging, target);
		}
		finally {
			deleteTree(staging);
		}
	}

	/** Deletes a file or a folder with everything in it (symbolic links are deleted, not followed); a missing path is fine. */
	public static void deleteTree(Path path) throws IOException {
		if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) return;
		if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
			final List<Path> children;
			try (Stream<Path> list = Files.list(path)) {
				children = list.collect(Collectors.toList());
			}
			for (final Path child : children) deleteTree(child);
		}
		Files.deleteIfExists(path);
	}

	/** Writes a UTF-8 text file atomically. */
	public static void writeString(Path file, CharSequence text) throws IOException {
		write(file, string(text));
	}

	/** A writer of UTF-8 text, for {@link #writeAll}. */
	public static Writer string(CharSequence text) {
		return tmp -> Files.write(tmp, text.toString().getBytes(StandardCharsets.UTF_8));
	}

	/** Whether {@code file} is named like a temporary file of this class. */
	public static boolean isTemporary(Path file) {
		return file.getFileName() != null && TEMPORARY.matcher(file.getFileName().toString()).matches();
	}

	/**
	 * Deletes the temporary files a killed writer left in {@code folder} (not in its sub-folders); returns
	 * how many. A missing folder has none.
	 */
	public static int removeStale(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) return 0;
		final List<Path> stale;
		try (Stream<Path> files = Files.list(folder)) {
			stale = files.filter(f -> isTemporary(f) && Files.isRegularFile(f)).collect(Collectors.toList());
		}
		for (final Path f : stale) Files.deleteIfExists(f);
		return stale.size();
	}

	private static Path temporary(final Path target) throws IOException {
		final Path dir = target.getParent();
		if (dir == null || !Files.isDirectory(dir)) throw new IOException("output folder does not exist: " + dir);
		if (!Files.isWritable(dir)) throw new IOException("output folder is not writable: " + dir);
		final String name = target.getFileName().toString();
		final int dot = name.lastIndexOf('.');
		final String ext = dot < 0 ? "" : name.substring(dot);
		return dir.resolve("." + name + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".part" + ext);
	}

	private static void move(final Path tmp, final Path target) throws IOException {
		try {
			Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (AtomicMoveNotSupportedException e) {
			Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}
}
