package org.nmfusion.spark;

import java.util.ArrayList;
import java.util.List;

/** The CSV of the manifest and the results table: comma-separated, fields quoted when needed, one record per line. */
final class Csv {

	private Csv() {}

	/** A field as written: quoted (inner quotes doubled) when it holds a comma or a quote; line breaks become spaces. */
	static String field(final String s) {
		if (s == null) return "";
		final String one = s.replace('\n', ' ').replace('\r', ' ');
		return one.indexOf(',') < 0 && one.indexOf('"') < 0 ? one : "\"" + one.replace("\"", "\"\"") + "\"";
	}

	/** The fields of one line. */
	static List<String> parse(final String line) {
		final List<String> fields = new ArrayList<>();
		final StringBuilder f = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			final char c = line.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					f.append('"');
					i++;
				}
				else if (c == '"') quoted = false;
				else f.append(c);
			}
			else if (c == '"') quoted = true;
			else if (c == ',') {
				fields.add(f.toString());
				f.setLength(0);
			}
			else f.append(c);
		}
		if (quoted) throw new IllegalArgumentException("unclosed quote in: " + line);
		fields.add(f.toString());
		return fields;
	}
}
