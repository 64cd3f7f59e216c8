package org.nmfusion.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import ij.ImagePlus;
import ij.io.FileSaver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nmfusion.testutil.TestImages;
import org.nmfusion.util.CsvTable;

class BenchmarkSubcommandTest {

	@TempDir
	Path dir;

	private void png(final Path p, final ImagePlus imp) throws Exception {
		Files.createDirectories(p.getParent());
		new FileSaver(imp).saveAsPng(p.toString());
	}

	@Test
	void scoresMethodsAndPeersPerGroupAndResumes() throws Exception {
		final Path data = dir.resolve("data"), peers = dir.resolve("peers"), out = dir.resolve("out");
		for (final String p : List.of("g1/p1", "g1/p2", "g2/sub/q1")) {
			png(data.resolve(p + "_A.png"), TestImages.gray8(40, 32, p.hashCode()));
			png(data.resolve(p + "_B.png"), TestImages.gray8(40, 32, p.hashCode() + 1));
		}
		png(peers.resolve("tool/g1/p2.png"), TestImages.gray8(40, 32, 99));
		CliRun.Result r = CliRun.run("benchmark", "--data", data.toString(), "--methods", "average,pca", "--peers", peers.toString(), "--metrics",
			"EN,Qabf,Qcv", "-o", out.toString());
		assertEquals(0, r.code, r.err);
		final List<String> csv = Files.readAllLines(out.resolve("results.csv"));
		assertEquals("group,pair,method,seconds,EN,Qabf,Qcv", csv.get(0));
		assertEquals(1 + 3 * 2 + 1, csv.size(), String.join("\n", csv));
		assertTrue(csv.stream().anyMatch(l -> l.startsWith("g1,p2,tool,,")), String.join("\n", csv));
		assertTrue(csv.stream().anyMatch(l -> l.startsWith("g2/sub,q1,pca,")), String.join("\n", csv));
		final String summary = Files.readString(out.resolve("summary.md"));
		assertTrue(summary.contains("## g1") && summary.contains("## g2/sub") && summary.contains("Qcv \u2193") && summary.contains("**"),
			summary);
		for (final String chart : List.of("chart-Qabf.png", "chart-seconds.png"))
			assertTrue(Files.size(out.resolve(chart)) > 1000, chart);
		assertTrue(r.err.contains("[3/3]") && r.err.contains("pairs/s"), r.err);

		r = CliRun.run("benchmark", "--data", data.toString(), "--methods", "average,pca", "--peers", peers.toString(), "--metrics",
			"EN,Qabf,Qcv", "-o", out.toString());
		assertEquals(0, r.code, r.err);
		assertEquals(csv, Files.readAllLines(out.resolve("results.csv")), "a re-run adds nothing");
		assertTrue(r.err.contains("already done"), r.err);

		r = CliRun.run("benchmark", "--data", data.toString(), "--methods", "magic", "-o", out.toString());
		assertEquals(2, r.code, r.err);
	}

	/** A pair whose name holds a comma and quotes is quoted in results.csv and read back when a killed run resumes. */
	@Test
	void aPairNamedWithACommaAndQuotesSurvivesAKilledAndResumedRun() throws Exception {
		final Path data = dir.resolve("data"), out = dir.resolve("out");
		final String odd = "a,b \"c\"";
		png(data.resolve("g/" + odd + "_A.png"), TestImages.gray8(40, 32, 1));
		png(data.resolve("g/" + odd + "_B.png"), TestImages.gray8(40, 32, 2));
		// the state a run killed after its first pair leaves: results.csv with that pair's rows only
		CliRun.Result r = CliRun.run("benchmark", "--data", data.toString(), "--methods", "average", "--metrics", "EN,Qabf", "-o", out.toString());
		assertEquals(0, r.code, r.err);
		final List<List<String>> killed = CsvTable.read(out.resolve("results.csv"));
		png(data.resolve("g/p2_A.png"), TestImages.gray8(40, 32, 3));
		png(data.resolve("g/p2_B.png"), TestImages.gray8(40, 32, 4));
		r = CliRun.run("benchmark", "--data", data.toString(), "--methods", "average", "--metrics", "EN,Qabf", "-o", out.toString());
		assertEquals(0, r.code, r.err);
		assertTrue(r.err.contains("already done"), r.err);
		final List<List<String>> resumed = CsvTable.read(out.resolve("results.csv"));
		assertEquals(List.of("g", odd, "average"), resumed.get(1).subList(0, 3));
		assertEquals(killed.get(1), resumed.get(1), "the killed run's row is kept as it was");
		assertEquals(List.of("g", "p2", "average"), resumed.get(2).subList(0, 3));
		assertEquals(3, resumed.size());
	}
}
