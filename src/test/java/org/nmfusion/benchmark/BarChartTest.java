package org.nmfusion.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BarChartTest {

	@TempDir
	Path dir;

	/** Rows of one metric: method i scores {@code score[i]} in both groups; own methods first. */
	private static GroupStats stats(final List<String> methods, final double[] score) {
		final List<BenchmarkRow> rows = new ArrayList<>();
		for (final String g : List.of("g1", "g2"))
			for (int i = 0; i < methods.size(); i++)
				rows.add(new BenchmarkRow(g, "p", methods.get(i), 0.1, new double[] { score[i] }));
		return new GroupStats(rows, 1);
	}

	@Test
	void ownMethodsComeFirstThenTheBestOtherToolsUpToEightBars() {
		final List<String> methods = new ArrayList<>(List.of("medical", "cnn", "cnn-nmf", "average"));
		for (int i = 0; i < 8; i++)
			methods.add("peer" + i);
		final double[] score = { 0.5, 0.4, 0.3, 0.1, 0.2, 0.9, 0.3, 0.8, 0.1, 0.6, 0.05, 0.7 };
		final GroupStats s = stats(methods, score);
		final List<String> own = List.of("medical", "cnn", "cnn-nmf", "average");
		final List<String> tools = methods.subList(4, methods.size());
		final List<String> chosen = BarChart.chosen(s, List.of("g1", "g2"), own, tools, 0, true, false);
		assertEquals(List.of("medical", "cnn", "cnn-nmf", "peer1", "peer3", "peer7", "peer5", "peer2"), chosen);
		final List<String> lowerBetter = BarChart.chosen(s, List.of("g1", "g2"), own, tools, 0, false, false);
		assertEquals(List.of("medical", "peer1"), BarChart.chosen(s, List.of("g1", "g2"), List.of("medical"), List.of("peer1"), 0, true, false),
			"rows of methods neither own nor another tool's (earlier runs' specs) are left out");
		assertEquals("peer6", lowerBetter.get(3), "lower is better: the smallest value first");
		assertEquals(BarChart.MAX_BARS, lowerBetter.size());
	}

	@Test
	void theChartIsWrittenWithTheStrongColourForTheFirstOwnMethod() throws Exception {
		final GroupStats s = stats(List.of("medical", "ifcnn"), new double[] { 0.63, 0.62 });
		final Path png = dir.resolve("chart.png");
		BarChart.write(png, s, List.of("g1", "g2"), List.of("medical"), List.of("ifcnn"), 0, true, "Qabf (higher is better), mean", false);
		final BufferedImage img = ImageIO.read(png.toFile());
		boolean strong = false;
		for (int y = 0; y < img.getHeight() && !strong; y++)
			for (int x = 0; x < img.getWidth(); x++)
				if ((img.getRGB(x, y) & 0xffffff) == 0xc0392b) {
					strong = true;
					break;
				}
		assertTrue(strong, "the preset's bars are drawn in the strong colour");
	}
}
