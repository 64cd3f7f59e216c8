package org.nmfusion.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds the pairs of a batch: files NAME_A.ext and NAME_B.ext in a folder and its sub-folders, or
 * files of the same base name in two folders. An image without its partner becomes a pair with a
 * missing side, so that the batch reports it instead of passing over it in silence.
 */
public final class PairFinder {

	private static final String IMAGE = ".*\\.(?i)(png|tif|tiff|jpg|jpeg|bmp|gif|dcm|pgm|fits)$";

	private PairFinder() {}

	/** NAME_A / NAME_B pairs under {@code folder}, recursively, sorted by group and name. */
	public static List<FusionPair> inFolder(final Path folder) throws IOException {
		requireFolder(folder, "input folder");
		final Map<String, Path[]> found = new TreeMap<>();
		try (Stream<Path> files = Files.walk(folder, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
			for (final Path f : files.filter(Files::isRegularFile).sorted().collect(Collectors.toList())) {
				final String file = f.getFileName().toString();
				if (!file.matches(IMAGE)) continue;
				final String stem = file.substring(0, file.lastIndexOf('.'));
				final int side = stem.endsWith("_A") ? 0 : stem.endsWith("_B") ? 1 : -1;
				if (side < 0) continue;
				final String group = relativeGroup(folder, f.getParent());
				final String key = group + "\u0000" + stem.substring(0, stem.length() - 2);
				found.computeIfAbsent(key, k -> new Path[2])[side] = f;
			}
		}
		final List<FusionPair> pairs = new ArrayList<>();
		for (final Map.Entry<String, Path[]> e : found.entrySet()) {
			final String[] parts = e.getKey().split("\u0000", 2);
			pairs.add(new FusionPair(parts[0], parts[1], e.getValue()[0], e.getValue()[1]));
		}
		return pairs;
	}

	/** Pairs of files with the same base name (extension ignored) in {@code folderA} and {@code folderB}. */
	public static List<FusionPair> inTwoFolders(final Path folderA, final Path folderB) throws IOException {
		requireFolder(folderA, "folder A");
		requireFolder(folderB, "folder B");
		final Map<String, Path[]> found = new TreeMap<>();
		for (int side = 0; side < 2; side++) {
			try (Stream<Path> files = Files.list(side == 0 ? folderA : folderB)) {
				for (final Path f : files.filter(Files::isRegularFile).collect(Collectors.toList())) {
					final String file = f.getFileName().toString();
					if (!file.matches(IMAGE)) continue;
					found.computeIfAbsent(file.substring(0, file.lastIndexOf('.')), k -> new Path[2])[side] = f;
				}
			}
		}
		final List<FusionPair> pairs = new ArrayList<>();
		for (final Map.Entry<String, Path[]> e : found.entrySet())
			pairs.add(new FusionPair("", e.getKey(), e.getValue()[0], e.getValue()[1]));
		return pairs;
	}

	private static String relativeGroup(final Path root, final Path dir) {
		final String rel = root.relativize(dir).toString().replace('\\', '/');
		return rel.toLowerCase(Locale.ROOT).equals(".") ? "" : rel;
	}

	private static void requireFolder(final Path folder, final String what) {
		if (folder == null) throw new IllegalArgumentException("no " + what + " given");
		if (!Files.exists(folder)) throw new IllegalArgumentException(what + " not found: " + folder);
		if (!Files.isDirectory(folder)) throw new IllegalArgumentException(what + " is not a folder: " + folder);
	}
}
