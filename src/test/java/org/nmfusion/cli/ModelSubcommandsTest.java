package org.nmfusion.cli;

import static org.junit.jupiter.api.Assertions.*;
import static org.nmfusion.cli.CliRun.run;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nmfusion.train.tf.ModelExporter;
import org.nmfusion.train.tf.TinyModel;

/** {@code nmfusion evaluate} and {@code nmfusion export-model} on the tiny test model. */
class ModelSubcommandsTest {

	@TempDir
	Path dir;

	@Test
	void evaluateWritesAndPrintsTheReport() throws Exception {
		final Path model = copy(TinyModel.modelDir().toPath(), dir.resolve("model"));
		final CliRun.Result r = run("evaluate", "--images", TinyModel.imageDir().toString(), "--holdout", "img03.png",
			"--model", model.toString(), "--pairs", "200");
		assertEquals(0, r.code, r.err);
		assertTrue(r.out.contains("| overall | 200 |"), r.out);
		final String report = read(model.resolve("MODEL_REPORT.md"));
		assertTrue(report.contains("| overall | 200 |") && report.contains("img03.png"), report);
		assertTrue(report.contains("(widths 8,16,16)"), report);
		assertTrue(read(model.resolve("model-files.txt")).contains("MODEL_REPORT.md"));
		assertNoPartFiles(model);
	}

	@Test
	void exportModelKeepsTheWeightsAndReports() throws Exception {
		final File old = TinyModel.modelDir();
		final Path to = dir.resolve("new");
		final CliRun.Result r = run("export-model", "--from", old.toString(), "--to", to.toString());
		assertEquals(0, r.code, r.err);
		assertTrue(r.out.contains("re-exported " + old + " -> " + to), r.out);
		assertEquals(read(old.toPath().resolve("TRAINING.md")), read(to.resolve("TRAINING.md")));
		assertEquals(read(old.toPath().resolve("MODEL_REPORT.md")), read(to.resolve("MODEL_REPORT.md")));
		assertTrue(read(to.resolve("nmfusion-model.properties")).contains("widths=8,16,16"));
		final String files = read(to.resolve("model-files.txt"));
		assertTrue(files.contains("saved_model.pb") && files.contains("TRAINING.md"), files);
		final Map<String, float[]> a = ModelExporter.readWeights(old), b = ModelExporter.readWeights(to.toFile());
		assertEquals(a.keySet(), b.keySet());
		for (String k : a.keySet()) assertArrayEquals(a.get(k), b.get(k), k);
		assertNoPartFiles(to);

		final CliRun.Result again = run("export-model", "--from", old.toString(), "--to", to.toString());
		assertEquals(1, again.code);
		assertEquals("nmfusion: error: output folder " + to + " is not empty; use --overwrite to replace its contents", again.err.trim());

		Files.writeString(to.resolve("stale.txt"), "from an earlier export");
		final CliRun.Result replaced = run("export-model", "--from", old.toString(), "--to", to.toString(), "--overwrite");
		assertEquals(0, replaced.code, replaced.err);
		assertFalse(Files.exists(to.resolve("stale.txt")), "the folder is replaced as a whole");
		assertTrue(Files.isRegularFile(to.resolve("saved_model.pb")));
		assertNoPartFiles(dir);

		final CliRun.Result self = run("export-model", "--from", to.toString(), "--to", to.toString(), "--overwrite");
		assertEquals(1, self.code);
		assertEquals("nmfusion: error: output " + to + " is an input folder; choose another output", self.err.trim());
		assertTrue(Files.isRegularFile(to.resolve("saved_model.pb")), "the input model is kept");
		final CliRun.Result parent = run("export-model", "--from", to.toString(), "--to", dir.toString(), "--overwrite");
		assertEquals(1, parent.code);
		assertTrue(parent.err.contains("contains the input"), parent.err);
	}

	@Test
	void badParametersGiveExitCode2AndBadInputExitCode1() throws Exception {
		final String images = TinyModel.imageDir().toString(), model = TinyModel.modelDir().toString();
		CliRun.Result r = run("evaluate", "--images", images, "--holdout", "img03.png", "--model", model, "--pairs", "1");
		assertEquals(2, r.code);
		assertTrue(r.err.contains("--pairs must be >= 2"), r.err);
		assertEquals(2, run("evaluate", "--images", images, "--holdout", "img03.png").code, "missing --model");
		assertEquals(2, run("evaluate", "--images", images, "--holdout", ",", "--model", model).code);
		assertEquals(2, run("export-model", "--from", model).code, "missing --to");
		assertEquals(2, run("train", "--images", images, "--out", dir.toString(), "--stop-at", "0").code);
		assertEquals(2, run("train", "--images", images, "--out", dir.toString(), "--steps", "x").code);

		r = run("evaluate", "--images", images, "--holdout", "nope.png", "--model", model, "--pairs", "10");
		assertEquals(1, r.code);
		assertEquals("nmfusion: error: hold-out image nope.png not found in " + images, r.err.trim());
		r = run("export-model", "--from", dir.resolve("missing").toString(), "--to", dir.resolve("new").toString());
		assertEquals(1, r.code);
		assertTrue(r.err.startsWith("nmfusion: error: not an NMFusion model folder"), r.err);
		assertFalse(Files.exists(dir.resolve("new")));
	}

	private static String read(Path p) throws IOException {
		return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
	}

	private static void assertNoPartFiles(Path folder) throws IOException {
		try (Stream<Path> s = Files.walk(folder)) {
			assertTrue(s.noneMatch(p -> p.getFileName().toString().endsWith(".part") ||
				p.getFileName().toString().contains(".part.")), "temporary files left in " + folder);
		}
	}

	private static Path copy(Path from, Path to) throws IOException {
		try (Stream<Path> s = Files.walk(from)) {
			for (Path p : (Iterable<Path>) s::iterator) Files.copy(p, to.resolve(from.relativize(p).toString()));
		}
		return to;
	}
}
