/**
 * The NMF engine: multiplicative updates and HALS, NNDSVD and random initialisation, tolerance-based
 * stopping (docs/method.md, section 5.1). A pure factorisation engine: the fusion rules that use it live
 * in {@code fusion.rules} and {@code fusion.weights}.
 *
 * <p>Layer 1: may import {@code util} and ImgLib2.
 */
package org.nmfusion.nmf;
