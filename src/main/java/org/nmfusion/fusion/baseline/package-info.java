/**
 * Array kernels of the baseline fusion methods: PCA weights, the discrete wavelet transform (Haar,
 * db2) and its max-abs fusion (docs/method.md, section 8).
 *
 * <p>Layer 2: may import {@code util}.
 */
package org.nmfusion.fusion.baseline;
