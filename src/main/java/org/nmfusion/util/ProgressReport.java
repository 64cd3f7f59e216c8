package org.nmfusion.util;

import java.util.Locale;

/**
 * One progress report of a core to the front ends: which step, how far (done of total) and a line for
 * people. The command line prints from the fields, Fiji's status bar renders done / total and the
 * message; no front end reads the message to find out what happened.
 */
public final class ProgressReport {

	/** What is being counted. */
	public enum Step {
		/** A fusion reached source pair done + 1 of total (a stack of n planes has n - 1 pairs); done == total: finished. */
		FUSION,
		/** A step within the current source pair of a fusion (a CNN tile); done and total as for its {@link #FUSION} report. */
		FUSION_DETAIL,
		/** A pair of a batch is done (fused, skipped or failed): done pairs of total. */
		BATCH_PAIR,
		/** A pair of a benchmark is done (all methods fused and scored): done pairs of total. */
		BENCHMARK_PAIR,
		/** One-pass focus-stack fusion read a slice: done slice reads of total (two passes over the stack). */
		FOCUS_STACK
	}

	private final Step step;
	private final int done;
	private final int total;
	private final String message;

	public ProgressReport(final Step step, final int done, final int total, final String message) {
		if (step == null) throw new IllegalArgumentException("no step given");
		this.step = step;
		this.done = done;
		this.total = total;
		this.message = message == null ? "" : message;
	}

	public Step step() { return step; }

	public int done() { return done; }

	public int total() { return total; }

	/** A line for people, e.g. "cnn-nmf 2/4", "cnn-nmf: CNN tile 40", "MRI-CT/p1: ok"; never null. */
	public String message() { return message; }

	@Override
	public String toString() {
		return String.format(Locale.ROOT, "%s %d/%d %s", step, done, total, message);
	}
}
