package org.nmfusion.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the nmfusion command line in-process and captures exit code, stdout and stderr (for the CLI tests). */
final class CliRun {

	/** What one run of the command line gave. */
	static final class Result {
		int code;
		String out, err;
	}

	private CliRun() {}

	static Result run(String... args) {
		final PrintStream oldOut = System.out, oldErr = System.err;
		final ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
		final Result r = new Result();
		try {
			System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
			System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
			r.code = NMFusionCli.execute(args);
		}
		finally {
			System.setOut(oldOut);
			System.setErr(oldErr);
		}
		r.out = out.toString(StandardCharsets.UTF_8);
		r.err = err.toString(StandardCharsets.UTF_8);
		return r;
	}
}
