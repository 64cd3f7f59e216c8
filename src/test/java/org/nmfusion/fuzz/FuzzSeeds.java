package org.nmfusion.fuzz;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.imageio.ImageIO;

import ij.ImagePlus;
import ij.ImageStack;
import ij.io.FileSaver;
import ij.process.ByteProcessor;
import ij.process.ColorProcessor;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;
import ij.process.ShortProcessor;

/**
 * The valid files the reader fuzzing mutates, made the same way in every run: 48 x 40 TIFFs (8, 16, 32-bit, RGB,
 * 8 and 16-bit stacks of 3 slices), PNGs (8-bit gray, RGB, palette, 16-bit gray), JPEGs (gray, RGB), and the
 * DICOM slices of a folder (*.dcm), e.g. ../shared/data/dicom.
 */
final class FuzzSeeds {

	static final int W = 48, H = 40;

	private FuzzSeeds() {}

	/** Writes the seeds into dir; returns format name -> file, in a fixed order. */
	static Map<String, Path> write(final Path dir, final Path dicomDir) throws IOException {
		Files.createDirectories(dir);
		final Map<String, Path> seeds = new LinkedHashMap<>();
		seeds.put("tif8", tiff(dir, "tif8", gray(new ByteProcessor(W, H), 255)));
		seeds.put("tif16", tiff(dir, "tif16", gray(new ShortProcessor(W, H), 4000)));
		seeds.put("tif32", tiff(dir, "tif32", gray(new FloatProcessor(W, H), 1)));
		seeds.put("tifrgb", tiff(dir, "tifrgb", gray(new ColorProcessor(W, H), 0xffffff)));
		seeds.put("tif8stack", stack(dir, "tif8stack", 8));
		seeds.put("tif16stack", stack(dir, "tif16stack", 16));
		seeds.put("png8", saved(dir.resolve("png8.png"), gray(new ByteProcessor(W, H), 255), true));
		seeds.put("pngrgb", saved(dir.resolve("pngrgb.png"), gray(new ColorProcessor(W, H), 0xffffff), true));
		seeds.put("pngpalette", imageIO(dir.resolve("pngpalette.png"), palette(), "png"));
		seeds.put("png16", imageIO(dir.resolve("png16.png"), gray16(), "png"));
		seeds.put("jpeggray", imageIO(dir.resolve("jpeggray.jpg"), gray(new ByteProcessor(W, H), 255).getBufferedImage(), "jpeg"));
		seeds.put("jpegrgb", imageIO(dir.resolve("jpegrgb.jpg"), gray(new ColorProcessor(W, H), 0xffffff).getBufferedImage(), "jpeg"));
		if (dicomDir != null && Files.isDirectory(dicomDir)) {
			try (java.util.stream.Stream<Path> s = Files.list(dicomDir)) {
				for (final Path p : (Iterable<Path>) s.filter(f -> f.toString().endsWith(".dcm")).sorted()::iterator) {
					final String name = "dicom-" + p.getFileName().toString().replace(".dcm", "");
					seeds.put(name, Files.copy(p, dir.resolve(name + ".dcm"), java.nio.file.StandardCopyOption.REPLACE_EXISTING));
				}
			}
		}
		return seeds;
	}

	/** A smooth pattern with some texture, scaled to [0, max]. */
	private static ImageProcessor gray(final ImageProcessor ip, final double max) {
		for (int y = 0; y < H; y++)
			for (int x = 0; x < W; x++) {
				final double v = 0.5 + 0.3 * Math.sin(x / 5.0) * Math.cos(y / 7.0) + 0.2 * ((x * 7 + y * 13) % 11) / 11.0;
				if (ip instanceof ColorProcessor) {
					final int g = (int) (255 * v);
					ip.set(x, y, g << 16 | (255 - g) << 8 | (x * 5 & 0xff));
				}
				else ip.putPixelValue(x, y, max * Math.min(1, v));
			}
		return ip;
	}

	private static Path tiff(final Path dir, final String name, final ImageProcessor ip) throws IOException {
		return saved(dir.resolve(name + ".tif"), ip, false);
	}

	private static Path saved(final Path file, final ImageProcessor ip, final boolean png) throws IOException {
		final FileSaver saver = new FileSaver(new ImagePlus(file.getFileName().toString(), ip));
		if (!(png ? saver.saveAsPng(file.toString()) : saver.saveAsTiff(file.toString()))) throw new IOException("cannot write seed " + file);
		return file;
	}

	private static Path stack(final Path dir, final String name, final int bits) throws IOException {
		final ImageStack st = new ImageStack(W, H);
		for (int i = 0; i < 3; i++) {
			final ImageProcessor ip = gray(bits == 8 ? new ByteProcessor(W, H) : new ShortProcessor(W, H), bits == 8 ? 255 : 4000);
			ip.multiply(1 - 0.2 * i);
			st.addSlice(ip);
		}
		final Path file = dir.resolve(name + ".tif");
		if (!new FileSaver(new ImagePlus(name, st)).saveAsTiffStack(file.toString())) throw new IOException("cannot write seed " + file);
		return file;
	}

	private static BufferedImage palette() {
		final byte[] r = new byte[16], g = new byte[16], b = new byte[16];
		for (int i = 0; i < 16; i++) {
			r[i] = (byte) (i * 16);
			g[i] = (byte) (255 - i * 16);
			b[i] = (byte) (i * 8);
		}
		final BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_BYTE_INDEXED, new IndexColorModel(4, 16, r, g, b));
		final ImageProcessor p = gray(new ByteProcessor(W, H), 15);
		for (int y = 0; y < H; y++)
			for (int x = 0; x < W; x++)
				img.getRaster().setSample(x, y, 0, p.get(x, y));
		return img;
	}

	private static BufferedImage gray16() {
		final BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_USHORT_GRAY);
		final ImageProcessor p = gray(new ShortProcessor(W, H), 60000);
		for (int y = 0; y < H; y++)
			for (int x = 0; x < W; x++)
				img.getRaster().setSample(x, y, 0, p.get(x, y));
		return img;
	}

	private static Path imageIO(final Path file, final BufferedImage img, final String format) throws IOException {
		if (!ImageIO.write(img, format, file.toFile())) throw new IOException("no ImageIO writer for " + format);
		return file;
	}
}
