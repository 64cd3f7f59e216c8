/**
 * The TensorFlow Java implementation of {@link org.nmfusion.cnn.FocusModel} (SavedModel loading and
 * dense inference) and its {@link org.nmfusion.cnn.FocusModelProvider}. Part of the engine jar, loaded by
 * {@link org.nmfusion.cnn.EngineLoader}; only {@code train.tf} imports it.
 *
 * <p>Layer 3: may import {@code cnn}, lower layers and TensorFlow.
 */
package org.nmfusion.cnn.tf;
