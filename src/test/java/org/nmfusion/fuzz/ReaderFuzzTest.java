package org.nmfusion.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seeded subset of scripts/fuzz-readers (every seed once, the mutation kinds in turn) and the failing cases the
 * full runs found (src/test/resources/fuzz), each through fuse, metrics and denoise: exit 0 with complete output,
 * or exit 1/2 with one line naming the file, within 10 s.
 */
class ReaderFuzzTest {

	@TempDir
	Path dir;

	private static String describe(final ReaderFuzz.Case c, final List<ReaderFuzz.OpResult> rs) {
		return "case " + c.index + " " + c.format + " " + c.kind + " (" + c.what + "): "
			+ rs.stream().map(r -> r.op + " " + r.outcome + " " + r.code + " " + r.message).collect(Collectors.joining("; "));
	}

	@Test
	void everySeedOnceWithTheMutationKindsInTurnEndsCleanly() throws IOException {
		final ReaderFuzz fuzz = new ReaderFuzz(dir, Paths.get("src/test/resources/dicom"), 20);
		final int seeds = fuzz.seedCount();
		assertEquals(13, seeds, "12 generated seeds and the test DICOM");
		for (int s = 0; s < seeds; s++) {
			final ReaderFuzz.Case c = fuzz.make(s + seeds * (s % Mutations.KINDS.size()));
			final List<ReaderFuzz.OpResult> rs = fuzz.run(c);
			assertEquals(3, rs.size(), describe(c, rs));
			assertTrue(rs.stream().allMatch(ReaderFuzz.OpResult::passed), describe(c, rs));
		}
	}

	@Test
	void theCasesEarlierRunsFoundAreRefusedQuickly() throws IOException {
		final ReaderFuzz fuzz = new ReaderFuzz(dir, Paths.get("src/test/resources/dicom"), 20);
		final List<Path> kept;
		try (Stream<Path> s = Files.list(Paths.get("src/test/resources/fuzz"))) {
			kept = s.filter(p -> p.getFileName().toString().startsWith("c")).sorted().collect(Collectors.toList());
		}
		assertTrue(kept.size() >= 3, kept.toString());
		for (final Path file : kept) {
			final ReaderFuzz.Case c = fuzz.kept(file);
			final List<ReaderFuzz.OpResult> rs = fuzz.run(c);
			assertTrue(rs.size() == 3 && rs.stream().allMatch(ReaderFuzz.OpResult::passed), describe(c, rs));
			for (final ReaderFuzz.OpResult r : rs)
				assertTrue(r.millis < 2000, describe(c, rs));
		}
	}

	@Test
	void theJudgeTellsRefusalsFromDefects() {
		final Path f = Paths.get("/x/c1.tif"), out = Paths.get("/nonexistent/out.tif");
		assertEquals("refused", ReaderFuzz.judge("denoise", 1, "nmfusion: error: corrupt TIFF: /x/c1.tif: tag 273\n", "", f, out));
		assertEquals("unnamed", ReaderFuzz.judge("denoise", 1, "nmfusion: error: something broke\n", "", f, out));
		assertEquals("internal-error",
			ReaderFuzz.judge("denoise", 1, "nmfusion: error: internal error NegativeArraySizeException: -1 /x/c1.tif\n", "", f, out));
		assertEquals("stack-trace",
			ReaderFuzz.judge("denoise", 1, "nmfusion: error: x /x/c1.tif\n\tat ij.io.Opener.open(Opener.java:1)\n", "", f, out));
		assertEquals("multi-line", ReaderFuzz.judge("denoise", 1, "nmfusion: error: x /x/c1.tif\nmore\n", "", f, out));
		assertEquals("bad-exit", ReaderFuzz.judge("denoise", 3, "", "", f, out));
		assertEquals("incomplete-output", ReaderFuzz.judge("denoise", 0, "", "", f, out));
		assertEquals("incomplete-output", ReaderFuzz.judge("metrics", 0, "", "EN\tMI\n1.0\n", f, out));
		assertEquals("ok", ReaderFuzz.judge("metrics", 0, "", "EN\tMI\n1.0\t2.0\n", f, out));
	}
}
