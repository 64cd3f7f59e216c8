package org.nmfusion.train;

import org.nmfusion.util.Planes;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/** A grayscale image scaled to [0,1] (row-major), read from a file with ImageIO. */
public final class TrainingImage {
	public final String name;
	public final int width;
	public final int height;
	public final float[] pixels;
	/** SHA-1 (lower-case hex) of the file's bytes, or null for generated images. */
	public final String sha1;

	public TrainingImage(String name, int width, int height, float[] pixels, String sha1) {
		if (pixels.length != (long) width * height) {
			throw new IllegalArgumentException("pixel count " + pixels.length + " != " + width + "x" + height);
		}
		this.name = name;
		this.width = width;
		this.height = height;
		this.pixels = pixels;
		this.sha1 = sha1;
	}

	public float get(int x, int y) {
		return pixels[y * width + x];
	}

	/** Reads an image; colour is converted to luminance (0.299 R + 0.587 G + 0.114 B); 8-bit /255, 16-bit /65535. */
	public static TrainingImage read(File file) throws IOException {
		byte[] bytes = Files.readAllBytes(file.toPath());
		BufferedImage img;
		try (InputStream in = new java.io.ByteArrayInputStream(bytes)) {
			img = ImageIO.read(in);
		}
		if (img == null) {
			throw new IOException("not a readable image: " + file);
		}
		Raster r = img.getRaster();
		int w = img.getWidth();
		int h = img.getHeight();
		int bands = r.getNumBands();
		int bits = img.getColorModel().getComponentSize(0);
		double max = (1L << bits) - 1;
		float[] px = new float[w * h];
		boolean indexed = img.getColorModel() instanceof java.awt.image.IndexColorModel;
		for (int y = 0; y < h; y++) {
			for (int x = 0; x < w; x++) {
				double v;
				if (indexed) {
					int rgb = img.getRGB(x, y);
					v = Planes.luminance((rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255) / 255.0;
				}
				else if (bands >= 3) {
					v = Planes.luminance(r.getSample(x, y, 0), r.getSample(x, y, 1), r.getSample(x, y, 2)) / max;
				}
				else {
					v = r.getSample(x, y, 0) / max;
				}
				px[y * w + x] = (float) Math.min(1.0, Math.max(0.0, v));
			}
		}
		return new TrainingImage(file.getName(), w, h, px, sha1Hex(bytes));
	}

	/** All readable images (png, jpg, jpeg, tif, tiff, bmp, gif) of a folder, sorted by name. */
	public static List<File> listImages(File folder) {
		if (!folder.isDirectory()) {
			throw new IllegalArgumentException("image folder not found: " + folder);
		}
		File[] files = folder.listFiles((d, n) -> {
			String l = n.toLowerCase(Locale.ROOT);
			return l.endsWith(".png") || l.endsWith(".jpg") || l.endsWith(".jpeg") || l.endsWith(".tif")
				|| l.endsWith(".tiff") || l.endsWith(".bmp") || l.endsWith(".gif");
		});
		List<File> list = new ArrayList<>(Arrays.asList(files == null ? new File[0] : files));
		list.sort((a, b) -> a.getName().compareTo(b.getName()));
		return list;
	}

	public static String sha1Hex(byte[] bytes) {
		try {
			byte[] d = MessageDigest.getInstance("SHA-1").digest(bytes);
			StringBuilder sb = new StringBuilder();
			for (byte b : d) {
				sb.append(String.format(Locale.ROOT, "%02x", b));
			}
			return sb.toString();
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
