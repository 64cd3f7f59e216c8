/**
 * Liu's multi-focus decision (Information Fusion 36, 2017): small-region removal, box means and the
 * guided filter of He, Sun and Tang (docs/method.md, section 8.2).
 *
 * <p>Layer 2: may import {@code util}.
 */
package org.nmfusion.fusion.focus;
