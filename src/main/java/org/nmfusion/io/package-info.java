/**
 * The one ImageJ 1.x adapter: ImagePlus to and from {@link org.nmfusion.image.Image2D} (zero copy for gray),
 * derived titles, calibrations and tables, and image files (open with clear errors, atomic save).
 *
 * <p>Layer 2: may import {@code image}, {@code util}, ImgLib2 and ImageJ 1.x.
 */
package org.nmfusion.io;
