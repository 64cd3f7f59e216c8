package org.nmfusion.batch;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What became of one pair of a batch: fused, skipped (output exists) or failed, with a message, the time
 * and, when the batch scores its results, the quality metrics of the fused image.
 */
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
	private final Map<String, Double> metrics;

	public PairOutcome(final FusionPair pair, final Status status, final String message, final long millis, final Path output) {
		this(pair, status, message, millis, output, null);
	}

	/** An outcome with metric values (name to value, in order; null = none). */
	public PairOutcome(final FusionPair pair, final Status status, final String message, final long millis, final Path output,
		final Map<String, Double> metrics)
	{
		this.pair = pair;
		this.status = status;
		this.message = message == null ? "" : message;
		this.millis = millis;
		this.output = output;
		this.metrics = metrics == null ? Collections.emptyMap() : Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
	}

	public FusionPair pair() { return pair; }

	public Status status() { return status; }

	public String message() { return message; }

	public long millis() { return millis; }

	/** The fused image written, or null. */
	public Path output() { return output; }

	/** The metrics of the fused image, in order; empty when not scored. */
	public Map<String, Double> metrics() { return metrics; }
}
