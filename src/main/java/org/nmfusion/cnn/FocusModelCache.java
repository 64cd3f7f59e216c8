package org.nmfusion.cnn;

import java.io.File;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The loaded focus models of one owner (the NMFusion service): the bundled default model and user folders
 * (by canonical path), each loaded once on first use and handed out as a shared model whose
 * {@code close()} does nothing; {@link #close()} releases them all.
 */
public final class FocusModelCache implements AutoCloseable {
	private final Map<String, FocusModel> models = new LinkedHashMap<>();

	/** The model of {@code dirOrNull}, or the bundled {@link FocusModels#DEFAULT_MODEL} for null. */
	public FocusModel get(File dirOrNull) {
		String key = dirOrNull == null ? "bundled:" + FocusModels.DEFAULT_MODEL : canonical(dirOrNull);
		synchronized (models) {
			FocusModel m = models.get(key);
			if (m == null) {
				m = new Shared(dirOrNull == null ? FocusModels.loadBundled(FocusModels.DEFAULT_MODEL)
					: FocusModels.load(dirOrNull));
				models.put(key, m);
			}
			return m;
		}
	}

	/** Closes every loaded model; later calls to {@link #get} load again. */
	@Override
	public void close() {
		synchronized (models) {
			for (FocusModel m : models.values()) {
				((Shared) m).model.close();
			}
			models.clear();
		}
	}

	private static String canonical(File dir) {
		try {
			return dir.getCanonicalPath();
		}
		catch (IOException e) {
			return dir.getAbsolutePath();
		}
	}

	/** A cached model: forwards everything but close(). */
	private static final class Shared implements FocusModel {
		final FocusModel model;

		Shared(FocusModel model) {
			this.model = model;
		}

		@Override
		public String name() {
			return model.name();
		}

		@Override
		public int featureChannels() {
			return model.featureChannels();
		}

		@Override
		public float[] scorePatches(float[] a, float[] b, int n) {
			return model.scorePatches(a, b, n);
		}

		@Override
		public DenseOutput denseUntiled(float[] a, float[] b, int w, int h, boolean withFeatures) {
			return model.denseUntiled(a, b, w, h, withFeatures);
		}

		@Override
		public int tileSize() {
			return model.tileSize();
		}

		@Override
		public void close() {
			// owned by the cache
		}
	}
}
