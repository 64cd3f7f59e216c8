package org.nmfusion.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.spark.api.java.function.FlatMapFunction;
import org.nmfusion.batch.PairOutcome;
import org.nmfusion.service.FusionRequest;
import org.nmfusion.service.NMFusionService;

/**
 * The task of a partition, run on an executor: each pair goes through the JVM's NMFusion service
 * ({@link NMFusionService#fusePair}, the per-pair step of {@code nmfusion fuse --batch}) and becomes one row.
 * A pair never fails the task; an output that an earlier attempt of this job already wrote counts as fused.
 */
public class FusePartition implements FlatMapFunction<Iterator<PairTask>, PairRow> {

	private static final long serialVersionUID = 1L;

	private final FuseSettings settings;

	public FusePartition(final FuseSettings settings) {
		this.settings = settings;
	}

	@Override
	public Iterator<PairRow> call(final Iterator<PairTask> tasks) {
		final List<PairRow> rows = new ArrayList<>();
		NMFusionService service = null;
		FusionRequest batch = null;
		String setupFailure = null;
		try {
			batch = FusionRequest.pairs(List.of()).method(settings.method()).output(settings.output().toFile()).overwrite(settings.overwrite())
				.modelDir(settings.model() == null ? null : settings.model().toFile());
			batch.resolve();
			service = ExecutorFusion.service();
		}
		catch (RuntimeException | LinkageError e) {
			setupFailure = "executor setup failed: " + (e.getMessage() == null ? e.toString() : e.getMessage());
		}
		while (tasks.hasNext()) {
			final PairTask task = tasks.next();
			rows.add(setupFailure != null ? new PairRow(task.id(), settings.method(), PairRow.FAILED, setupFailure, 0, "", null)
				: fuse(service, batch, task));
		}
		return rows.iterator();
	}

	private PairRow fuse(final NMFusionService service, final FusionRequest batch, final PairTask task) {
		final Path out = settings.output();
		final PairOutcome o;
		try {
			o = service.fusePair(task.toPair(), batch, settings.metrics());
		}
		catch (RuntimeException e) {
			return new PairRow(task.id(), settings.method(), PairRow.FAILED, e.getMessage() == null ? e.toString() : e.getMessage(), 0, "", null);
		}
		final PairRow row = PairRow.of(o, settings.method(), out);
		return o.status() == PairOutcome.Status.SKIPPED && writtenByThisJob(o.output())
			? row.with(PairRow.OK, "fused by an earlier attempt of this task") : row;
	}

	private boolean writtenByThisJob(final Path output) {
		try {
			// whole seconds: some file systems keep no finer modification times
			return output != null && Files.getLastModifiedTime(output).toMillis() >= settings.startMillis() / 1000 * 1000;
		}
		catch (IOException e) {
			return false;
		}
	}
}
