package org.nmfusion.cnn;

import java.io.File;
import java.io.IOException;

/**
 * Opens {@link FocusModel}s through the engine ({@link EngineLoader}, {@link FocusModelProvider}), so this
 * class and everything that uses {@link FocusModel} stays free of TensorFlow. Each call loads a new model
 * that the caller closes; the service keeps the loaded models in its {@link FocusModelCache}.
 */
public final class FocusModels {
	/** Name of the shipped default model (class-path resource folder under /org/nmfusion/models/). */
	public static final String DEFAULT_MODEL = "siamese-light";

	private FocusModels() {
	}

	/** Loads a user-given SavedModel folder. */
	public static FocusModel load(File dir) {
		if (dir == null) {
			throw new IllegalArgumentException("model folder not found: null");
		}
		return provider().load(dir, dir.getPath());
	}

	/** Loads a bundled model (unpacked once into the {@link ModelCache} folder). */
	public static FocusModel loadBundled(String name) {
		File dir;
		try {
			dir = ModelCache.unpack(FocusModels.class, name);
		}
		catch (IOException e) {
			throw new IllegalStateException("cannot unpack bundled model '" + name + "': " + e.getMessage(), e);
		}
		return provider().load(dir, "bundled:" + name);
	}

	private static FocusModelProvider provider() {
		return EngineLoader.service(FocusModelProvider.class);
	}
}
