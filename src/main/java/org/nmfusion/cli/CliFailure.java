package org.nmfusion.cli;

/** A failure the command line reports as one line on stderr with exit code 1. */
public class CliFailure extends RuntimeException {

	public CliFailure(String message) {
		super(message);
	}
}
