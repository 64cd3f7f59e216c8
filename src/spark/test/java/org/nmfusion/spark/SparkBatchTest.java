package org.nmfusion.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.spark.SparkConf;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nmfusion.batch.FusionPair;
import org.nmfusion.service.FusionRequest;
import org.nmfusion.service.NMFusionService;
import org.scijava.Context;

/** The Spark batch in local mode (two task threads, up to four attempts per task). */
class SparkBatchTest {

	private static JavaSparkContext sc;

	@TempDir
	Path dir;

	@BeforeAll
	static void startSpark() {
		sc = new JavaSparkContext(new SparkConf().setMaster("local[2,4]").setAppName("SparkBatchTest").set("spark.ui.enabled", "false")
			.set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1"));
	}

	@AfterAll
	static void stopSpark() {
		sc.close();
		ExecutorFusion.close();
	}

	@Test
	void fusesLikeTheLocalBatchReportsBadPairsAndSkipsWhatIsDoneOnARerun() throws Exception {
		final Path in = dir.resolve("in"), out = dir.resolve("out"), local = dir.resolve("local");
		final List<String> names = PairGenerator.write(in, 7, 32, 3);
		final List<FusionPair> pairs = Manifest.pairs(in);
		final int servicesBefore = ExecutorFusion.created();
		ExecutorFusion.service();
		final BatchSummary s = SparkBatch.run(sc, pairs, new FuseSettings(out, "average", null, null, false), 0);
		assertEquals(servicesBefore + 1, ExecutorFusion.created(), "one service per JVM, whatever the number of tasks");
		assertEquals(4, s.fused());
		assertEquals(3, s.failed());
		try (Context context = new Context(NMFusionService.class)) {
			context.service(NMFusionService.class).fuseBatch(FusionRequest.folder(in.toFile(), null).method("average").output(local.toFile()));
		}
		for (final String n : names.subList(0, 4))
			assertArrayEquals(Files.readAllBytes(local.resolve(n + "_fused.png")), Files.readAllBytes(out.resolve(n + "_fused.png")), n);
		final List<PairRow> rows = ResultTable.read(out.resolve(ResultTable.FILE));
		assertEquals(names.stream().sorted().collect(Collectors.toList()), rows.stream().map(PairRow::pair).collect(Collectors.toList()));
		for (final PairRow r : rows) {
			final boolean broken = r.pair().startsWith("broken");
			assertEquals(broken ? PairRow.FAILED : PairRow.OK, r.status(), r.toString());
			assertEquals(broken, !r.message().isEmpty(), r.toString());
			assertEquals("average", r.method());
		}
		assertTrue(row(rows, "broken_size").message().contains("size"), row(rows, "broken_size").message());
		assertTrue(row(rows, "broken_unreadable").message().contains("broken_unreadable_B.png"), row(rows, "broken_unreadable").message());

		final long modified = Files.getLastModifiedTime(out.resolve("p00_fused.png")).toMillis();
		final BatchSummary again = SparkBatch.run(sc, pairs, new FuseSettings(out, "average", null, null, false), 0);
		assertEquals(4, again.doneBefore());
		assertEquals(0, again.fused());
		assertEquals(3, again.failed(), "failed pairs are tried again");
		assertEquals(modified, Files.getLastModifiedTime(out.resolve("p00_fused.png")).toMillis());
		assertEquals(7, ResultTable.read(out.resolve(ResultTable.FILE)).size());
	}

	@Test
	void metricsBecomeColumns() throws Exception {
		final Path in = dir.resolve("in"), out = dir.resolve("out");
		PairGenerator.write(in, 2, 32, 0);
		SparkBatch.run(sc, Manifest.pairs(in), new FuseSettings(out, "average", null, "EN,Qabf", false), 0);
		final List<String> lines = Files.readAllLines(out.resolve(ResultTable.FILE));
		assertEquals("pair,method,status,message,seconds,output,EN,Qabf", lines.get(0));
		assertEquals(3, lines.size());
		assertTrue(lines.get(1).matches("p00,average,ok,,[0-9.]+,p00_fused.png,[0-9.]+,[0-9.]+"), lines.get(1));
	}

	@Test
	void aRetriedTaskLeavesNoPartialFileAndNoSecondRow() throws Exception {
		final Path in = dir.resolve("in"), out = dir.resolve("out");
		PairGenerator.write(in, 6, 32, 0);
		final BatchSummary s;
		sc.setLogLevel("OFF"); // the simulated losses would log stack traces
		try {
			s = SparkBatch.run(sc, Manifest.pairs(in), new FuseSettings(out, "average", null, null, false), 2, FailingFirstAttempt::new);
		}
		finally {
			sc.setLogLevel("WARN");
		}
		assertEquals(6, s.fused());
		final List<PairRow> rows = ResultTable.read(out.resolve(ResultTable.FILE));
		assertEquals(6, rows.size());
		assertTrue(rows.stream().anyMatch(r -> r.message().contains("earlier attempt")), rows.toString());
		try (Stream<Path> files = Files.walk(out)) {
			assertEquals(List.of(), files.filter(f -> f.getFileName().toString().contains(".part")).collect(Collectors.toList()));
		}
	}

	@Test
	void anOutputThatIsNoFolderStopsTheJobBeforeItStarts() throws Exception {
		final Path in = dir.resolve("in"), out = dir.resolve("out.txt");
		PairGenerator.write(in, 1, 32, 0);
		Files.writeString(out, "x");
		final IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
			() -> SparkBatch.run(sc, Manifest.pairs(in), new FuseSettings(out, "average", null, null, false), 0));
		assertTrue(e.getMessage().contains("not a folder"));
		assertFalse(new File(dir.toFile(), "out.txt/" + ResultTable.FILE).exists());
	}

	private static PairRow row(final List<PairRow> rows, final String pair) {
		return rows.stream().filter(r -> r.pair().equals(pair)).findFirst().orElseThrow();
	}

	/** The real task, but the first attempt of each task fails after its pairs were written (an executor lost late). */
	static final class FailingFirstAttempt extends FusePartition {

		private static final long serialVersionUID = 1L;

		FailingFirstAttempt(final FuseSettings settings) {
			super(settings);
		}

		@Override
		public Iterator<PairRow> call(final Iterator<PairTask> tasks) {
			final Iterator<PairRow> rows = super.call(tasks);
			if (TaskContext.get().attemptNumber() == 0) throw new IllegalStateException("executor lost (simulated)");
			return rows;
		}
	}
}
