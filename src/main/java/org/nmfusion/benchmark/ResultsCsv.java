package org.nmfusion.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.nmfusion.util.AtomicFiles;
import org.nmfusion.util.CsvTable;

/**
 * results.csv of a benchmark run: header {@code group,pair,method,seconds,<metric>...}, one row per pair
 * and method (Commons CSV through {@link CsvTable}: a pair or method name with a comma or a quote is quoted);
 * rewritten atomically after every pair so that an interrupted run can resume from it.
 */
public final class ResultsCsv {

	private ResultsCsv() {}

	/** The rows of an existing file (empty when there is none). */
	public static List<BenchmarkRow> read(final Path file, final List<String> metrics) throws IOException {
		final List<BenchmarkRow> rows = new ArrayList<>();
		if (!Files.exists(file)) return rows;
		final List<List<String>> records = CsvTable.read(file);
		if (records.isEmpty()) return rows;
		if (!records.get(0).equals(header(metrics)))
			throw new IllegalArgumentException("existing " + file + " has other columns than this run (" + String.join(",", records.get(0)) +
				"); choose another output folder or the same metrics");
		for (int i = 1; i < records.size(); i++) {
			final List<String> f = records.get(i);
			if (f.size() != 4 + metrics.size()) throw new IllegalArgumentException(file + " record " + (i + 1) + " has " + f.size() + " fields");
			final double[] v = new double[metrics.size()];
			for (int m = 0; m < v.length; m++)
				v[m] = parse(f.get(4 + m));
			rows.add(new BenchmarkRow(f.get(0), f.get(1), f.get(2), parse(f.get(3)), v));
		}
		return rows;
	}

	/** Writes all rows atomically. */
	public static void write(final Path file, final List<String> metrics, final List<BenchmarkRow> rows) throws IOException {
		final List<List<String>> records = new ArrayList<>(rows.size() + 1);
		records.add(header(metrics));
		for (final BenchmarkRow r : rows) {
			final List<String> f = new ArrayList<>(4 + metrics.size());
			f.add(r.group());
			f.add(r.pair());
			f.add(r.method());
			f.add(format(r.seconds()));
			for (int m = 0; m < metrics.size(); m++)
				f.add(format(r.value(m)));
			records.add(f);
		}
		AtomicFiles.writeString(file, CsvTable.format(records));
	}

	static List<String> header(final List<String> metrics) {
		final List<String> h = new ArrayList<>(List.of("group", "pair", "method", "seconds"));
		h.addAll(metrics);
		return h;
	}

	private static String format(final double v) {
		return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.6f", v);
	}

	private static double parse(final String s) {
		return s.isEmpty() ? Double.NaN : Double.parseDouble(s);
	}
}
