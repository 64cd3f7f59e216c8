package org.nmfusion.benchmark;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.nmfusion.util.AtomicFiles;

/**
 * A grouped bar chart as a PNG, drawn with Java2D (works headless): one cluster of bars per group, one
 * colour per method, error bars of one standard deviation, a legend and the metric's direction in the
 * title.
 */
public final class BarChart {

	private static final Color[] PALETTE = { new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0xd62728),
		new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f), new Color(0xbcbd22), new Color(0x17becf),
		new Color(0x393b79), new Color(0xad494a), new Color(0x637939), new Color(0x843c39), new Color(0xe7ba52), new Color(0x5254a3),
		new Color(0x6b6ecf), new Color(0x9c9ede) };

	private BarChart() {}

	/**
	 * @param column metric index in {@code stats}, or {@link GroupStats#timeColumn()}
	 * @param median plot the median instead of the mean (no error bars)
	 */
	public static void write(final Path file, final GroupStats stats, final List<String> groups, final int column, final String title,
		final boolean median) throws IOException
	{
		final List<String> methods = stats.methods();
		final int plotW = Math.max(640, groups.size() * (methods.size() * 14 + 30)), w = plotW + 230, h = 480;
		final int left = 70, top = 40, bottom = 110, plotH = h - top - bottom;
		final BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
		final Graphics2D g = img.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, w, h);
		double max = 0, min = 0;
		for (final String group : groups)
			for (final String m : methods) {
				final GroupStats.Stat s = stats.get(group, m, column);
				if (s == null || Double.isNaN(s.mean)) continue;
				final double v = median ? s.median : s.mean, e = median ? 0 : s.sd;
				max = Math.max(max, v + e);
				min = Math.min(min, v - e);
			}
		if (max == min) max = min + 1;
		final double span = max - min;
		g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
		g.setColor(Color.BLACK);
		g.drawString(title, left, 24);
		g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
		final FontMetrics fm = g.getFontMetrics();
		// axis and ticks
		final double step = niceStep(span / 6);
		for (double t = Math.ceil(min / step) * step; t <= max + 1e-12; t += step) {
			final int y = top + (int) Math.round(plotH * (max - t) / span);
			g.setColor(new Color(0xdddddd));
			g.drawLine(left, y, left + plotW, y);
			g.setColor(Color.BLACK);
			final String label = SummaryMarkdown.fmt(t);
			g.drawString(label, left - 6 - fm.stringWidth(label), y + 4);
		}
		final int zero = top + (int) Math.round(plotH * max / span);
		g.drawLine(left, top, left, top + plotH);
		g.drawLine(left, zero, left + plotW, zero);
		final int cluster = plotW / Math.max(1, groups.size()), bar = Math.max(4, (cluster - 20) / Math.max(1, methods.size()));
		for (int gi = 0; gi < groups.size(); gi++) {
			final int x0 = left + gi * cluster + 10;
			for (int mi = 0; mi < methods.size(); mi++) {
				final GroupStats.Stat s = stats.get(groups.get(gi), methods.get(mi), column);
				if (s == null || Double.isNaN(s.mean)) continue;
				final double v = median ? s.median : s.mean;
				final int x = x0 + mi * bar, y = top + (int) Math.round(plotH * (max - v) / span);
				g.setColor(PALETTE[mi % PALETTE.length]);
				g.fillRect(x, Math.min(y, zero), bar - 2, Math.abs(zero - y));
				if (!median && s.sd > 0) {
					g.setColor(Color.BLACK);
					g.setStroke(new BasicStroke(1f));
					final int y1 = top + (int) Math.round(plotH * (max - v - s.sd) / span), y2 = top + (int) Math.round(plotH * (max - v + s.sd) / span);
					final int xc = x + (bar - 2) / 2;
					g.drawLine(xc, y1, xc, y2);
					g.drawLine(xc - 2, y1, xc + 2, y1);
					g.drawLine(xc - 2, y2, xc + 2, y2);
				}
			}
			g.setColor(Color.BLACK);
			final String label = groups.get(gi);
			g.drawString(label, x0 + Math.max(0, (cluster - 20 - fm.stringWidth(label)) / 2), top + plotH + 18);
		}
		for (int mi = 0; mi < methods.size(); mi++) {
			final int y = top + 10 + mi * 18;
			g.setColor(PALETTE[mi % PALETTE.length]);
			g.fillRect(left + plotW + 20, y - 9, 12, 12);
			g.setColor(Color.BLACK);
			g.drawString(methods.get(mi), left + plotW + 38, y + 1);
		}
		g.dispose();
		AtomicFiles.write(file, tmp -> ImageIO.write(img, "png", tmp.toFile()));
	}

	private static double niceStep(final double raw) {
		final double p = Math.pow(10, Math.floor(Math.log10(raw)));
		final double f = raw / p;
		return (f < 1.5 ? 1 : f < 3 ? 2 : f < 7 ? 5 : 10) * p;
	}
}
