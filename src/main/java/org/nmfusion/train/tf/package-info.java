/**
 * The TensorFlow half of the trainer: network graph, training loop with Adam, SavedModel export and the
 * {@link org.nmfusion.train.FocusModelTrainer} implementation. Part of the engine jar, loaded by
 * {@link org.nmfusion.cnn.EngineLoader}; no other package imports it.
 *
 * <p>Layer 5: may import {@code train}, {@code cnn.tf}, lower layers and TensorFlow.
 */
package org.nmfusion.train.tf;
