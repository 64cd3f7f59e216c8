package org.nmfusion.commands;

import java.io.File;

import ij.ImagePlus;
import ij.ImageStack;
import ij.process.FloatProcessor;

import org.nmfusion.cnn.DenseOutput;
import org.nmfusion.service.NMFusionService;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.command.ContextCommand;
import org.scijava.log.LogService;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Plugins &gt; NMFusion &gt; Compute Weight Map: dense Siamese CNN inference (SPEC section 2) on two
 * registered images; the 32-bit weight map Wc (1 = A sharper / more active), optionally the score map
 * and the branch features FA, FB (stacks of c3 slices at half resolution). Macro:
 * {@code run("Compute Weight Map", "source_a=a.tif source_b=b.tif with_scores=true");}
 */
@Plugin(type = Command.class, menuPath = "Plugins>NMFusion>Compute Weight Map", headless = true,
	label = "Compute Weight Map", description = "Siamese CNN focus/activity weight map (NMFusion stage 2)")
public class ComputeWeightMapCommand extends ContextCommand {

	@Parameter
	private NMFusionService nmfusion;

	@Parameter
	private LogService log;

	@Parameter(label = "Source A", description = "2-D image (8/16/32-bit gray or RGB)")
	private ImagePlus source_a;

	@Parameter(label = "Source B", description = "2-D image of the same size, registered to A")
	private ImagePlus source_b;

	@Parameter(label = "Model folder (empty = bundled)", required = false, persist = false, style = "directory",
		description = "a SavedModel folder exported by 'Train Siamese Model'; empty uses the bundled default model")
	private File model_dir;

	@Parameter(label = "Also output the score map", persist = false)
	private boolean with_scores = false;

	@Parameter(label = "Also output the features FA, FB", persist = false)
	private boolean with_features = false;

	@Parameter(type = ItemIO.OUTPUT, label = "Weight map")
	private ImagePlus weight_map;

	@Parameter(type = ItemIO.OUTPUT, label = "Score map", required = false)
	private ImagePlus score_map;

	@Parameter(type = ItemIO.OUTPUT, label = "Features A", required = false)
	private ImagePlus features_a;

	@Parameter(type = ItemIO.OUTPUT, label = "Features B", required = false)
	private ImagePlus features_b;

	@Override
	public void run() {
		final File dir = model_dir == null || model_dir.getPath().isEmpty() ? null : model_dir;
		final DenseOutput d = CommandFailures.runOrCancel(this, log,
			() -> nmfusion.focusMaps(source_a, source_b, dir, with_features));
		if (d == null) return;
		final String base = baseTitle(source_a);
		weight_map = image(base + "-weightmap", new FloatProcessor(d.width, d.height, d.weightMap()), source_a);
		if (with_scores) {
			score_map = new ImagePlus(base + "-scores", new FloatProcessor(d.scoreWidth, d.scoreHeight, d.scores));
		}
		if (with_features) {
			features_a = features(base + "-features-a", d, d.featuresA);
			features_b = features(baseTitle(source_b) + "-features-b", d, d.featuresB);
		}
	}

	private static ImagePlus image(String title, FloatProcessor fp, ImagePlus like) {
		final ImagePlus imp = new ImagePlus(title, fp);
		final ij.measure.Calibration cal = like.getCalibration().copy();
		cal.disableDensityCalibration();
		imp.setCalibration(cal);
		return imp;
	}

	private static ImagePlus features(String title, DenseOutput d, float[] planar) {
		final int n = d.featureWidth * d.featureHeight;
		final ImageStack st = new ImageStack(d.featureWidth, d.featureHeight);
		for (int c = 0; c < d.featureChannels; c++) {
			final float[] plane = new float[n];
			System.arraycopy(planar, c * n, plane, 0, n);
			st.addSlice("c" + (c + 1), plane);
		}
		return new ImagePlus(title, st);
	}

	private static String baseTitle(ImagePlus imp) {
		final String t = imp == null || imp.getTitle() == null ? "image" : imp.getTitle();
		final int dot = t.lastIndexOf('.');
		return dot > 0 ? t.substring(0, dot) : t;
	}
}
