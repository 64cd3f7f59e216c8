/**
 * One-pass focus-stack fusion (extended depth of field) of N &gt;= 2 slices: a per-pixel focus measure kept
 * as a running best (memory of a few planes, not N), sub-slice height by a parabola through the neighbouring
 * scores, confidence-weighted smoothing of the height map, and a blend of the slices next to the height
 * (docs/method.md, "Focus stacks"); plus the synthetic focus-stack generator and scorer of the benchmark.
 *
 * <p>Layer 3: may import {@code util} and {@code fusion.focus} (the guided filter of the edge-respecting height map).
 */
package org.nmfusion.focusstack;
