/**
 * The Siamese CNN focus model behind the engine-free {@link org.nmfusion.cnn.FocusModel} interface:
 * dense tiled inference, the weight map Wc, the bundled model cache (docs/method.md, section 4).
 * TensorFlow lives only in {@code cnn.tf}.
 *
 * <p>Layer 2: may import {@code resample}, {@code image}, {@code util}.
 */
package org.nmfusion.cnn;
