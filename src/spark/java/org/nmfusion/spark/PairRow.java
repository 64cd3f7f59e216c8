package org.nmfusion.spark;

import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.nmfusion.batch.PairOutcome;

/**
 * One row of the results table, as a task returns it to the driver: pair (group/name), method, status (ok,
 * skipped, failed), message (the reason of a failure), seconds, the output relative to the output folder
 * ("" when none) and the metrics of the fused image, if computed.
 */
public final class PairRow implements Serializable {

	private static final long serialVersionUID = 1L;

	/** Status of a pair fused now, found fused (output exists), or failed. */
	public static final String OK = "ok", SKIPPED = "skipped", FAILED = "failed";

	private final String pair, method, status, message, output;
	private final double seconds;
	private final LinkedHashMap<String, Double> metrics;

	public PairRow(final String pair, final String method, final String status, final String message, final double seconds,
		final String output, final Map<String, Double> metrics)
	{
		this.pair = pair;
		this.method = method == null ? "" : method;
		this.status = status;
		this.message = message == null ? "" : message;
		this.seconds = seconds;
		this.output = output == null ? "" : output;
		this.metrics = metrics == null ? new LinkedHashMap<>() : new LinkedHashMap<>(metrics);
	}

	/** The row of a pair's outcome; {@code outDir} makes the output path relative. */
	public static PairRow of(final PairOutcome o, final String method, final Path outDir) {
		final String out = o.output() == null ? "" : outDir.toAbsolutePath().relativize(o.output().toAbsolutePath()).toString().replace('\\', '/');
		return new PairRow(o.pair().id(), method, o.status().label(), o.message(), o.millis() / 1000.0, out, o.metrics());
	}

	/** This row with another status and message (a pair fused by an earlier attempt of the same task). */
	PairRow with(final String newStatus, final String newMessage) {
		return new PairRow(pair, method, newStatus, newMessage, seconds, output, metrics);
	}

	public String pair() { return pair; }

	public String method() { return method; }

	public String status() { return status; }

	public String message() { return message; }

	public double seconds() { return seconds; }

	/** The fused image relative to the output folder, "" when none. */
	public String output() { return output; }

	public Map<String, Double> metrics() { return Collections.unmodifiableMap(metrics); }

	/** Whether a re-run may leave this pair out: fused (now or before) and its output still there. */
	public boolean done(final Path outDir) {
		return (OK.equals(status) || SKIPPED.equals(status)) && !output.isEmpty() && Files.isRegularFile(outDir.resolve(output));
	}

	@Override
	public String toString() {
		return pair + ": " + status + (message.isEmpty() ? "" : " (" + message + ")");
	}
}
