package org.nmfusion.bench;

import java.io.File;
import java.util.Random;

import ij.ImagePlus;
import ij.io.FileSaver;
import ij.process.ByteProcessor;

/**
 * Writes a synthetic 8-bit pair of any size for the big-image benchmark: smooth waves plus checkerboards of two
 * different periods and a little Gaussian noise (seeded), so the two sources differ in their detail everywhere.
 * Usage: SyntheticPair SIZE FOLDER (writes FOLDER/big_A.png and FOLDER/big_B.png).
 */
public final class SyntheticPair {

	public static void main(final String[] args) {
		final int n = Integer.parseInt(args[0]);
		final File folder = new File(args[1]);
		if (!folder.isDirectory() && !folder.mkdirs()) throw new IllegalStateException("cannot create " + folder);
		for (int k = 0; k < 2; k++) {
			final ByteProcessor bp = new ByteProcessor(n, n);
			final Random r = new Random(k);
			for (int y = 0; y < n; y++)
				for (int x = 0; x < n; x++) {
					final double v = 128 + 60 * Math.sin(x * 0.05 + k) * Math.cos(y * 0.031) + (((x >> (4 + k)) + (y >> 5)) % 2 == 0 ? 40 : -40) +
						r.nextGaussian() * 5;
					bp.set(x, y, (int) Math.max(0, Math.min(255, v)));
				}
			final File out = new File(folder, "big_" + (k == 0 ? "A" : "B") + ".png");
			if (!new FileSaver(new ImagePlus(out.getName(), bp)).saveAsPng(out.getPath())) throw new IllegalStateException("cannot write " + out);
		}
	}
}
