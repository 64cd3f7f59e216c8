package org.nmfusion.cnn.tf;

import java.io.File;
import org.nmfusion.cnn.FocusModel;
import org.nmfusion.cnn.FocusModelProvider;

/** The TensorFlow {@link FocusModelProvider}: loads {@link TfFocusModel}s (registered for ServiceLoader). */
public final class TfFocusModelProvider implements FocusModelProvider {
	@Override
	public FocusModel load(File dir, String name) {
		return TfFocusModel.load(dir, name);
	}
}
