package org.nmfusion.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Reproduces every value of the reference table metrics_ref.tsv (MEFB/VIFB toolbox under Octave 7.3,
 * printed with six decimals) for the 14 reference triples.
 */
class ReferenceAgreementTest {

	/** Default bound on |ours - ref| / |ref| for every value. */
	static final double BOUND = 1e-3;

	private static List<String> header;
	private static final Map<String, double[]> REFERENCE = new LinkedHashMap<>();
	private static final Map<String, GrayImage> CACHE = new LinkedHashMap<>();
	/** metric -> {worst relative error, triple} for the summary printed after the run. */
	private static final Map<String, Object[]> WORST = new LinkedHashMap<>();

	@BeforeAll
	static void readTable() throws IOException {
		List<String> lines = Files.readAllLines(ReferenceTriples.resource("metrics_ref.tsv").toPath(),
			StandardCharsets.UTF_8);
		header = List.of(lines.get(0).split("\t"));
		for (String line : lines.subList(1, lines.size())) {
			if (line.isBlank()) continue;
			String[] t = line.split("\t");
			double[] v = new double[t.length - 1];
			for (int i = 1; i < t.length; i++) v[i - 1] = Double.parseDouble(t[i]);
			REFERENCE.put(t[0], v);
		}
	}

	/**
	 * One looser bound, only where the reference toolbox analysis (docs/metrics.md, "Numerical fragility") shows that the reference value itself is
	 * floating-point noise: Qcb on the two cddfuse_15 triples (MRI-PET, 76 % exactly-zero background).
	 * There the CSF-filtered images are FFT round-off (~1e-14) and the local contrast a ratio of
	 * round-off values, so the value depends on FFTW's exact rounding, which is not emulated (our own
	 * FFT; measured deviation 4.8e-4; the spec's independent re-implementation deviates by 2.5e-3).
	 * The bound is that 2.5e-3. Qy and Qc, the other ill-conditioned metrics, need no looser bound:
	 * the Octave-exact filter2 emulation ({@link Filters#correlateValid}) reproduces them to the printed
	 * digits, including Qc = -3.737181 for ifcnn_iv_Kayak_Favg.
	 * Every other (metric, triple) must meet {@link #BOUND}.
	 */
	static double boundFor(String metric, String triple) {
		if (metric.equals("Qcb") && triple.startsWith("cddfuse_15_")) {
			return QCB_CDDFUSE15_BOUND;
		}
		return BOUND;
	}

	static final double QCB_CDDFUSE15_BOUND = 2.5e-3;

	/** Absolute bound for the well-conditioned values: twice the print rounding (5e-7) of metrics_ref.tsv. */
	static final double PRINT_ABS = 1e-6;

	static GrayImage image(String file) {
		return CACHE.computeIfAbsent(file, ReferenceTriples::gray);
	}

	@TestFactory
	List<DynamicTest> everyReferenceValue() {
		List<DynamicTest> tests = new ArrayList<>();
		for (Map.Entry<String, double[]> row : REFERENCE.entrySet()) {
			String triple = row.getKey();
			String stem = triple.substring(0, triple.lastIndexOf('_'));
			String fused = triple.substring(triple.lastIndexOf('_') + 1);
			for (int c = 1; c < header.size(); c++) {
				String metric = header.get(c);
				double expected = row.getValue()[c - 1];
				tests.add(DynamicTest.dynamicTest(triple + " " + metric, () -> {
					FusionMetric m = FusionMetrics.byName(metric).get(0);
					double got = m.compute(image(stem + "_A.png"), image(stem + "_B.png"),
						image(stem + "_" + fused + ".png"));
					double rel = Math.abs(got - expected) / Math.abs(expected);
					synchronized (WORST) {
						Object[] w = WORST.get(metric);
						double abs = Math.abs(got - expected);
						double maxAbs = w == null ? abs : Math.max(abs, (double) w[2]);
						if (w == null || rel > (double) w[0] || Double.isNaN(rel)) {
							WORST.put(metric, new Object[] { rel, triple, maxAbs });
						}
						else {
							w[2] = maxAbs;
						}
					}
					double bound = boundFor(metric, triple);
					assertTrue(rel <= bound, String.format(Locale.ROOT,
						"%s %s: got %.9f, reference %.6f, relative error %.3g > %.1g", triple, metric, got,
						expected, rel, bound));
					if (bound == BOUND) {
						// stronger regression guard: within twice the reference's 6-decimal print rounding
						assertTrue(Math.abs(got - expected) <= PRINT_ABS, String.format(Locale.ROOT,
							"%s %s: got %.9f, reference %.6f, absolute error %.3g > %.1g", triple, metric, got,
							expected, Math.abs(got - expected), PRINT_ABS));
					}
				}));
			}
		}
		return tests;
	}

	@Test
	void tableCoversAllMetricsInOrder() {
		assertEquals(FusionMetrics.names(), header.subList(1, header.size()));
		assertEquals(14, REFERENCE.size());
	}

	/** ImageJ must hand us exactly the 8-bit values stored in the PNGs (no LUT/calibration effects). */
	@Test
	void imageJReadsTheRawPngValues() throws IOException {
		for (String triple : REFERENCE.keySet()) {
			String stem = triple.substring(0, triple.lastIndexOf('_'));
			for (String part : new String[] { "A", "B", triple.substring(triple.lastIndexOf('_') + 1) }) {
				String file = stem + "_" + part + ".png";
				BufferedImage bi = ImageIO.read(ReferenceTriples.resource(file));
				Raster r = bi.getRaster();
				assertEquals(1, r.getNumBands(), file);
				GrayImage g = image(file);
				assertEquals(bi.getWidth(), g.width());
				assertEquals(bi.getHeight(), g.height());
				for (int y = 0; y < g.height(); y++) {
					for (int x = 0; x < g.width(); x++) {
						if (r.getSample(x, y, 0) != (int) g.get(x, y)) {
							throw new AssertionError(file + " differs at " + x + "," + y);
						}
					}
				}
			}
		}
	}

	@AfterAll
	static void printSummary() {
		StringBuilder sb = new StringBuilder("\nmetric\tworst_rel_error\ttriple\tmax_abs_error\n");
		for (Map.Entry<String, Object[]> e : WORST.entrySet()) {
			sb.append(String.format(Locale.ROOT, "%s\t%.3g\t%s\t%.2g%n", e.getKey(), (double) e.getValue()[0],
				e.getValue()[1], (double) e.getValue()[2]));
		}
		System.out.println(sb);
	}
}
