package org.nmfusion.benchmark;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.nmfusion.util.AtomicFiles;

/**
 * A grouped bar chart as a PNG, drawn with Java2D (works headless), made to show who wins: one cluster of bars
 * per group, at most {@link #MAX_BARS} bars per cluster (NMFusion's own methods first, the first of them, the
 * preset, in one strong colour, the others in lighter blues; then the other tools, best first, in muted colours),
 * an axis zoomed to the plotted values, each bar's value written on it, a legend and the metric's direction in
 * the title. Every value stays in summary.md; the chart leaves out what does not fit.
 */
public final class BarChart {

	/** Bars per group at most. */
	public static final int MAX_BARS = 8;
	/** NMFusion's own methods shown at most (the rest of the bars go to the other tools). */
	static final int MAX_OWN = 3;

	private static final Color STRONG = new Color(0xc0392b);
	private static final Color[] OWN = { new Color(0x2e6db4), new Color(0x7fa9dc) };
	private static final Color[] MUTED = { new Color(0x8c8c8c), new Color(0xb49a7a), new Color(0x8fa88f), new Color(0xa596b8),
		new Color(0xc2b280), new Color(0x7f9ea8), new Color(0xbfbfbf), new Color(0x9e7f7f) };

	private BarChart() {}

	/**
	 * @param own NMFusion's own methods in the order given to the benchmark (the first is drawn in the strong colour)
	 * @param tools the other tools (rows of methods in neither list, e.g. earlier runs' specs in a resumed results.csv,
	 *        are left out)
	 * @param column metric index in {@code stats}, or {@link GroupStats#timeColumn()}
	 * @param higherIsBetter the metric's direction, which orders the other tools best first
	 * @param median plot the median instead of the mean
	 */
	public static void write(final Path file, final GroupStats stats, final List<String> groups, final List<String> own,
		final List<String> tools, final int column, final boolean higherIsBetter, final String title, final boolean median) throws IOException
	{
		final List<String> methods = chosen(stats, groups, own, tools, column, higherIsBetter, median);
		final Map<String, Color> colours = colours(methods, own);
		final int plotW = Math.max(640, groups.size() * (methods.size() * 34 + 30)), w = plotW + 260, h = 480;
		final int left = 70, top = 40, bottom = 60, plotH = h - top - bottom;
		final BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
		final Graphics2D g = img.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, w, h);
		double max = Double.NEGATIVE_INFINITY, min = Double.POSITIVE_INFINITY;
		for (final String group : groups)
			for (final String m : methods) {
				final double v = value(stats, group, m, column, median);
				if (Double.isNaN(v)) continue;
				max = Math.max(max, v);
				min = Math.min(min, v);
			}
		if (!(max >= min)) max = min = 0;
		final double pad = Math.max(0.15 * (max - min), 1e-3 * Math.max(1, Math.abs(max)));
		max += pad;
		min = min - pad;
		final double span = max - min;
		g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
		g.setColor(Color.BLACK);
		g.drawString(title + " (axis zoomed)", left, 24);
		final Font plain = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
		g.setFont(plain);
		final FontMetrics fm = g.getFontMetrics();
		final double step = niceStep(span / 6);
		for (double t = Math.ceil(min / step) * step; t <= max + 1e-12; t += step) {
			final int y = top + (int) Math.round(plotH * (max - t) / span);
			g.setColor(new Color(0xdddddd));
			g.drawLine(left, y, left + plotW, y);
			g.setColor(Color.BLACK);
			final String label = SummaryMarkdown.fmt(t);
			g.drawString(label, left - 6 - fm.stringWidth(label), y + 4);
		}
		final int base = top + plotH;
		g.drawLine(left, top, left, base);
		g.drawLine(left, base, left + plotW, base);
		final int cluster = plotW / Math.max(1, groups.size()), bar = Math.max(4, (cluster - 20) / Math.max(1, methods.size()));
		final Font small = new Font(Font.SANS_SERIF, Font.PLAIN, 9);
		for (int gi = 0; gi < groups.size(); gi++) {
			final int x0 = left + gi * cluster + 10;
			for (int mi = 0; mi < methods.size(); mi++) {
				final double v = value(stats, groups.get(gi), methods.get(mi), column, median);
				if (Double.isNaN(v)) continue;
				final int x = x0 + mi * bar, y = top + (int) Math.round(plotH * (max - v) / span);
				g.setColor(colours.get(methods.get(mi)));
				g.fillRect(x, y, bar - 2, base - y);
				g.setColor(Color.BLACK);
				g.setFont(small);
				final String label = SummaryMarkdown.fmt(v);
				g.drawString(label, x + Math.max(0, (bar - 2 - g.getFontMetrics().stringWidth(label)) / 2), y - 3);
				g.setFont(plain);
			}
			g.setColor(Color.BLACK);
			final String label = groups.get(gi);
			g.drawString(label, x0 + Math.max(0, (cluster - 20 - fm.stringWidth(label)) / 2), base + 18);
		}
		for (int mi = 0; mi < methods.size(); mi++) {
			final int y = top + 10 + mi * 18;
			g.setColor(colours.get(methods.get(mi)));
			g.fillRect(left + plotW + 20, y - 9, 12, 12);
			g.setColor(Color.BLACK);
			g.drawString(methods.get(mi), left + plotW + 38, y + 1);
		}
		g.dispose();
		AtomicFiles.write(file, tmp -> ImageIO.write(img, "png", tmp.toFile()));
	}

	/**
	 * The methods drawn: up to {@link #MAX_OWN} of NMFusion's own in their order, then the other tools, best first by their
	 * mean over the groups, up to {@link #MAX_BARS} bars in all.
	 */
	static List<String> chosen(final GroupStats stats, final List<String> groups, final List<String> own, final List<String> tools,
		final int column, final boolean higherIsBetter, final boolean median)
	{
		final List<String> out = new ArrayList<>();
		for (final String m : own)
			if (stats.methods().contains(m) && out.size() < MAX_OWN) out.add(m);
		final List<String> others = new ArrayList<>();
		final Map<String, Double> score = new HashMap<>();
		for (final String m : stats.methods()) {
			if (own.contains(m) || !tools.contains(m)) continue;
			double sum = 0;
			int n = 0;
			for (final String group : groups) {
				final double v = value(stats, group, m, column, median);
				if (!Double.isNaN(v)) {
					sum += v;
					n++;
				}
			}
			if (n == 0) continue;
			score.put(m, sum / n);
			others.add(m);
		}
		others.sort(Comparator.comparingDouble(m -> higherIsBetter ? -score.get(m) : score.get(m)));
		for (final String m : others)
			if (out.size() < MAX_BARS) out.add(m);
		return out;
	}

	private static double value(final GroupStats stats, final String group, final String method, final int column, final boolean median) {
		final GroupStats.Stat s = stats.get(group, method, column);
		return s == null ? Double.NaN : median ? s.median : s.mean;
	}

	/** The strong colour for the first own method, blues for the other own ones, muted colours in turn for the other tools. */
	private static Map<String, Color> colours(final List<String> methods, final List<String> own) {
		final Map<String, Color> c = new HashMap<>();
		int peer = 0;
		for (final String m : methods) {
			final int i = own.indexOf(m);
			c.put(m, i == 0 ? STRONG : i > 0 ? OWN[(i - 1) % OWN.length] : MUTED[peer++ % MUTED.length]);
		}
		return c;
	}

	private static double niceStep(final double raw) {
		final double p = Math.pow(10, Math.floor(Math.log10(raw)));
		final double f = raw / p;
		return (f < 1.5 ? 1 : f < 3 ? 2 : f < 7 ? 5 : 10) * p;
	}
}
