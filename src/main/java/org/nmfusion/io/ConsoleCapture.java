package org.nmfusion.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Runs an ImageJ 1.x reader or writer with {@code System.out} and {@code System.err} captured: ImageJ
 * prints the exceptions of its readers (a corrupt PNG, a cut TIFF) to the console, which would corrupt
 * output on stdout (a metrics table); here that text becomes part of one error message instead.
 */
final class ConsoleCapture {

	/** An I/O call whose console output is captured. */
	@FunctionalInterface
	interface IoCall<T> {

		T call() throws IOException;
	}

	private static final Object LOCK = new Object();

	private ConsoleCapture() {}

	/** Runs {@code call} with the console captured into {@code captured}; one call at a time. */
	static <T> T run(final IoCall<T> call, final StringBuilder captured) throws IOException {
		synchronized (LOCK) {
			final PrintStream out = System.out, err = System.err;
			final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
			final PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8);
			System.setOut(capture);
			System.setErr(capture);
			try {
				return call.call();
			}
			finally {
				System.setOut(out);
				System.setErr(err);
				capture.flush();
				captured.append(buffer.toString(StandardCharsets.UTF_8));
			}
		}
	}

	/** The first non-blank line of {@code text} without a leading exception class name, or "". */
	static String firstLine(final CharSequence text) {
		for (final String line : text.toString().split("\\R")) {
			final String t = line.trim();
			if (!t.isEmpty()) return t.replaceFirst("^[\\w.$]+(Exception|Error):\\s*", "");
		}
		return "";
	}
}
