/**
 * Where a fusion weight map comes from: the CNN map Wc, NMF stage 1 on the CNN features and their
 * mix (docs/method.md, sections 4.4, 5.2 and 5.3).
 *
 * <p>Layer 3: may import {@code cnn}, {@code nmf}, {@code resample}, {@code image}, {@code util}.
 */
package org.nmfusion.fusion.weights;
