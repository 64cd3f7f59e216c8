package org.nmfusion.commands;

import static org.junit.jupiter.api.Assertions.*;

import ij.ImagePlus;
import ij.process.ByteProcessor;
import ij.process.FloatProcessor;

import java.io.File;

import org.junit.jupiter.api.Test;
import org.nmfusion.cnn.DenseOutput;
import org.nmfusion.testutil.TestImages;
import org.nmfusion.service.NMFusionService;
import org.nmfusion.train.tf.TinyModel;
import org.scijava.command.CommandModule;

class ComputeWeightMapCommandTest extends HeadlessCommandTest {

	static ImagePlus gray8(String title, float[] unit, int w, int h) {
		final ByteProcessor bp = new ByteProcessor(w, h);
		for (int i = 0; i < unit.length; i++) bp.set(i, Math.round(255 * unit[i]));
		return new ImagePlus(title, bp);
	}

	@Test
	void weightMapScoresAndFeaturesLikeAMacro() throws Exception {
		final int w = 70, h = 53;
		final float[] s = TestImages.textured(w, h, 4), bl = TestImages.blur(s, w, h, 2.0);
		final ImagePlus a = gray8("sharp.tif", s, w, h), b = gray8("blurred.tif", bl, w, h);
		final byte[] before = ((byte[]) a.getProcessor().getPixels()).clone();
		final File model = TinyModel.modelDir();
		final CommandModule m = runCommand(ComputeWeightMapCommand.class, "source_a", a, "source_b", b, "model_dir", model, "with_scores", true,
			"with_features", true);
		assertFalse(m.isCanceled(), m.getCancelReason());
		final ImagePlus wm = (ImagePlus) m.getOutput("weight_map");
		assertEquals(32, wm.getBitDepth());
		assertEquals(w, wm.getWidth());
		assertEquals(h, wm.getHeight());
		assertEquals("sharp-weightmap", wm.getTitle());
		assertTrue(TestImages.mean((float[]) wm.getProcessor().getPixels()) > 0.8, "sharp A should get weight near 1");
		final ImagePlus sc = (ImagePlus) m.getOutput("score_map");
		assertEquals(DenseOutput.scoreWidth(w), sc.getWidth());
		assertEquals(DenseOutput.scoreWidth(h), sc.getHeight());
		final ImagePlus fa = (ImagePlus) m.getOutput("features_a");
		assertEquals(TinyModel.WIDTHS.c3, fa.getStackSize());
		assertEquals((w + 1) / 2, fa.getWidth());
		assertEquals((h + 1) / 2, fa.getHeight());
		assertArrayEquals(before, (byte[]) a.getProcessor().getPixels(), "input not modified");
		// same numbers as the core's dense inference on the unit-scaled luminances
		final float[] direct;
		try (org.nmfusion.cnn.FocusModelCache models = new org.nmfusion.cnn.FocusModelCache()) {
			final org.nmfusion.image.Plane[] u = org.nmfusion.fusion.Fusion.unitLuma(org.nmfusion.io.ImagePlusAdapter.wrap(a),
				org.nmfusion.io.ImagePlusAdapter.wrap(b));
			direct = models.get(model).denseInference(u[0].data(), u[1].data(), u[0].width(), u[0].height(), false).weightMap();
		}
		assertArrayEquals(direct, (float[]) wm.getProcessor().getPixels(), 0f);
	}

	@Test
	void optionalOutputsAreAbsentUnlessAsked() throws Exception {
		final float[] s = TestImages.textured(32, 32, 1);
		final CommandModule m = runCommand(ComputeWeightMapCommand.class, "source_a", gray8("a", s, 32, 32), "source_b",
			new ImagePlus("b", new FloatProcessor(32, 32, s)),
			"model_dir", TinyModel.modelDir());
		assertNotNull(m.getOutput("weight_map"));
		assertNull(m.getOutput("score_map"));
		assertNull(m.getOutput("features_a"));
	}

	@Test
	void sizeMismatchAndMissingModelCancelWithClearReasons() throws Exception {
		CommandModule m = runCommand(ComputeWeightMapCommand.class, "source_a", new ImagePlus("a", new ByteProcessor(40, 40)), "source_b",
			new ImagePlus("b", new ByteProcessor(40, 41)),
			"model_dir", TinyModel.modelDir());
		assertTrue(m.isCanceled());
		assertTrue(m.getCancelReason().contains("differ in size"), m.getCancelReason());
		m = runCommand(ComputeWeightMapCommand.class, "source_a", new ImagePlus("a", new ByteProcessor(40, 40)), "source_b",
			new ImagePlus("b", new ByteProcessor(40, 40)),
			"model_dir", new File("/nonexistent/model"));
		assertTrue(m.isCanceled());
		assertTrue(m.getCancelReason().contains("model folder not found"), m.getCancelReason());
	}
}
