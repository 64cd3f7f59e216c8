package org.nmfusion.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.nmfusion.util.AtomicFiles;
import org.nmfusion.util.CsvTable;

/**
 * The results table OUT/results.csv, written by the driver alone: columns pair, method, status, message,
 * seconds, output, then one column per metric when metrics were computed; one row per pair (a pair's newest
 * row replaces older ones), sorted by pair, written atomically.
 */
public final class ResultTable {

	/** File name of the table in the output folder. */
	public static final String FILE = "results.csv";

	private static final List<String> COLUMNS = List.of("pair", "method", "status", "message", "seconds", "output");

	private ResultTable() {}

	/** The rows of a table, or none when the file does not exist. */
	public static List<PairRow> read(final Path file) throws IOException {
		final List<PairRow> rows = new ArrayList<>();
		if (!Files.exists(file)) return rows;
		final List<List<String>> records = CsvTable.read(file);
		if (records.isEmpty()) return rows;
		final List<String> header = records.get(0);
		if (header.size() < COLUMNS.size() || !header.subList(0, COLUMNS.size()).equals(COLUMNS))
			throw new IOException("not a results table of nmfusion-spark (header " + String.join(",", header) + "): " + file);
		final List<String> metricNames = header.subList(COLUMNS.size(), header.size());
		for (int i = 1; i < records.size(); i++) {
			final List<String> f = records.get(i);
			if (f.size() != header.size())
				throw new IOException(file + ", record " + (i + 1) + ": " + f.size() + " fields, expected " + header.size());
			final Map<String, Double> metrics = new LinkedHashMap<>();
			for (int m = 0; m < metricNames.size(); m++) {
				final String v = f.get(COLUMNS.size() + m);
				if (!v.isEmpty()) metrics.put(metricNames.get(m), Double.parseDouble(v));
			}
			rows.add(new PairRow(f.get(0), f.get(1), f.get(2), f.get(3), Double.parseDouble(f.get(4)), f.get(5), metrics));
		}
		return rows;
	}

	/** Writes the rows as the table, atomically. */
	public static void write(final Path file, final Collection<PairRow> rows) throws IOException {
		AtomicFiles.writeString(file, csv(rows));
	}

	/** One row per pair, sorted by pair: the rows of {@code fresh} replace those of {@code previous}; among rows of one pair in the same list, the last wins. */
	public static List<PairRow> merge(final Collection<PairRow> previous, final Collection<PairRow> fresh) {
		final Map<String, PairRow> byPair = new TreeMap<>();
		for (final PairRow r : previous)
			byPair.put(r.pair(), r);
		for (final PairRow r : fresh)
			byPair.put(r.pair(), r);
		return new ArrayList<>(byPair.values());
	}

	/** The table's text. */
	public static String csv(final Collection<PairRow> rows) {
		final Set<String> metricNames = new LinkedHashSet<>();
		for (final PairRow r : rows)
			metricNames.addAll(r.metrics().keySet());
		final List<List<String>> records = new ArrayList<>(rows.size() + 1);
		final List<String> header = new ArrayList<>(COLUMNS);
		header.addAll(metricNames);
		records.add(header);
		for (final PairRow r : rows) {
			final List<String> f = new ArrayList<>(Arrays.asList(r.pair(), r.method(), r.status(), r.message(),
				String.format(Locale.ROOT, "%.3f", r.seconds()), r.output()));
			for (final String m : metricNames) {
				final Double v = r.metrics().get(m);
				f.add(v == null ? "" : Double.toString(v));
			}
			records.add(f);
		}
		return CsvTable.format(records);
	}
}
