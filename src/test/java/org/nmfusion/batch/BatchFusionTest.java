package org.nmfusion.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import ij.io.FileSaver;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nmfusion.testutil.TestImages;
import org.nmfusion.util.CsvTable;

class BatchFusionTest {

	@TempDir
	Path dir;

	private FusionPair pair(final String group, final String name) throws IOException {
		final Path folder = Files.createDirectories(dir.resolve("in").resolve(group));
		final Path a = folder.resolve(name + "_A.png"), b = folder.resolve(name + "_B.png");
		new FileSaver(TestImages.gray8(16, 16, name.hashCode())).saveAsPng(a.toString());
		new FileSaver(TestImages.gray8(16, 16, name.hashCode() + 1)).saveAsPng(b.toString());
		return new FusionPair(group, name, a, b);
	}

	@Test
	void aPairTooLargeForTheHeapFailsAloneAndTheBatchGoesOn() throws IOException {
		final List<FusionPair> pairs = List.of(pair("", "p1"), pair("", "huge"), pair("", "p3"));
		final List<PairOutcome> outcomes = BatchFusion.run(pairs, dir.resolve("out"), (a, b) -> {
			if (a.getTitle().startsWith("huge")) throw new OutOfMemoryError("Java heap space");
			return a;
		}, "identity", false, null, null);
		assertEquals(List.of(PairOutcome.Status.OK, PairOutcome.Status.FAILED, PairOutcome.Status.OK),
			outcomes.stream().map(PairOutcome::status).collect(java.util.stream.Collectors.toList()));
		assertTrue(outcomes.get(1).message().startsWith("out of memory"), outcomes.get(1).message());
		final List<String> report = Files.readAllLines(dir.resolve("out").resolve(BatchFusion.REPORT));
		assertEquals("name,status,message,milliseconds,settings", report.get(0));
		assertTrue(report.get(1).endsWith(",identity"), "every row names what fused it: " + report.get(1));
	}

	@Test
	void temporariesOfAKilledRunAreRemovedFromTheOutputAndGroupFolders() throws IOException {
		final List<FusionPair> pairs = List.of(pair("", "p1"), pair("g/h", "q"));
		final Path out = Files.createDirectories(dir.resolve("out/g/h"));
		final Path stale = Files.writeString(dir.resolve("out/.p1_fused.png.abc123.part.png"), "half"),
			staleInGroup = Files.writeString(out.resolve(".q_fused.png.0f.part.png"), "half"),
			foreign = Files.writeString(out.resolve("notes.txt"), "kept");
		BatchFusion.run(pairs, dir.resolve("out"), (a, b) -> a, "identity", false, null, null);
		assertFalse(Files.exists(stale) || Files.exists(staleInGroup));
		assertTrue(Files.exists(foreign) && Files.exists(out.resolve("q_fused.png")));
	}

	/** A cancel that stops the fusion of a pair ends the batch there; that pair is neither written nor reported. */
	@Test
	void aCancelInsideAPairEndsTheBatchWithoutReportingThePairAsFailed() throws IOException {
		final List<FusionPair> pairs = List.of(pair("", "p1"), pair("", "p2"), pair("", "p3"));
		final java.util.concurrent.atomic.AtomicBoolean canceled = new java.util.concurrent.atomic.AtomicBoolean();
		final List<PairOutcome> outcomes = BatchFusion.run(pairs, dir.resolve("out"), (a, b) -> {
			if (a.getTitle().startsWith("p2")) { // the user cancels while p2 is being fused
				canceled.set(true);
				throw new org.nmfusion.fusion.method.FusionCanceledException();
			}
			return a;
		}, "identity", false, null, canceled::get);
		assertEquals(1, outcomes.size());
		assertEquals(PairOutcome.Status.OK, outcomes.get(0).status());
		assertFalse(Files.exists(dir.resolve("out/p2_fused.png")));
		assertFalse(Files.readString(dir.resolve("out/report.csv")).contains("p2"));
	}

	/** A pair whose name holds a comma and quotes keeps its name in report.csv across a killed and resumed batch. */
	@Test
	void aPairNamedWithACommaAndQuotesSurvivesAKilledAndResumedBatch() throws IOException {
		final String odd = "a,b \"c\"";
		final List<FusionPair> pairs = List.of(pair("", odd), pair("", "p2"));
		final Path out = dir.resolve("out");
		// killed after the first pair: its output and a report of that pair only
		final java.util.concurrent.atomic.AtomicBoolean killed = new java.util.concurrent.atomic.AtomicBoolean();
		BatchFusion.run(pairs, out, (a, b) -> a, "identity", false, (done, total, o) -> killed.set(true), killed::get);
		assertEquals(List.of(List.of("name", "status", "message", "milliseconds", "settings"), List.of(odd, "ok", "")),
			List.of(CsvTable.read(out.resolve("report.csv")).get(0), CsvTable.read(out.resolve("report.csv")).get(1).subList(0, 3)));
		final List<PairOutcome> resumed = BatchFusion.run(pairs, out, (a, b) -> a, "identity", false, null, null);
		assertEquals(List.of(PairOutcome.Status.SKIPPED, PairOutcome.Status.OK),
			resumed.stream().map(PairOutcome::status).collect(java.util.stream.Collectors.toList()));
		final List<List<String>> report = CsvTable.read(out.resolve("report.csv"));
		assertEquals(3, report.size());
		assertEquals(List.of(odd, "skipped"), report.get(1).subList(0, 2));
		assertTrue(Files.exists(out.resolve(odd + "_fused.png")));
	}
}
