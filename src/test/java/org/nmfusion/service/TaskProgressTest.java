package org.nmfusion.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nmfusion.batch.PairOutcome;
import org.nmfusion.io.ImageFiles;
import org.nmfusion.testutil.TestImages;
import org.scijava.Context;
import org.scijava.event.EventHandler;
import org.scijava.event.EventService;
import org.scijava.task.Task;
import org.scijava.task.event.TaskEvent;

/** A batch is a SciJava task: its progress follows the pairs, and the task's cancel stops the batch. */
class TaskProgressTest {

	@TempDir
	Path dir;

	/** Records each task event's progress; cancels the task once it reaches {@code cancelAt} pairs (0: never). */
	public static final class Recorder {
		final List<String> seen = new ArrayList<>();
		final int cancelAt;

		Recorder(final int cancelAt) {
			this.cancelAt = cancelAt;
		}

		@EventHandler
		public void onEvent(final TaskEvent e) {
			final Task t = e.getTask();
			seen.add(t.getName() + " " + t.getProgressValue() + "/" + t.getProgressMaximum());
			if (cancelAt > 0 && t.getProgressValue() == cancelAt && !t.isCanceled()) t.cancel("stopped by the test");
		}
	}

	private Path folderOfPairs(final int n) throws Exception {
		final Path in = Files.createDirectories(dir.resolve("in"));
		for (int i = 0; i < n; i++) {
			ImageFiles.save(TestImages.gray8(24, 24, i), in.resolve("p" + i + "_A.png"));
			ImageFiles.save(TestImages.gray8(24, 24, 100 + i), in.resolve("p" + i + "_B.png"));
		}
		return in;
	}

	@Test
	void batchProgressIsATaskUpToTheLastPair() throws Exception {
		final Path in = folderOfPairs(3);
		try (Context context = new Context(NMFusionService.class, EventService.class, org.scijava.task.TaskService.class)) {
			final Recorder r = new Recorder(0);
			context.service(EventService.class).subscribe(r);
			final List<PairOutcome> out = context.service(NMFusionService.class).fuseBatch(FusionRequest.folder(in.toFile(), null).method("average")
				.output(dir.resolve("out").toFile()));
			assertEquals(3, out.size());
			assertTrue(r.seen.contains("NMFusion batch: average 3/3"), r.seen.toString());
		}
	}

	@Test
	void cancellingTheTaskStopsTheBatch() throws Exception {
		final Path in = folderOfPairs(4);
		try (Context context = new Context(NMFusionService.class, EventService.class, org.scijava.task.TaskService.class)) {
			final Recorder r = new Recorder(1);
			context.service(EventService.class).subscribe(r);
			List<PairOutcome> out;
			try {
				out = context.service(NMFusionService.class).fuseBatch(FusionRequest.folder(in.toFile(), null).method("average")
					.output(dir.resolve("out").toFile()));
			}
			catch (RuntimeException e) {
				out = null; // a batch may also end with the cancellation
			}
			long fused;
			try (java.util.stream.Stream<Path> files = Files.list(dir.resolve("out"))) {
				fused = files.filter(f -> f.getFileName().toString().endsWith("_fused.png")).count();
			}
			assertTrue(fused < 4, "fused " + fused + " of 4 pairs after the cancel; outcomes " + out);
		}
	}
}
