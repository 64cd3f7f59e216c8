package org.nmfusion.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line in local mode: a manifest in, outputs and the results table out; bad usage stops before Spark starts. */
class NMFusionSparkTest {

	@TempDir
	Path dir;

	@Test
	void fusesAManifestLocally() throws Exception {
		PairGenerator.write(dir.resolve("img"), 2, 32, 0);
		final Path manifest = dir.resolve("pairs.csv");
		Files.writeString(manifest, "name,a,b\nset1/first,img/p00_A.png,img/p00_B.png\nsecond,img/p01_A.png,img/missing.png\n");
		final Run r = run("fuse", "--data", manifest.toString(), "-o", dir.resolve("out").toString(), "--method", "average", "--master",
			"local[2]", "--conf", "spark.ui.enabled=false");
		assertEquals(0, r.code, r.err);
		assertTrue(r.out.contains("2 pairs: 1 fused, 0 done before, 0 skipped (output exists), 1 failed"), r.out);
		assertTrue(Files.exists(dir.resolve("out/set1/first_fused.png")));
		final List<PairRow> rows = ResultTable.read(dir.resolve("out").resolve(ResultTable.FILE));
		assertEquals("set1/first: ok", rows.get(1).toString());
		assertTrue(rows.get(0).message().contains("missing.png"), rows.get(0).message());
	}

	@Test
	void badUsageExitsWithTwo() throws Exception {
		PairGenerator.write(dir.resolve("img"), 1, 32, 0);
		Run r = run("fuse", "--data", dir.resolve("img").toString(), "-o", dir.resolve("out").toString(), "--method", "nope");
		assertEquals(2, r.code, r.err);
		assertTrue(r.err.startsWith("nmfusion-spark: error: "), r.err);
		r = run("fuse", "--data", dir.resolve("img").toString());
		assertEquals(2, r.code, r.err);
	}

	private static Run run(final String... args) {
		final PrintStream out = System.out, err = System.err;
		final ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
		try {
			System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
			System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
			final int code = NMFusionSpark.execute(args);
			return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
		}
		finally {
			System.setOut(out);
			System.setErr(err);
		}
	}

	private static final class Run {
		final int code;
		final String out, err;

		Run(final int code, final String out, final String err) {
			this.code = code;
			this.out = out;
			this.err = err;
		}
	}
}
