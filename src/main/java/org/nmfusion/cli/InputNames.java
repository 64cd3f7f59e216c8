package org.nmfusion.cli;

import java.nio.file.Path;
import java.util.StringJoiner;
import java.util.function.Supplier;

import org.nmfusion.util.BadParameterException;

/**
 * Names the input files in a failure about the inputs' content that names none of them, e.g. the core's
 * "source images differ in size: source 1 is 48x8 but source 2 is 48x40", which knows images, not files.
 * Bad parameters (exit code 2) pass unchanged unless they are bad only against this input (a denoising radius not
 * smaller than the image: named, still exit code 2); messages that already name a file or folder (hold a path,
 * such as a refused model folder) pass unchanged.
 */
final class InputNames {

	private InputNames() {}

	/** Runs the command; labelsAndFiles alternate a label ("A") and its file (null files are left out). */
	static <T> T naming(final Supplier<T> command, final Object... labelsAndFiles) {
		try {
			return command.get();
		}
		catch (RuntimeException e) {
			final Throwable t = HeadlessCommands.unwrap(e);
			final boolean parameter = t instanceof BadParameterException;
			if (!(t instanceof IllegalArgumentException) || parameter && !((BadParameterException) t).againstInput() || t.getMessage() == null)
				throw e;
			final String message = t.getMessage().trim().split("\\R", 2)[0];
			if (message.contains(java.io.File.separator)) throw e; // names a file or folder already (a model folder, ...)
			final StringJoiner files = new StringJoiner(", ", " (", ")");
			for (int i = 0; i < labelsAndFiles.length; i += 2) {
				final Path file = (Path) labelsAndFiles[i + 1];
				if (file == null) continue;
				if (message.contains(file.getFileName().toString())) throw e;
				files.add(labelsAndFiles[i] + ": " + file);
			}
			final RuntimeException named = parameter ? new BadParameterException(message + files, true) : new CliFailure(message + files);
			named.initCause(t);
			throw named;
		}
	}
}
