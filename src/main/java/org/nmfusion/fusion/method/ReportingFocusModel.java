package org.nmfusion.fusion.method;

import java.util.concurrent.atomic.AtomicInteger;

import org.nmfusion.cnn.DenseOutput;
import org.nmfusion.cnn.FocusModel;

/**
 * The focus model as a fusion run sees it: every CNN tile is reported as a step of the run's current progress
 * message and checks the run's cancel flag, so a large image shows it is alive and stops within one tile. Closing
 * it does nothing: the model belongs to whoever gave it to the {@link FusionContext}.
 */
final class ReportingFocusModel implements FocusModel {

	private final FocusModel model;
	private final FusionContext context;
	private final AtomicInteger tiles = new AtomicInteger();

	ReportingFocusModel(final FocusModel model, final FusionContext context) {
		this.model = model;
		this.context = context;
	}

	@Override
	public String name() { return model.name(); }

	@Override
	public int featureChannels() { return model.featureChannels(); }

	@Override
	public int tileSize() { return model.tileSize(); }

	@Override
	public float[] scorePatches(final float[] a, final float[] b, final int n) {
		return model.scorePatches(a, b, n);
	}

	@Override
	public DenseOutput denseUntiled(final float[] a, final float[] b, final int w, final int h, final boolean withFeatures) {
		context.step("CNN tile " + tiles.incrementAndGet());
		return model.denseUntiled(a, b, w, h, withFeatures);
	}

	@Override
	public void close() {}
}
