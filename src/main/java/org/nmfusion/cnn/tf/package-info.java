/**
 * The TensorFlow Java implementation of {@link org.nmfusion.cnn.FocusModel} (SavedModel loading and
 * dense inference).
 *
 * <p>Layer 3: may import {@code cnn}, lower layers and TensorFlow.
 */
package org.nmfusion.cnn.tf;
