package org.nmfusion.commands;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import ij.ImagePlus;
import ij.measure.ResultsTable;
import ij.process.ByteProcessor;
import ij.process.ShortProcessor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nmfusion.metrics.FusionMetrics;
import org.nmfusion.metrics.GrayImage;
import org.nmfusion.service.NMFusionService;
import org.nmfusion.testutil.TestImages;
import org.scijava.command.CommandModule;

class FusionQualityCommandTest extends HeadlessCommandTest {

	@TempDir
	Path dir;

	private static CommandModule run(Object... inputs) throws Exception {
		return runCommand(FusionQualityCommand.class, inputs);
	}

	private static GrayImage gray(ImagePlus imp) {
		final byte[] p = (byte[]) imp.getProcessor().getPixels();
		final double[] d = new double[p.length];
		for (int i = 0; i < d.length; i++) d[i] = p[i] & 0xff;
		return new GrayImage(d, imp.getWidth(), imp.getHeight());
	}

	@Test
	void allMetricsAsOneResultsTableRow() throws Exception {
		final ImagePlus a = TestImages.gray8(64, 60, 1), b = TestImages.gray8(64, 60, 2), f = TestImages.gray8(64, 60, 3);
		f.setTitle("fused.png");
		final byte[] before = ((byte[]) a.getProcessor().getPixels()).clone();
		final CommandModule m = run("source_a", a, "source_b", b, "fused", f, "metrics", "all");
		assertFalse(m.isCanceled(), String.valueOf(m.getCancelReason()));
		final ResultsTable t = (ResultsTable) m.getOutput("results");
		assertEquals(1, t.size());
		assertEquals("fused.png", t.getLabel(0));
		@SuppressWarnings("unchecked")
		final LinkedHashMap<String, Double> values = (LinkedHashMap<String, Double>) m.getOutput("values");
		assertEquals(FusionMetrics.names(), new ArrayList<>(values.keySet()));
		final LinkedHashMap<String, Double> direct = FusionMetrics.evaluate(gray(a), gray(b), gray(f), FusionMetrics.all());
		assertEquals(direct, values);
		assertArrayEquals(before, (byte[]) a.getProcessor().getPixels(), "input not modified");
	}

	@Test
	void selectionAndCsvExport() throws Exception {
		final ImagePlus a = TestImages.gray8(40, 40, 4), b = TestImages.gray8(40, 40, 5), f = TestImages.gray8(40, 40, 6);
		final File csv = dir.resolve("q.csv").toFile();
		final CommandModule m = run("source_a", a, "source_b", b, "fused", f, "metrics", "qabf, EN", "csv_file", csv);
		final LinkedHashMap<String, Double> values = values(m);
		assertEquals(List.of("Qabf", "EN"), new ArrayList<>(values.keySet()));
		final List<String> lines = Files.readAllLines(csv.toPath(), StandardCharsets.UTF_8);
		assertEquals(2, lines.size());
		assertEquals("Qabf,EN", lines.get(0));
		final String[] v = lines.get(1).split(",");
		assertEquals(values.get("Qabf"), Double.parseDouble(v[0]), 5e-7);
		assertEquals(values.get("EN"), Double.parseDouble(v[1]), 5e-7);
		assertEquals(FusionMetrics.byName("EN").get(0).compute(gray(a), gray(b), gray(f)), values.get("EN"), 0.0);
	}

	@Test
	void rgbSourceIsConvertedWithTheReferenceRule() throws Exception {
		final ImagePlus rgb = TestImages.rgb(32, 32, 7);
		final int[] px = (int[]) rgb.getProcessor().getPixels();
		final double[] g = new double[px.length];
		for (int i = 0; i < px.length; i++) {
			final int r = (px[i] >> 16) & 0xff, gr = (px[i] >> 8) & 0xff, bl = px[i] & 0xff;
			final double v = (r / 255.0 * 0.298936 + gr / 255.0 * 0.587043 + bl / 255.0 * 0.114021) * 255.0;
			g[i] = Math.floor(v + 0.5); // v >= 0: half away from zero
		}
		final ImagePlus b = TestImages.gray8(32, 32, 8), f = TestImages.gray8(32, 32, 9);
		final CommandModule m = run("source_a", rgb, "source_b", b, "fused", f, "metrics", "MI,CE");
		final LinkedHashMap<String, Double> values = values(m);
		assertEquals(FusionMetrics.evaluate(new GrayImage(g, 32, 32), gray(b), gray(f), FusionMetrics.byName("MI,CE")),
			values);
	}

	@Test
	void badInputCancelsWithTheReason() throws Exception {
		final ImagePlus a = TestImages.gray8(40, 40, 4), f = TestImages.gray8(40, 40, 6);
		CommandModule m = run("source_a", a, "source_b", TestImages.gray8(40, 39, 5), "fused", f, "metrics", "all");
		assertTrue(m.isCanceled());
		assertTrue(m.getCancelReason().contains("size mismatch"), m.getCancelReason());
		assertNull(m.getOutput("results"));

		m = run("source_a", a, "source_b", a, "fused", f, "metrics", "EN,nope");
		assertTrue(m.isCanceled());
		assertTrue(m.getCancelReason().contains("unknown metric 'nope'") && m.getCancelReason().contains("Qabf"),
			m.getCancelReason());

		final short[] big = new short[40 * 40];
		big[3] = 1000;
		final ImagePlus wide = new ImagePlus("wide16", new ShortProcessor(40, 40, big, null));
		m = run("source_a", a, "source_b", wide, "fused", f, "metrics", "EN");
		assertTrue(m.isCanceled());
		assertTrue(m.getCancelReason().contains("0..255") && m.getCancelReason().contains("wide16"), m.getCancelReason());

		// 16-bit within 0..255 is accepted and equals the 8-bit result
		final short[] s = new short[40 * 40];
		final byte[] p = (byte[]) a.getProcessor().getPixels();
		for (int i = 0; i < s.length; i++) s[i] = (short) (p[i] & 0xff);
		m = run("source_a", new ImagePlus("a16", new ShortProcessor(40, 40, s, null)), "source_b", a, "fused", f,
			"metrics", "SSIM");
		assertFalse(m.isCanceled(), String.valueOf(m.getCancelReason()));
		assertEquals(FusionMetrics.byName("SSIM").get(0).compute(gray(a), gray(a), gray(f)),
			values(m).get("SSIM"), 0.0);
	}

	@Test
	void serviceApiMatchesTheCommand() {
		final NMFusionService s = context.service(NMFusionService.class);
		final ImagePlus a = TestImages.gray8(48, 48, 1), b = TestImages.gray8(48, 48, 2);
		final ImagePlus f = new ImagePlus("f", new ByteProcessor(48, 48, ((byte[]) a.getProcessor().getPixels()).clone()));
		final LinkedHashMap<String, Double> v = s.metrics(a, b, f);
		assertEquals(20, v.size());
		assertEquals(FusionMetrics.evaluate(gray(a), gray(b), gray(f), FusionMetrics.all()), v);
		assertEquals(v.get("EN"), s.metricsTable(a, b, f, "EN").getValue("EN", 0), 0.0);
	}

	@SuppressWarnings("unchecked")
	private static LinkedHashMap<String, Double> values(final CommandModule m) {
		return (LinkedHashMap<String, Double>) m.getOutput("values");
	}
}
