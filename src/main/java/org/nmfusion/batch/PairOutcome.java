package org.nmfusion.batch;

import java.nio.file.Path;

/** What became of one pair of a batch: fused, skipped (output exists) or failed, with a message and time. */
public final class PairOutcome {

	/** The three ends of a pair. */
	public enum Status {
		OK, SKIPPED, FAILED;

		/** Lower-case name as written in report.csv. */
		public String label() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	private final FusionPair pair;
	private final Status status;
	private final String message;
	private final long millis;
	private final Path output;

	public PairOutcome(final FusionPair pair, final Status status, final String message, final long millis, final Path output) {
		this.pair = pair;
		this.status = status;
		this.message = message == null ? "" : message;
		this.millis = millis;
		this.output = output;
	}

	public FusionPair pair() { return pair; }

	public Status status() { return status; }

	public String message() { return message; }

	public long millis() { return millis; }

	/** The fused image written, or null. */
	public Path output() { return output; }
}
