package org.nmfusion.cnn;

import java.io.File;

/**
 * Opens {@link FocusModel}s from model folders: the one entry of an inference engine (TensorFlow in
 * {@code org.nmfusion.cnn.tf}), found by {@link EngineLoader} with {@link java.util.ServiceLoader}.
 * Everything that crosses from the engine to the caller is a type of this package or of the JDK.
 */
public interface FocusModelProvider {
	/**
	 * Loads the model in {@code dir} (a SavedModel folder); {@code name} is what {@link FocusModel#name()}
	 * and error messages show. The caller closes the model.
	 *
	 * @throws IllegalArgumentException when the folder is missing, not a model or not an NMFusion model
	 */
	FocusModel load(File dir, String name);
}
