package org.nmfusion.train.tf;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.nmfusion.testutil.TestImages;
import org.nmfusion.train.TrainingConfig;
import org.nmfusion.train.Widths;

/** Test fixture: a tiny-width model trained once per JVM on synthetic images (never on ../shared). */
public final class TinyModel {
	public static final Widths WIDTHS = new Widths(8, 16, 16);
	private static File root;
	private static SiameseTrainer.Outcome outcome;

	private TinyModel() {
	}

	/** Writes n synthetic 8-bit PNG training images into a new folder. */
	public static File writeImages(File dir, int n, int size, long seed) throws IOException {
		Files.createDirectories(dir.toPath());
		for (int k = 0; k < n; k++) {
			float[] img = TestImages.textured(size, size, seed + k);
			BufferedImage bi = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_GRAY);
			for (int y = 0; y < size; y++) {
				for (int x = 0; x < size; x++) {
					bi.getRaster().setSample(x, y, 0, Math.round(255 * img[y * size + x]));
				}
			}
			ImageIO.write(bi, "png", new File(dir, String.format("img%02d.png", k)));
		}
		return dir;
	}

	public static synchronized SiameseTrainer.Outcome outcome() throws IOException {
		if (outcome == null) {
			root = Files.createTempDirectory("nmfusion-tiny").toFile();
			root.deleteOnExit();
			TrainingConfig c = new TrainingConfig();
			c.images = writeImages(new File(root, "images"), 4, 160, 100);
			c.holdout = Arrays.asList("img03.png");
			c.widths = WIDTHS;
			c.steps = 400;
			c.batch = 64;
			c.learningRate = 3e-3;
			c.decayAt = 0.75;
			c.logEvery = 50;
			c.checkpointEvery = 200;
			c.validationPairs = 512;
			c.testPairs = 2000;
			c.seed = 7;
			c.out = new File(root, "run");
			outcome = SiameseTrainer.train(c, "TinyModel fixture", (s, n, m) -> {}, null);
		}
		return outcome;
	}

	/** Folder of the fixture's training images (img00.png .. img03.png; img03.png is held out). */
	public static File imageDir() throws IOException {
		outcome();
		return new File(root, "images");
	}

	/** Folder of the trained tiny SavedModel. */
	public static File modelDir() throws IOException {
		return outcome().modelDir;
	}
}
