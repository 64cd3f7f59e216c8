/**
 * Low-level helpers below every other package: {@link org.nmfusion.util.Parallel} (the one parallel-loop
 * helper), {@link org.nmfusion.util.Planes} (the one image-to-array copy and the BT.601 luminance),
 * argument checks, {@link org.nmfusion.util.BadParameterException}, float image conversions and atomic
 * file writes.
 *
 * <p>Layer 0: imports the JDK and ImgLib2 only.
 */
package org.nmfusion.util;
