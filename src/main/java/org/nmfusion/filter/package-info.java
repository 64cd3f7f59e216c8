/**
 * Hann-mean denoising (docs/method.md, section 3): the Hann kernel, separable convolution with mirror
 * border, the background-aware normalised variant.
 *
 * <p>Layer 2: may import {@code image}, {@code util} and ImgLib2.
 */
package org.nmfusion.filter;
