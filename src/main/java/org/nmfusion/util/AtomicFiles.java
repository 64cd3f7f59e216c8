package org.nmfusion.util;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes an output file all-or-nothing: the content goes to a hidden temporary file in the target's
 * folder (created with the default permissions, as a plain new file would be) that is renamed into
 * place when complete; on any failure the temporary file is deleted and the target is untouched.
 */
public final class AtomicFiles {

	/** Writes the complete content to the given (temporary) path. */
	@FunctionalInterface
	public interface Writer {
		void writeTo(Path tmp) throws IOException;
	}

	private AtomicFiles() {}

	/** Writes {@code file} through {@code writer}; the temporary file keeps the target's extension. */
	public static void write(Path file, Writer writer) throws IOException {
		final Path target = file.toAbsolutePath();
		final Path dir = target.getParent();
		if (dir == null || !Files.isDirectory(dir)) throw new IOException("output folder does not exist: " + dir);
		if (!Files.isWritable(dir)) throw new IOException("output folder is not writable: " + dir);
		final String name = target.getFileName().toString();
		final int dot = name.lastIndexOf('.');
		final String ext = dot < 0 ? "" : name.substring(dot);
		final Path tmp = dir.resolve("." + name + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".part" + ext);
		Files.createFile(tmp);
		try {
			writer.writeTo(tmp);
			try {
				Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (AtomicMoveNotSupportedException e) {
				Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		finally {
			Files.deleteIfExists(tmp);
		}
	}

	/** Writes a UTF-8 text file atomically. */
	public static void writeString(Path file, CharSequence text) throws IOException {
		write(file, tmp -> Files.write(tmp, text.toString().getBytes(StandardCharsets.UTF_8)));
	}
}
