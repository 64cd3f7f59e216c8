package org.nmfusion.util;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

/**
 * Checks output paths before any work, for every entry point that writes: an output is never an input
 * (nor contains one), never given twice, never an existing file or a non-empty folder unless
 * {@code overwrite}, and its folder exists. A failure is an IllegalArgumentException naming the path.
 * Also creates output folders so that a failed run can remove the ones it made.
 */
public final class OutputFiles {

	private OutputFiles() {}

	/** Checks output files ({@code null} entries are skipped) against each other and the inputs. */
	public static void check(final boolean overwrite, final Collection<Path> inputs, final Path... outputs) {
		final List<Path> seen = new ArrayList<>();
		for (final Path output : outputs) {
			if (output == null) continue;
			final Path out = output.toAbsolutePath().normalize();
			if (seen.contains(out)) throw new IllegalArgumentException("output " + output + " is given twice; choose different outputs");
			seen.add(out);
			refuseInputs(output, inputs);
			if (Files.isDirectory(out)) throw new IllegalArgumentException("output " + output + " is a folder; give a file name");
			if (Files.exists(out) && !overwrite) throw new IllegalArgumentException("output " + output + " exists; use --overwrite to replace it");
			final Path parent = out.getParent();
			if (parent != null && !Files.isDirectory(parent)) throw new IllegalArgumentException("output folder " + parent + " does not exist");
		}
	}

	/**
	 * Checks an output folder: not a file, missing or empty unless {@code overwrite}. The outputs are the
	 * named {@code entries} in it (files or sub-folders), or the whole folder when none are named; no input
	 * may be one of them or lie inside one.
	 */
	public static void checkFolder(final Path folder, final boolean overwrite, final Collection<Path> inputs, final String... entries) {
		if (folder == null) throw new IllegalArgumentException("no output folder given");
		if (Files.exists(folder) && !Files.isDirectory(folder))
			throw new IllegalArgumentException("output " + folder + " exists and is not a folder");
		if (entries.length == 0) refuseInputs(folder, inputs);
		for (final String entry : entries) refuseInputs(folder.resolve(entry), inputs);
		if (!overwrite && !isEmpty(folder))
			throw new IllegalArgumentException("output folder " + folder + " is not empty; use --overwrite to replace its contents");
	}

	/** Creates {@code folder} and its missing parents; returns the folders created, outermost first. */
	public static List<Path> createFolders(final Path folder) throws IOException {
		final List<Path> missing = missingFolders(folder);
		Files.createDirectories(folder);
		return missing;
	}

	/** {@code folder} and its parents that do not exist yet, outermost first. */
	public static List<Path> missingFolders(final Path folder) {
		final List<Path> missing = new ArrayList<>();
		for (Path p = folder.toAbsolutePath().normalize(); p != null && !Files.exists(p); p = p.getParent()) missing.add(p);
		Collections.reverse(missing);
		return missing;
	}

	/** Deletes those of {@code created} (from {@link #createFolders}) that are empty, innermost first; never fails. */
	public static void removeEmpty(final List<Path> created) {
		for (int i = created.size() - 1; i >= 0; i--) {
			try {
				if (isEmpty(created.get(i))) Files.deleteIfExists(created.get(i));
			}
			catch (IOException | RuntimeException e) {
				return; // best effort: a failed run's error matters more
			}
		}
	}

	/** Whether {@code path} is {@code folder} or lies inside it (symbolic links resolved where they exist). */
	public static boolean isInside(final Path path, final Path folder) {
		if (path.toAbsolutePath().normalize().startsWith(folder.toAbsolutePath().normalize())) return true;
		try {
			return Files.exists(path) && Files.exists(folder) && path.toRealPath().startsWith(folder.toRealPath());
		}
		catch (IOException e) {
			return false;
		}
	}

	private static void refuseInputs(final Path output, final Collection<Path> inputs) {
		for (final Path in : inputs) {
			if (in == null || !isInside(in, output)) continue;
			if (isSame(in, output))
				throw new IllegalArgumentException(
					"output " + output + " is an input " + (Files.isDirectory(in) ? "folder" : "file") + "; choose another output");
			throw new IllegalArgumentException("output " + output + " contains the input " + in + "; choose another output");
		}
	}

	private static boolean isSame(final Path a, final Path b) {
		if (a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize())) return true;
		try {
			return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
		}
		catch (IOException e) {
			return false;
		}
	}

	private static boolean isEmpty(final Path folder) {
		if (!Files.isDirectory(folder)) return true;
		try (Stream<Path> files = Files.list(folder)) {
			return files.findAny().isEmpty();
		}
		catch (IOException e) {
			return false;
		}
	}
}
