/**
 * The fusion methods of two gray [0, 1] planes behind {@link org.nmfusion.fusion.method.FusionMethod},
 * their options and run context; the pyramid method is composed from a weight source, a detail rule and
 * a base rule (docs/method.md, section 8).
 *
 * <p>Layer 4: may import {@code fusion.rules}, {@code fusion.weights}, {@code fusion.baseline},
 * {@code fusion.focus}, {@code pyramid}, {@code cnn}, {@code nmf}, {@code image}, {@code util}.
 */
package org.nmfusion.fusion.method;
