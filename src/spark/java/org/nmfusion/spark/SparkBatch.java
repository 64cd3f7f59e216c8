package org.nmfusion.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.nmfusion.batch.FusionPair;
import org.nmfusion.util.BadParameterException;

/**
 * The driver's side of a batch on Spark, a plain function of a Spark context and a list of pairs: leaves out
 * the pairs the results table of an earlier run lists as fused (output still there), spreads the others over
 * the executors ({@link FusePartition}; by default one task per pair), collects one row per pair and writes
 * the table OUT/results.csv from them, merged with the earlier rows, one row per pair. A failed pair is a row,
 * never a failed job; Spark returns the rows of one successful attempt per task, and outputs are written
 * atomically, so a retried task leaves neither a partial file nor a second row.
 */
public final class SparkBatch {

	/** At most this many tasks by default. */
	static final int MAX_TASKS = 10_000;

	private SparkBatch() {}

	/**
	 * Runs the batch.
	 *
	 * @param partitions number of tasks, 0 = one per pair (at most {@value #MAX_TASKS})
	 */
	public static BatchSummary run(final JavaSparkContext sc, final List<FusionPair> pairs, final FuseSettings settings, final int partitions)
		throws IOException
	{
		return run(sc, pairs, settings, partitions, FusePartition::new);
	}

	/** {@link #run(JavaSparkContext, List, FuseSettings, int)} with another task function (tests inject failures). */
	static BatchSummary run(final JavaSparkContext sc, final List<FusionPair> pairs, final FuseSettings settings, final int partitions,
		final Function<FuseSettings, FlatMapFunction<Iterator<PairTask>, PairRow>> taskFunction) throws IOException
	{
		if (pairs == null || pairs.isEmpty())
			throw new IllegalArgumentException("no pairs to fuse (expected files NAME_A.ext and NAME_B.ext, or a manifest)");
		if (partitions < 0) throw new BadParameterException("the number of partitions must be >= 0, got " + partitions);
		final Path out = settings.output();
		if (Files.exists(out) && !Files.isDirectory(out)) throw new IllegalArgumentException("output exists and is not a folder: " + out);
		Files.createDirectories(out);
		final Path table = out.resolve(ResultTable.FILE);
		final List<PairRow> previous = ResultTable.read(table);
		final Set<String> done = new HashSet<>();
		if (!settings.overwrite())
			for (final PairRow r : previous)
				if (r.done(out)) done.add(r.pair());
		final List<PairTask> pending = new ArrayList<>();
		for (final FusionPair p : pairs)
			if (!done.contains(p.id())) pending.add(new PairTask(p));
		final FuseSettings job = settings.startingNow();
		final long t0 = System.nanoTime();
		final List<PairRow> fresh = pending.isEmpty() ? List.of()
			: sc.parallelize(pending, partitions == 0 ? Math.min(pending.size(), MAX_TASKS) : partitions).mapPartitions(taskFunction.apply(job))
				.collect();
		final double seconds = (System.nanoTime() - t0) / 1e9;
		ResultTable.write(table, ResultTable.merge(previous, fresh));
		return new BatchSummary(pairs.size(), pairs.size() - pending.size(), fresh, seconds, table);
	}
}
