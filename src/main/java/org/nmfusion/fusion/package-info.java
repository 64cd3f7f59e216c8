/**
 * Image fusion, the main job: {@link org.nmfusion.fusion.Fusion} (scaling, colour, N sources, output
 * type) and the registry {@link org.nmfusion.fusion.FusionMethods} (docs/method.md, sections 2, 8 and 9).
 *
 * <p>Layer 5: may import every core package; no ImageJ, SciJava or TensorFlow.
 */
package org.nmfusion.fusion;
