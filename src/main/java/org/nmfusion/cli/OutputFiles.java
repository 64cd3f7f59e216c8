package org.nmfusion.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;

/** Checks an output path before any work: never an input, never an existing file without --overwrite. */
final class OutputFiles {

	private OutputFiles() {}

	static void check(final Path output, final boolean overwrite, final Collection<Path> inputs) throws IOException {
		final Path out = output.toAbsolutePath().normalize();
		for (final Path in : inputs) {
			if (in != null && (out.equals(in.toAbsolutePath().normalize()) || Files.exists(out) && Files.exists(in) && Files.isSameFile(out, in)))
				throw new CliFailure("output " + output + " is an input file; choose another output");
		}
		if (Files.isDirectory(out)) throw new CliFailure("output " + output + " is a folder; give a file name");
		if (Files.exists(out) && !overwrite) throw new CliFailure("output " + output + " exists; use --overwrite to replace it");
		final Path parent = out.getParent();
		if (parent != null && !Files.isDirectory(parent)) throw new CliFailure("output folder " + parent + " does not exist");
	}
}
