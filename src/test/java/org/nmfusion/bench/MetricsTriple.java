package org.nmfusion.bench;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.File;
import java.io.IOException;
import java.util.Random;

import javax.imageio.ImageIO;

import org.nmfusion.metrics.GrayImage;

/**
 * The generated W x H triple the metric benchmarks score: two 8-bit sources with some spatial structure
 * (box-blurred noise plus a gradient, seeds 1 and 2) and F = max(A, B). {@code main} writes it as A.png,
 * B.png and F.png into a folder, for timing the command line against the numpy/scipy reference
 * implementation on the same files (scripts/bench-metrics).
 */
public final class MetricsTriple {

	private MetricsTriple() {
	}

	/** Writes A.png, B.png, F.png of a W x H triple: args DIR W H. */
	public static void main(String[] args) throws IOException {
		File dir = new File(args[0]);
		int w = Integer.parseInt(args[1]);
		int h = Integer.parseInt(args[2]);
		GrayImage[] t = triple(w, h);
		String[] names = { "A.png", "B.png", "F.png" };
		for (int k = 0; k < 3; k++) write(t[k], new File(dir, names[k]));
	}

	/** {A, B, F = max(A, B)}. */
	static GrayImage[] triple(int w, int h) {
		GrayImage a = smooth(w, h, 1);
		GrayImage b = smooth(w, h, 2);
		double[] fd = new double[w * h];
		for (int i = 0; i < fd.length; i++) fd[i] = Math.max(a.data()[i], b.data()[i]);
		return new GrayImage[] { a, b, new GrayImage(fd, w, h) };
	}

	private static void write(GrayImage g, File file) throws IOException {
		BufferedImage img = new BufferedImage(g.width(), g.height(), BufferedImage.TYPE_BYTE_GRAY);
		WritableRaster r = img.getRaster();
		for (int y = 0; y < g.height(); y++) {
			for (int x = 0; x < g.width(); x++) r.setSample(x, y, 0, (int) g.data()[y * g.width() + x]);
		}
		if (!ImageIO.write(img, "png", file)) throw new IOException("no PNG writer for " + file);
	}

	/** Random 8-bit image with some spatial structure (box-blurred noise plus a gradient). */
	static GrayImage smooth(int w, int h, long seed) {
		Random r = new Random(seed);
		double[] n = new double[w * h];
		for (int i = 0; i < n.length; i++) n[i] = r.nextDouble();
		double[] d = new double[w * h];
		for (int y = 0; y < h; y++) {
			for (int x = 0; x < w; x++) {
				double s = 0;
				int c = 0;
				for (int dy = -2; dy <= 2; dy++) {
					for (int dx = -2; dx <= 2; dx++) {
						int yy = y + dy;
						int xx = x + dx;
						if (yy >= 0 && yy < h && xx >= 0 && xx < w) {
							s += n[yy * w + xx];
							c++;
						}
					}
				}
				d[y * w + x] = Math.min(255, Math.round(120 * s / c + 100.0 * x / w + 20 * r.nextDouble()));
			}
		}
		return new GrayImage(d, w, h);
	}
}
