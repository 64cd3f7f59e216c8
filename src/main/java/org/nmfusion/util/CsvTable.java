package org.nmfusion.util;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The one way the project reads and writes CSV (RFC 4180 through Apache Commons CSV): comma-separated,
 * a field quoted when it needs to be (a comma, a quote, a leading or trailing blank; inner quotes
 * doubled), one record per line ending in {@code \n}. Line breaks inside a field are written as spaces,
 * so that every record stays one line and a file can be read, and its errors reported, line by line.
 */
public final class CsvTable {

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

	private CsvTable() {}

	/** The text of a table: one line per record, each ending in a line break. */
	public static String format(final List<? extends List<String>> records) {
		final StringBuilder sb = new StringBuilder();
		try (CSVPrinter printer = new CSVPrinter(sb, FORMAT)) {
			for (final List<String> r : records) {
				final List<String> oneLine = new ArrayList<>(r.size());
				for (final String f : r)
					oneLine.add(f == null ? "" : f.replace('\n', ' ').replace('\r', ' '));
				printer.printRecord(oneLine);
			}
		}
		catch (IOException e) { // a StringBuilder does not throw
			throw new UncheckedIOException(e);
		}
		return sb.toString();
	}

	/** The fields of one line of a table. @throws IllegalArgumentException for a malformed line (e.g. an unclosed quote) */
	public static List<String> parseLine(final String line) {
		final List<List<String>> records;
		try {
			records = parse(line);
		}
		catch (IOException | UncheckedIOException e) {
			throw new IllegalArgumentException("malformed CSV line (" + e.getMessage() + "): " + line, e);
		}
		if (records.size() != 1) throw new IllegalArgumentException("not one CSV record: " + line);
		return records.get(0);
	}

	/** The records of a file, blank lines left out. */
	public static List<List<String>> read(final Path file) throws IOException {
		try {
			return parse(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
		}
		catch (UncheckedIOException e) { // Commons CSV reports a malformed record this way
			throw new IOException(file + ": malformed CSV: " + e.getMessage(), e);
		}
	}

	private static List<List<String>> parse(final String text) throws IOException {
		final List<List<String>> records = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
			for (final CSVRecord r : parser)
				records.add(r.toList()); // the format skips empty lines
		}
		return records;
	}
}
