package org.nmfusion.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultTableTest {

	@TempDir
	Path dir;

	@Test
	void writesAndReadsRowsWithMetricsAndQuotedMessages() throws Exception {
		final Map<String, Double> m = new LinkedHashMap<>();
		m.put("EN", 4.95);
		m.put("MI", 1.72);
		final List<PairRow> rows = List.of(new PairRow("g/p1", "cnn-nmf", PairRow.OK, "", 0.1234, "g/p1_fused.png", m),
			new PairRow("p2", "cnn-nmf", PairRow.FAILED, "could not read \"p2_B.png\", truncated\nfile", 0.01, "", null));
		final Path file = dir.resolve(ResultTable.FILE);
		ResultTable.write(file, rows);
		final List<String> lines = Files.readAllLines(file);
		assertEquals("pair,method,status,message,seconds,output,EN,MI", lines.get(0));
		assertEquals("g/p1,cnn-nmf,ok,,0.123,g/p1_fused.png,4.95,1.72", lines.get(1));
		final List<PairRow> back = ResultTable.read(file);
		assertEquals(2, back.size());
		assertEquals("could not read \"p2_B.png\", truncated file", back.get(1).message());
		assertEquals(1.72, back.get(0).metrics().get("MI"));
		assertTrue(back.get(1).metrics().isEmpty());
	}

	@Test
	void mergeKeepsOneRowPerPairTheNewestWinning() {
		final List<PairRow> previous = List.of(row("b", PairRow.OK), row("a", PairRow.FAILED));
		final List<PairRow> fresh = List.of(row("a", PairRow.OK), row("c", PairRow.FAILED), row("c", PairRow.OK));
		final List<PairRow> merged = ResultTable.merge(previous, fresh);
		assertEquals(3, merged.size());
		assertEquals("a: ok", merged.get(0).toString());
		assertEquals("b: ok", merged.get(1).toString());
		assertEquals("c: ok", merged.get(2).toString());
	}

	@Test
	void aRowIsDoneOnlyWhenFusedAndItsOutputIsThere() throws Exception {
		final PairRow ok = new PairRow("p", "average", PairRow.OK, "", 0, "p_fused.png", null);
		assertFalse(ok.done(dir));
		Files.writeString(dir.resolve("p_fused.png"), "x");
		assertTrue(ok.done(dir));
		assertFalse(new PairRow("p", "average", PairRow.FAILED, "bad", 0, "p_fused.png", null).done(dir));
	}

	private static PairRow row(final String pair, final String status) {
		return new PairRow(pair, "average", status, "", 0, "", null);
	}
}
