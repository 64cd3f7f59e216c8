/**
 * The Siamese CNN focus model behind the engine-free {@link org.nmfusion.cnn.FocusModel} interface:
 * dense tiled inference, the weight map Wc, the bundled model cache and the service's model cache
 * (docs/method.md, section 4), and {@link org.nmfusion.cnn.EngineLoader}, which finds the TensorFlow engine
 * (isolated from Fiji's TensorFlow 1.x in a child-first class loader). TensorFlow lives only in {@code cnn.tf}
 * and {@code train.tf}.
 *
 * <p>Layer 2: may import {@code resample}, {@code image}, {@code util}.
 */
package org.nmfusion.cnn;
