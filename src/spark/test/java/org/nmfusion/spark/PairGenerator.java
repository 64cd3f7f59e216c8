package org.nmfusion.spark;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import javax.imageio.ImageIO;

/**
 * Test pairs for the Spark job: multi-focus-like 8-bit gray PNG pairs pNN_A.png / pNN_B.png (a random smooth
 * scene, A sharp on the left, B on the right), and on request three broken pairs: B truncated, B of another
 * size, B not an image. Used by the unit tests and, as a program, by scripts/test-spark:
 * {@code PairGenerator OUT_DIR COUNT SIZE BROKEN} (COUNT pairs in all, BROKEN of them broken).
 */
public final class PairGenerator {

	/** Names of the broken pairs, in the order they are made. */
	public static final List<String> BROKEN = List.of("broken_truncated", "broken_size", "broken_unreadable");

	private PairGenerator() {}

	public static void main(final String[] args) throws IOException {
		if (args.length != 4) throw new IllegalArgumentException("usage: PairGenerator OUT_DIR COUNT SIZE BROKEN");
		final List<String> names = write(Paths.get(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
		System.out.println(names.size() + " pairs in " + args[0]);
	}

	/** Writes {@code count} pairs of {@code size} x {@code size} into {@code dir}, the last {@code broken} (at most 3) broken; returns their names. */
	public static List<String> write(final Path dir, final int count, final int size, final int broken) throws IOException {
		if (broken < 0 || broken > BROKEN.size() || broken > count) throw new IllegalArgumentException("0 to 3 broken pairs, at most count");
		Files.createDirectories(dir);
		final List<String> names = new ArrayList<>();
		for (int i = 0; i < count - broken; i++) {
			final String name = String.format("p%02d", i);
			final float[] scene = scene(size, size, 1000 + i);
			png(dir.resolve(name + "_A.png"), focus(scene, size, size, true), size, size);
			png(dir.resolve(name + "_B.png"), focus(scene, size, size, false), size, size);
			names.add(name);
		}
		for (int k = 0; k < broken; k++) {
			final String name = BROKEN.get(k);
			final float[] scene = scene(size, size, 2000 + k);
			png(dir.resolve(name + "_A.png"), focus(scene, size, size, true), size, size);
			final Path b = dir.resolve(name + "_B.png");
			if (k == 0) {
				png(b, focus(scene, size, size, false), size, size);
				final byte[] all = Files.readAllBytes(b);
				Files.write(b, Arrays.copyOf(all, all.length / 2));
			}
			else if (k == 1) {
				final int s2 = size - 16;
				png(b, focus(scene(s2, s2, 2100), s2, s2, false), s2, s2);
			}
			else Files.write(b, "this is not an image\n".getBytes(StandardCharsets.UTF_8));
			names.add(name);
		}
		return names;
	}

	/** A smooth random scene with edges, values 0..255. */
	private static float[] scene(final int w, final int h, final long seed) {
		final Random r = new Random(seed);
		final float[] v = new float[w * h];
		final int blobs = 12;
		final double[][] b = new double[blobs][4];
		for (final double[] blob : b) {
			blob[0] = r.nextDouble() * w;
			blob[1] = r.nextDouble() * h;
			blob[2] = 2 + r.nextDouble() * w / 6.0;
			blob[3] = 40 + r.nextDouble() * 160;
		}
		for (int y = 0; y < h; y++)
			for (int x = 0; x < w; x++) {
				double s = 20 + 10 * Math.sin(x * 0.7 + seed) * Math.cos(y * 0.5);
				for (final double[] blob : b)
					if (Math.hypot(x - blob[0], y - blob[1]) < blob[2]) s += blob[3] * 0.5;
				v[y * w + x] = (float) Math.max(0, Math.min(255, s));
			}
		return v;
	}

	/** The scene with one half blurred (box 5x5): the left half sharp when {@code leftSharp}. */
	private static float[] focus(final float[] s, final int w, final int h, final boolean leftSharp) {
		final float[] out = new float[w * h];
		for (int y = 0; y < h; y++)
			for (int x = 0; x < w; x++) {
				final boolean sharp = x < w / 2 == leftSharp;
				if (sharp) {
					out[y * w + x] = s[y * w + x];
					continue;
				}
				float sum = 0;
				int n = 0;
				for (int dy = -2; dy <= 2; dy++)
					for (int dx = -2; dx <= 2; dx++) {
						final int xx = Math.min(w - 1, Math.max(0, x + dx)), yy = Math.min(h - 1, Math.max(0, y + dy));
						sum += s[yy * w + xx];
						n++;
					}
				out[y * w + x] = sum / n;
			}
		return out;
	}

	private static void png(final Path file, final float[] v, final int w, final int h) throws IOException {
		final BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
		final byte[] px = ((java.awt.image.DataBufferByte) img.getRaster().getDataBuffer()).getData();
		for (int i = 0; i < px.length; i++)
			px[i] = (byte) Math.round(v[i]);
		if (!ImageIO.write(img, "png", file.toFile())) throw new IOException("no PNG writer");
	}
}
