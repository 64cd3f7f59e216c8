/**
 * The Java trainer of the Siamese focus network: patch-pair generator, TensorFlow graph, training loop,
 * SavedModel export and held-out evaluation (docs/method.md, section 4.2).
 *
 * <p>Layer 4: may import {@code cnn}, {@code cnn.tf}, {@code metrics}, {@code util} and TensorFlow.
 */
package org.nmfusion.train;
