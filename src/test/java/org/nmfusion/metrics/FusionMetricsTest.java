package org.nmfusion.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import net.imglib2.img.array.ArrayImgs;

import org.junit.jupiter.api.Test;

class FusionMetricsTest {

	private static GrayImage random(int w, int h, long seed) {
		Random r = new Random(seed);
		double[] d = new double[w * h];
		for (int i = 0; i < d.length; i++) d[i] = r.nextInt(256);
		return new GrayImage(d, w, h);
	}

	private static double value(String name, GrayImage a, GrayImage b, GrayImage f) {
		return FusionMetrics.byName(name).get(0).compute(a, b, f);
	}

	@Test
	void registryHasTheTwentyMetricsInReferenceOrder() {
		assertEquals(List.of("EN", "MI", "NMI", "TE", "Qabf", "SSIM", "Qy", "Qcb", "Qcv", "VIF", "SD", "SF", "AG",
			"PSNR", "CE", "EI", "Qncie", "Qp", "Qw", "Qc"), FusionMetrics.names());
		List<String> lower = new ArrayList<>();
		for (FusionMetric m : FusionMetrics.all()) {
			if (!m.higherIsBetter()) lower.add(m.name());
		}
		assertEquals(List.of("Qcv", "CE"), lower);
	}

	@Test
	void selectionIsCaseInsensitiveOrderedAndDeduplicated() {
		List<FusionMetric> sel = FusionMetrics.byName(" qabf, en ,EN,Qc");
		List<String> names = new ArrayList<>();
		for (FusionMetric m : sel) names.add(m.name());
		assertEquals(List.of("Qabf", "EN", "Qc"), names);
		assertEquals(20, FusionMetrics.byName("ALL").size());
		assertEquals(20, FusionMetrics.byName("").size());
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FusionMetrics.byName("EN,foo"));
		assertTrue(e.getMessage().contains("'foo'") && e.getMessage().contains("Qncie"), e.getMessage());
		assertThrows(IllegalArgumentException.class, () -> FusionMetrics.byName(" , "));
	}

	@Test
	void evaluateReturnsValuesInSelectionOrder() {
		GrayImage a = random(20, 16, 1);
		GrayImage b = random(20, 16, 2);
		GrayImage f = random(20, 16, 3);
		LinkedHashMap<String, Double> v = FusionMetrics.evaluate(a, b, f, FusionMetrics.byName("SD,EN"));
		assertEquals(List.of("SD", "EN"), new ArrayList<>(v.keySet()));
		assertEquals(value("EN", a, b, f), v.get("EN"), 0.0);
		// the ImgLib2 entry point converts the same way
		Map<String, Double> viaImg = FusionMetrics.evaluate(ArrayImgs.doubles(a.data(), 20, 16),
			ArrayImgs.doubles(b.data(), 20, 16), ArrayImgs.doubles(f.data(), 20, 16), "SD,EN");
		assertEquals(v, viaImg);
	}

	@Test
	void badInputIsRejectedWithAClearMessage() {
		GrayImage a = random(20, 16, 1);
		GrayImage small = random(20, 15, 1);
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
			() -> value("EN", a, a, small));
		assertTrue(e.getMessage().contains("size mismatch"), e.getMessage());
		e = assertThrows(IllegalArgumentException.class, () -> new GrayImage(new double[0], 0, 5));
		assertTrue(e.getMessage().contains("empty"), e.getMessage());
		e = assertThrows(IllegalArgumentException.class,
			() -> GrayImage.of(ArrayImgs.doubles(new double[] { 1, Double.NaN, 3, 4 }, 2, 2)));
		assertTrue(e.getMessage().contains("NaN"), e.getMessage());
		e = assertThrows(IllegalArgumentException.class, () -> GrayImage.of(ArrayImgs.doubles(2, 2, 2, 2)));
		assertTrue(e.getMessage().contains("dimensions"), e.getMessage());
		GrayImage outOfRange = new GrayImage(new double[] { 0, 300 }, 2, 1);
		e = assertThrows(IllegalArgumentException.class, () -> value("EN", outOfRange, outOfRange, outOfRange));
		assertTrue(e.getMessage().contains("0..255"), e.getMessage());
		GrayImage constant = new GrayImage(new double[] { 7, 7 }, 2, 1);
		e = assertThrows(IllegalArgumentException.class, () -> value("NMI", constant, constant, constant));
		assertTrue(e.getMessage().contains("constant"), e.getMessage());
		GrayImage tiny = random(8, 8, 4);
		e = assertThrows(IllegalArgumentException.class, () -> value("SSIM", tiny, tiny, tiny));
		assertTrue(e.getMessage().contains("smaller than"), e.getMessage());
		GrayImage small32 = random(40, 40, 4);
		e = assertThrows(IllegalArgumentException.class, () -> value("VIF", small32, small32, small32));
		assertTrue(e.getMessage().contains("too small"), e.getMessage());
	}

	/** One evaluate call shares intermediates between metrics; the values are those of compute, bit for bit. */
	@Test
	void evaluateGivesTheValuesOfComputeBitForBit() {
		GrayImage a = random(64, 56, 21);
		GrayImage b = random(64, 56, 22);
		GrayImage f = random(64, 56, 23);
		LinkedHashMap<String, Double> v = FusionMetrics.evaluate(a, b, f, FusionMetrics.all());
		assertEquals(FusionMetrics.names(), new ArrayList<>(v.keySet()));
		for (FusionMetric m : FusionMetrics.all()) {
			assertEquals(Double.doubleToRawLongBits(m.compute(a, b, f)), Double.doubleToRawLongBits(v.get(m.name())),
				m.name());
		}
	}

	/** Too small for the windowed metrics: NaN with a note for those, values for the rest, no exception. */
	@Test
	void tinyImagesGiveNaNWithANoteWhereAMetricCannotBeComputed() {
		GrayImage a = random(6, 6, 31);
		GrayImage b = random(6, 6, 32);
		GrayImage f = random(6, 6, 33);
		MetricsResult r = FusionMetrics.evaluateWithNotes(a, b, f, FusionMetrics.all());
		for (String name : List.of("VIF", "SSIM", "Qw", "Qy", "Qc")) {
			assertTrue(Double.isNaN(r.value(name)), name);
			assertTrue(r.note(name) != null && r.note(name).contains("6x6"), name + ": " + r.note(name));
		}
		for (String name : List.of("EN", "MI", "NMI", "TE", "Qabf", "SD", "SF", "AG", "PSNR", "CE", "EI", "Qncie")) {
			assertTrue(Double.isFinite(r.value(name)), name + " = " + r.value(name));
			assertEquals(null, r.note(name), name);
		}
		assertEveryNaNHasANote(r);
		assertEquals(r.values(), FusionMetrics.evaluate(a, b, f, FusionMetrics.all()), "evaluate = evaluateWithNotes");
		// a single metric still reports the reason as an exception
		MetricNotComputableException e = assertThrows(MetricNotComputableException.class, () -> value("VIF", a, b, f));
		assertTrue(e.getMessage().contains("too small"), e.getMessage());
	}

	/** A constant fused image: NaN with a note where the reference divides 0 by 0, values elsewhere. */
	@Test
	void constantFusedImageGivesNaNWithANoteWhereTheReferenceIsUndefined() {
		GrayImage a = random(40, 36, 41);
		GrayImage b = random(40, 36, 42);
		double[] grey = new double[40 * 36];
		java.util.Arrays.fill(grey, 128);
		GrayImage f = new GrayImage(grey, 40, 36);
		MetricsResult r = FusionMetrics.evaluateWithNotes(a, b, f, FusionMetrics.all());
		for (String name : List.of("NMI", "TE", "Qncie")) {
			assertTrue(Double.isNaN(r.value(name)), name);
			assertTrue(r.note(name).contains("image F is constant"), name + ": " + r.note(name));
		}
		for (String name : List.of("Qcb", "Qcv")) {
			assertTrue(Double.isNaN(r.value(name)), name + " = " + r.value(name));
		}
		assertEquals(0.0, r.value("EN"), 0.0);
		assertEquals(0.0, r.value("SD"), 0.0);
		assertEquals(0.0, r.value("SF"), 0.0);
		assertTrue(Double.isFinite(r.value("MI")) && Double.isFinite(r.value("SSIM")) && Double.isFinite(r.value("Qabf")));
		assertEveryNaNHasANote(r);
	}

	/** Invalid input is still an error of the whole call, not a NaN. */
	@Test
	void invalidInputStillThrowsFromEvaluate() {
		GrayImage a = random(20, 16, 1);
		List<FusionMetric> all = FusionMetrics.all();
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
			() -> FusionMetrics.evaluate(a, a, random(20, 15, 2), all));
		assertTrue(e.getMessage().contains("size mismatch"), e.getMessage());
		assertThrows(IllegalArgumentException.class, () -> FusionMetrics.evaluate(a, null, a, all));
		GrayImage outOfRange = new GrayImage(new double[20 * 16], 20, 16);
		outOfRange.data()[7] = 300;
		e = assertThrows(IllegalArgumentException.class, () -> FusionMetrics.evaluateWithNotes(a, a, outOfRange, all));
		assertFalse(e instanceof MetricNotComputableException);
		assertTrue(e.getMessage().contains("0..255"), e.getMessage());
	}

	private static void assertEveryNaNHasANote(MetricsResult r) {
		for (Map.Entry<String, Double> v : r.values().entrySet()) {
			assertEquals(Double.isNaN(v.getValue()), r.note(v.getKey()) != null, v.getKey() + " note " + r.note(v.getKey()));
		}
	}

	@Test
	void colourInputUsesTheReferenceRgb2Gray() {
		double[] rgb = new double[3 * 4];
		for (int i = 0; i < rgb.length; i++) rgb[i] = (i * 37) % 256;
		GrayImage g = GrayImage.of(ArrayImgs.doubles(rgb, 2, 2, 3));
		for (int i = 0; i < 4; i++) {
			double expect = MathUtil.round(0.298936 * rgb[i] + 0.587043 * rgb[4 + i] + 0.114021 * rgb[8 + i]);
			assertEquals(expect, g.data()[i], 0.0);
		}
	}

	/** Hand-computed values on tiny images (independent of the implementation). */
	@Test
	void simpleMetricsOnHandComputedImages() {
		GrayImage f = new GrayImage(new double[] { 0, 255, 0, 255 }, 2, 2);
		GrayImage zero = new GrayImage(new double[4], 2, 2);
		assertEquals(1.0, value("EN", zero, zero, f), 1e-15);
		assertEquals(127.5, value("SD", zero, zero, f), 1e-12);
		// RF = (255^2 + 255^2) / 4, CF = 0
		assertEquals(Math.sqrt(2 * 255.0 * 255 / 4), value("SF", zero, zero, f), 1e-12);
		// gx = 255 everywhere, gy = 0: sum of 4 * 255/sqrt(2) over (M-1)(N-1) = 1
		assertEquals(4 * 255 / Math.sqrt(2), value("AG", zero, zero, f), 1e-9);
		// PSNR quirk: e(X,F) = sqrt(sum sq)/(MN); A = F, B = 0: e = sqrt(2*255^2)/4
		double e = (0 + Math.sqrt(2 * 255.0 * 255) / 4) / 2;
		assertEquals(20 * Math.log10(255 / Math.sqrt(e)), value("PSNR", f, zero, f), 1e-12);
		assertEquals(Double.POSITIVE_INFINITY, value("PSNR", f, f, f), 0.0);
		// CE(A=F) = 0; CE(B=0 | F) = 1 * log2(1 / 0.5) = 1 -> mean 0.5
		assertEquals(0.5, value("CE", f, zero, f), 1e-15);
		assertEquals(0.0, value("EI", zero, zero, new GrayImage(new double[] { 9, 9, 9, 9 }, 2, 2)), 0.0);
	}

	/** F = A = B: the similarity metrics reach their ideal values. */
	@Test
	void identicalImagesGiveIdealValues() {
		GrayImage x = random(64, 56, 11);
		assertEquals(2.0, value("SSIM", x, x, x), 1e-12);
		assertEquals(2.0, value("NMI", x, x, x), 1e-12);
		double h = Histograms.entropyE(Histograms.probabilities(Histograms.stretchMi(x.data()), "x"));
		assertEquals(2 * h, value("MI", x, x, x), 1e-12);
		// Qabf quirk: gX == gF gives G = gF >= 255, so Qg = Tg exactly; A = 1
		assertEquals(0.9994 * 0.9879 / (1 + Math.exp(-22 * 0.2)), value("Qabf", x, x, x), 1e-12);
		assertEquals(1.0, value("Qy", x, x, x), 1e-9);
		assertEquals(1.0, value("Qc", x, x, x), 1e-9);
		assertEquals(1.0, value("Qw", x, x, x), 1e-12);
		assertEquals(1.0, value("Qcb", x, x, x), 1e-12);
		assertEquals(0.0, value("Qcv", x, x, x), 0.0);
		assertEquals(1.0, value("VIF", x, x, x), 1e-6);
		// Qp masks the source feature maps but not the fused one, so it stays below 1 even for F = A = B
		double qp = value("Qp", x, x, x);
		assertTrue(qp > 0 && qp < 1, "Qp " + qp);
		assertEquals(0.0, value("CE", x, x, x), 0.0);
		assertFalse(Double.isNaN(value("TE", x, x, x)));
	}

	@Test
	void formatsAreParseable() {
		LinkedHashMap<String, Double> v = new LinkedHashMap<>();
		v.put("EN", 7.1234567891);
		v.put("PSNR", Double.POSITIVE_INFINITY);
		assertEquals("EN\tPSNR\n7.123457\tInf\n", MetricsFormat.tsv(v));
		assertEquals("EN,PSNR\n7.123457,Inf\n", MetricsFormat.csv(v));
		assertEquals("{\"EN\": 7.1234567891, \"PSNR\": null}\n", MetricsFormat.json(v));
	}
}
