/**
 * The cores' image types: {@link org.nmfusion.image.Plane} (a row-major float plane),
 * {@link org.nmfusion.image.Image2D} (gray or RGB channels with spatial and value calibration).
 *
 * <p>Layer 1: may import {@code util} and ImgLib2.
 */
package org.nmfusion.image;
