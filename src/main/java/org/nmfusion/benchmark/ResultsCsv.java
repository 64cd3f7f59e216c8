package org.nmfusion.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.nmfusion.util.AtomicFiles;

/**
 * results.csv of a benchmark run: header {@code group,pair,method,seconds,<metric>...}, one row per pair
 * and method; rewritten atomically after every pair so that an interrupted run can resume from it.
 */
public final class ResultsCsv {

	private ResultsCsv() {}

	/** The rows of an existing file (empty when there is none). */
	public static List<BenchmarkRow> read(final Path file, final List<String> metrics) throws IOException {
		final List<BenchmarkRow> rows = new ArrayList<>();
		if (!Files.exists(file)) return rows;
		final List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		if (lines.isEmpty()) return rows;
		if (!lines.get(0).equals(header(metrics)))
			throw new IllegalArgumentException("existing " + file + " has other columns than this run (" + lines.get(0) +
				"); choose another output folder or the same metrics");
		for (int i = 1; i < lines.size(); i++) {
			if (lines.get(i).isEmpty()) continue;
			final String[] f = lines.get(i).split(",", -1);
			if (f.length != 4 + metrics.size()) throw new IllegalArgumentException(file + " line " + (i + 1) + " has " + f.length + " fields");
			final double[] v = new double[metrics.size()];
			for (int m = 0; m < v.length; m++)
				v[m] = parse(f[4 + m]);
			rows.add(new BenchmarkRow(f[0], f[1], f[2], parse(f[3]), v));
		}
		return rows;
	}

	/** Writes all rows atomically. */
	public static void write(final Path file, final List<String> metrics, final List<BenchmarkRow> rows) throws IOException {
		final StringBuilder sb = new StringBuilder(header(metrics)).append('\n');
		for (final BenchmarkRow r : rows) {
			sb.append(r.group()).append(',').append(r.pair()).append(',').append(r.method()).append(',').append(format(r.seconds()));
			for (int m = 0; m < metrics.size(); m++)
				sb.append(',').append(format(r.value(m)));
			sb.append('\n');
		}
		AtomicFiles.writeString(file, sb);
	}

	static String header(final List<String> metrics) {
		return "group,pair,method,seconds," + String.join(",", metrics);
	}

	private static String format(final double v) {
		return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.6f", v);
	}

	private static double parse(final String s) {
		return s.isEmpty() ? Double.NaN : Double.parseDouble(s);
	}
}
