package org.nmfusion.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.nmfusion.batch.FusionPair;
import org.nmfusion.batch.PairFinder;
import org.nmfusion.util.CsvTable;

/**
 * The pairs of a job: a folder tree of NAME_A / NAME_B files (as {@code nmfusion fuse --batch} finds them), or
 * a CSV manifest with one pair per line, {@code name,a,b} (an optional header line {@code name,a,b}; blank
 * lines and lines starting with # are ignored; relative paths are relative to the manifest's folder; a name
 * {@code group/name} puts the output into the sub-folder group; an empty a or b is a missing side).
 */
public final class Manifest {

	private Manifest() {}

	/** The pairs of {@code data}: a manifest when it is a .csv file, else a folder tree. Paths are absolute. */
	public static List<FusionPair> pairs(final Path data) throws IOException {
		if (data == null) throw new IllegalArgumentException("no input given (--data DIR or FILE.csv)");
		final Path abs = data.toAbsolutePath().normalize();
		if (Files.isRegularFile(abs) && abs.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) return read(abs);
		return PairFinder.inFolder(abs);
	}

	/** The pairs of a manifest file. */
	public static List<FusionPair> read(final Path manifest) throws IOException {
		final Path base = manifest.toAbsolutePath().normalize().getParent();
		final List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
		final List<FusionPair> pairs = new ArrayList<>();
		final Map<String, Integer> seen = new HashMap<>();
		for (int i = 0; i < lines.size(); i++) {
			final String line = lines.get(i).trim();
			if (line.isEmpty() || line.startsWith("#")) continue;
			final List<String> f;
			try {
				f = CsvTable.parseLine(line);
			}
			catch (IllegalArgumentException e) {
				throw new IllegalArgumentException(where(manifest, i) + e.getMessage(), e);
			}
			if (pairs.isEmpty() && seen.isEmpty() && f.size() == 3 && f.get(0).trim().equalsIgnoreCase("name") &&
				f.get(1).trim().equalsIgnoreCase("a") && f.get(2).trim().equalsIgnoreCase("b")) continue;
			if (f.size() != 3) throw new IllegalArgumentException(where(manifest, i) + "expected name,a,b but found " + f.size() + " fields");
			final String id = f.get(0).trim().replace('\\', '/');
			if (id.isEmpty() || id.startsWith("/") || id.endsWith("/") || id.contains(".."))
				throw new IllegalArgumentException(where(manifest, i) + "bad pair name '" + id + "'");
			final Integer before = seen.put(id, i + 1);
			if (before != null)
				throw new IllegalArgumentException(where(manifest, i) + "pair " + id + " is listed twice (also on line " + before + ")");
			final int slash = id.lastIndexOf('/');
			pairs.add(new FusionPair(slash < 0 ? "" : id.substring(0, slash), id.substring(slash + 1), path(base, f.get(1)), path(base, f.get(2))));
		}
		if (pairs.isEmpty()) throw new IllegalArgumentException("no pairs in manifest " + manifest + " (expected lines name,a,b)");
		return pairs;
	}

	private static Path path(final Path base, final String field) {
		final String s = field.trim();
		return s.isEmpty() ? null : base.resolve(s).toAbsolutePath().normalize();
	}

	private static String where(final Path manifest, final int line) {
		return manifest + ", line " + (line + 1) + ": ";
	}
}
