/**
 * Resampling of weight maps to the image grid: the 16x16 block averaging of CNN scores and the x2
 * bilinear upsampling of pooled maps (docs/method.md, sections 4.4 and 5.2).
 *
 * <p>Layer 1: may import {@code util}.
 */
package org.nmfusion.resample;
