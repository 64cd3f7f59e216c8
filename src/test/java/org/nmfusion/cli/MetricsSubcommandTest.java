package org.nmfusion.cli;

import static org.nmfusion.cli.CliRun.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import ij.ImagePlus;
import ij.io.FileSaver;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nmfusion.metrics.FusionMetrics;
import org.nmfusion.metrics.GrayImage;
import org.nmfusion.testutil.TestImages;

class MetricsSubcommandTest {

	@TempDir
	Path dir;

	private Path a, b, f;
	private GrayImage ga, gb, gf;

	private Path png(String name, ImagePlus imp) {
		final Path p = dir.resolve(name);
		assertTrue(new FileSaver(imp).saveAsPng(p.toString()));
		return p;
	}

	private static GrayImage gray(ImagePlus imp) {
		final byte[] p = (byte[]) imp.getProcessor().getPixels();
		final double[] d = new double[p.length];
		for (int i = 0; i < d.length; i++) d[i] = p[i] & 0xff;
		return new GrayImage(d, imp.getWidth(), imp.getHeight());
	}

	@BeforeEach
	void files() {
		final ImagePlus ia = TestImages.gray8(64, 48, 1), ib = TestImages.gray8(64, 48, 2), iff = TestImages.gray8(64, 48, 3);
		a = png("a.png", ia);
		b = png("b.png", ib);
		f = png("f.png", iff);
		ga = gray(ia);
		gb = gray(ib);
		gf = gray(iff);
	}

	@Test
	void tsvHasHeaderAndOneValueLine() {
		final CliRun.Result r = run("metrics", a.toString(), b.toString(), f.toString());
		assertEquals(0, r.code, r.err);
		final String[] lines = r.out.split("\n");
		assertEquals(2, lines.length, r.out);
		assertEquals(String.join("\t", FusionMetrics.names()), lines[0]);
		final String[] values = lines[1].split("\t");
		final Map<String, Double> direct = FusionMetrics.evaluate(ga, gb, gf, FusionMetrics.all());
		int i = 0;
		for (double v : direct.values()) {
			assertEquals(String.format(Locale.ROOT, "%.6f", v), values[i++]);
		}
	}

	@Test
	void jsonWithSelection() {
		final CliRun.Result r = run("metrics", a.toString(), b.toString(), f.toString(), "--metrics", "qabf,en", "--format", "json");
		assertEquals(0, r.code, r.err);
		final String out = r.out.trim();
		assertTrue(out.startsWith("{\"Qabf\": ") && out.endsWith("}") && out.contains(", \"EN\": "), out);
		final double en = Double.parseDouble(out.substring(out.indexOf("\"EN\": ") + 6, out.length() - 1));
		assertEquals(FusionMetrics.byName("EN").get(0).compute(ga, gb, gf), en, 0.0);
	}

	@Test
	void usageErrorsExitWith2() {
		CliRun.Result r = run("metrics", a.toString(), b.toString(), f.toString(), "--format", "xml");
		assertEquals(2, r.code);
		assertTrue(r.err.contains("--format must be tsv or json"), r.err);
		r = run("metrics", a.toString(), b.toString(), f.toString(), "--metrics", "EN,bogus");
		assertEquals(2, r.code);
		assertTrue(r.err.contains("unknown metric 'bogus'") && r.err.contains("Qncie"), r.err);
		assertEquals(2, run("metrics", a.toString(), b.toString()).code, "missing F");
		assertEquals("", run("metrics", a.toString(), b.toString()).out);
	}

	@Test
	void failuresExitWith1AndOneErrorLine() {
		CliRun.Result r = run("metrics", a.toString(), dir.resolve("missing.png").toString(), f.toString());
		assertEquals(1, r.code);
		assertEquals("nmfusion: error: file not found: " + dir.resolve("missing.png"), r.err.trim());
		final Path small = png("small.png", TestImages.gray8(64, 47, 4));
		r = run("metrics", a.toString(), small.toString(), f.toString());
		assertEquals(1, r.code);
		assertTrue(r.err.startsWith("nmfusion: error: ") && r.err.contains("size mismatch"), r.err);
		assertEquals(1, r.err.trim().split("\n").length, r.err);
		assertEquals("", r.out);
	}

	@Test
	void helpListsTheSubcommand() {
		final CliRun.Result r = run("--help");
		assertEquals(0, r.code);
		assertTrue(r.out.contains("metrics"), r.out);
	}

	/** A metric that cannot be computed is NaN in the table, and a note on stderr says why; stdout stays one table. */
	@Test
	void nanValuesComeWithANoteOnStderr() {
		final ImagePlus flat = new ImagePlus("flat", new ij.process.ByteProcessor(64, 48));
		flat.getProcessor().setValue(100);
		flat.getProcessor().fill();
		final Path fa = png("fa.png", flat), fb = png("fb.png", flat.duplicate());
		final CliRun.Result r = run("metrics", fa.toString(), fb.toString(), fa.toString(), "--metrics", "NMI,EN");
		assertEquals(0, r.code, r.err);
		assertEquals(2, r.out.split("\n").length, r.out);
		assertTrue(r.out.split("\n")[1].startsWith("NaN"), r.out);
		assertTrue(r.err.contains("nmfusion: note: NMI: image A is constant"), r.err);
		assertTrue(!r.err.contains("EN"), "EN has a value: no note for it\n" + r.err);
	}
}
