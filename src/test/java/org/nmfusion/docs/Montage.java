package org.nmfusion.docs;

import java.nio.file.Path;
import java.nio.file.Paths;

import ij.ImagePlus;
import ij.process.ColorProcessor;
import ij.process.ImageProcessor;

import org.nmfusion.io.ImageFiles;

/**
 * Puts images side by side, each scaled to one height and labelled, for the README pictures.
 * Usage: {@code Montage OUT.png HEIGHT LABEL=FILE ...} (32-bit images are shown min-max scaled).
 */
public final class Montage {

	public static void main(String[] args) throws Exception {
		final Path out = Paths.get(args[0]);
		final int height = Integer.parseInt(args[1]);
		final int n = args.length - 2, gap = 6, labelH = 18;
		final ImageProcessor[] tiles = new ImageProcessor[n];
		final String[] labels = new String[n];
		int width = gap;
		for (int i = 0; i < n; i++) {
			final String[] kv = args[i + 2].split("=", 2);
			labels[i] = kv[0];
			final ImagePlus imp = ImageFiles.openPlane(Paths.get(kv[1]));
			final ImageProcessor ip = imp.getProcessor().duplicate();
			ip.resetMinAndMax();
			final int w = Math.round((float) ip.getWidth() * height / ip.getHeight());
			ip.setInterpolationMethod(ImageProcessor.BILINEAR);
			tiles[i] = ip.convertToRGB().resize(w, height);
			width += w + gap;
		}
		final ColorProcessor canvas = new ColorProcessor(width, height + labelH + 2 * gap);
		canvas.setColor(java.awt.Color.WHITE);
		canvas.fill();
		canvas.setColor(java.awt.Color.BLACK);
		canvas.setFont(new java.awt.Font("SansSerif", java.awt.Font.PLAIN, 13));
		canvas.setAntialiasedText(true);
		int x = gap;
		for (int i = 0; i < n; i++) {
			canvas.insert(tiles[i], x, gap);
			canvas.drawString(labels[i], x, gap + height + labelH);
			x += tiles[i].getWidth() + gap;
		}
		ImageFiles.save(new ImagePlus("montage", canvas), out);
	}
}
