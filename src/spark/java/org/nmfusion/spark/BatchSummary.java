package org.nmfusion.spark;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** What a job did: pairs listed, left out as done before, fused, skipped (output exists), failed; the job's time and the table. */
public final class BatchSummary {

	private final int pairs, doneBefore, fused, skipped, failed;
	private final double seconds;
	private final Path table;

	BatchSummary(final int pairs, final int doneBefore, final List<PairRow> rows, final double seconds, final Path table) {
		this.pairs = pairs;
		this.doneBefore = doneBefore;
		this.fused = count(rows, PairRow.OK);
		this.skipped = count(rows, PairRow.SKIPPED);
		this.failed = count(rows, PairRow.FAILED);
		this.seconds = seconds;
		this.table = table;
	}

	public int pairs() { return pairs; }

	/** Pairs left out because the table of an earlier run lists them as fused. */
	public int doneBefore() { return doneBefore; }

	public int fused() { return fused; }

	/** Pairs whose output existed although no earlier row listed them. */
	public int skipped() { return skipped; }

	public int failed() { return failed; }

	/** Wall time of the Spark job (distribution, fusion, collection), without starting Spark. */
	public double seconds() { return seconds; }

	public Path table() { return table; }

	private static int count(final List<PairRow> rows, final String status) {
		return (int) rows.stream().filter(r -> status.equals(r.status())).count();
	}

	@Override
	public String toString() {
		final int ran = pairs - doneBefore;
		return String.format(Locale.ROOT,
			"%d pairs: %d fused, %d done before, %d skipped (output exists), %d failed; results: %s; job %.2f s (%.2f pairs/s)",
			pairs, fused, doneBefore, skipped, failed, table, seconds, ran == 0 ? 0.0 : ran / Math.max(seconds, 1e-9));
	}
}
