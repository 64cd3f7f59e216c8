package org.nmfusion.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import ij.ImagePlus;
import ij.io.FileSaver;
import ij.process.ByteProcessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A benchmark re-run after a kill: the temporary files the killed run left (results.csv, summary.md or a chart cut
 * off while written) are removed, and only the (pair, method) rows results.csv lacks are computed, each once.
 */
class BenchmarkResumeTest {

	private static final List<String> METRICS = List.of("MI", "Qabf");

	@TempDir
	Path dir;

	private Path data() throws IOException {
		final Path data = Files.createDirectories(dir.resolve("data/group"));
		for (final String pair : List.of("p1", "p2", "p3"))
			for (final String side : List.of("A", "B")) {
				final ByteProcessor bp = new ByteProcessor(8, 6);
				bp.set(pair.hashCode() + side.hashCode() & 255);
				assertTrue(new FileSaver(new ImagePlus(side, bp)).saveAsPng(data.resolve(pair + "_" + side + ".png").toString()));
			}
		return data.getParent();
	}

	private static List<BenchmarkRow> run(final Path data, final Path out, final List<String> fused) throws IOException {
		final Benchmark.Setup s = new Benchmark.Setup(data, List.of("m1", "m2"), null, out, METRICS, new boolean[] { true, true });
		return Benchmark.run(s, (a, b, method) -> {
			fused.add(a.getTitle() + " " + method);
			return a;
		}, (a, b) -> f -> new double[] { 1, 2 }, null, null);
	}

	private static List<String> names(final Path out) throws IOException {
		try (Stream<Path> files = Files.list(out)) {
			return files.map(f -> f.getFileName().toString()).sorted().collect(Collectors.toList());
		}
	}

	@Test
	void aRerunRemovesTheKilledRunsTemporariesAndComputesOnlyMissingRows() throws IOException {
		final Path data = data(), out = dir.resolve("out");
		final List<String> fused = new ArrayList<>();
		final List<BenchmarkRow> all = run(data, out, fused);
		assertEquals(6, all.size());
		final List<String> complete = names(out);

		// a killed run: results.csv with the first pair only, and half-written temporaries of results.csv and a chart
		ResultsCsv.write(out.resolve("results.csv"), METRICS, all.subList(0, 2));
		Files.writeString(out.resolve(".results.csv.3f2a9c.part.csv"), "group,pair,meth");
		Files.write(out.resolve(".chart-MI.png.1b.part.png"), new byte[] { (byte) 0x89, 'P', 'N' });
		Files.delete(out.resolve("summary.md"));
		fused.clear();
		final List<BenchmarkRow> resumed = run(data, out, fused);

		assertEquals(4, fused.size(), "only the two missing pairs, each method once: " + fused);
		assertEquals(complete, names(out), "no temporary left, every output back");
		assertFalse(names(out).stream().anyMatch(n -> n.contains(".part")));
		final List<String> keys = ResultsCsv.read(out.resolve("results.csv"), METRICS).stream().map(BenchmarkRow::key).collect(Collectors.toList());
		assertEquals(all.stream().map(BenchmarkRow::key).collect(Collectors.toList()), keys, "each (pair, method) once, in order");
		assertEquals(6, resumed.size());
	}
}
