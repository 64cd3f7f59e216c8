/**
 * The engine-free half of the trainer of the Siamese focus network: settings, widths, patch-pair generator,
 * held-out evaluation and the {@link org.nmfusion.train.FocusModelTrainer} interface (docs/method.md,
 * section 4.2). The TensorFlow graph, training loop and export live in {@code train.tf}.
 *
 * <p>Layer 4: may import {@code cnn}, {@code metrics}, {@code util}.
 */
package org.nmfusion.train;
