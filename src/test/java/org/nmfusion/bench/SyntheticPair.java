package org.nmfusion.bench;

import java.io.File;
import java.util.Random;

import ij.ImagePlus;
import ij.io.FileSaver;
import ij.process.ByteProcessor;
import ij.process.ColorProcessor;
import ij.process.ImageProcessor;

/**
 * Writes a synthetic pair of any size for the big-image benchmark: smooth waves plus checkerboards of two
 * different periods and a little Gaussian noise (seeded), so the two sources differ in their detail everywhere.
 * Mode {@code gray} (the default) writes two 8-bit images; {@code rgb} two RGB images whose channels carry the
 * pattern with different phases and strengths; {@code gray-rgb} an 8-bit A and an RGB B (like MRI with PET).
 * Usage: SyntheticPair SIZE FOLDER [gray|rgb|gray-rgb] (writes FOLDER/big_A.png and FOLDER/big_B.png).
 */
public final class SyntheticPair {

	public static void main(final String[] args) {
		final int n = Integer.parseInt(args[0]);
		final File folder = new File(args[1]);
		final String mode = args.length > 2 ? args[2] : "gray";
		if (!mode.equals("gray") && !mode.equals("rgb") && !mode.equals("gray-rgb")) throw new IllegalArgumentException("unknown mode " + mode);
		if (!folder.isDirectory() && !folder.mkdirs()) throw new IllegalStateException("cannot create " + folder);
		for (int k = 0; k < 2; k++) {
			final boolean colour = mode.equals("rgb") || mode.equals("gray-rgb") && k == 1;
			final ImageProcessor ip = colour ? new ColorProcessor(n, n) : new ByteProcessor(n, n);
			final Random r = new Random(k);
			for (int y = 0; y < n; y++)
				for (int x = 0; x < n; x++) {
					final double wave = Math.sin(x * 0.05 + k) * Math.cos(y * 0.031), noise = r.nextGaussian() * 5;
					final double v = 128 + 60 * wave + (((x >> (4 + k)) + (y >> 5)) % 2 == 0 ? 40 : -40) + noise;
					if (!colour) {
						ip.set(x, y, clamp(v));
						continue;
					}
					final int red = clamp(v), green = clamp(100 + 90 * Math.sin(y * 0.02 - k) * wave + noise),
						blue = clamp(40 + 0.5 * v * Math.cos(x * 0.013));
					ip.set(x, y, red << 16 | green << 8 | blue);
				}
			final File out = new File(folder, "big_" + (k == 0 ? "A" : "B") + ".png");
			if (!new FileSaver(new ImagePlus(out.getName(), ip)).saveAsPng(out.getPath())) throw new IllegalStateException("cannot write " + out);
		}
	}

	private static int clamp(final double v) {
		return (int) Math.max(0, Math.min(255, v));
	}
}
