/**
 * Per-level combination rules for pyramid fusion after Y. Liu, X. Chen, J. Cheng, H. Peng, "A medical
 * image fusion method based on convolutional neural networks" (Int. Conf. Information Fusion 2017), and
 * NMF stage 2 on the base level; see docs/method.md.
 *
 * <p>Entry points: {@link org.nmfusion.fusion.rules.LocalSimilarityRule} (Liu's rule),
 * {@link org.nmfusion.fusion.rules.MaxAbsRule} (laplacian-max baseline),
 * {@link org.nmfusion.fusion.rules.WeightedRule} and {@link org.nmfusion.fusion.rules.BaseLevelNmf}. All work
 * on row-major {@code float[]} levels of the same size; the methods compose them in
 * {@code fusion.method.PyramidMethod}.
 *
 * <p>Layer 2: may import {@code pyramid}, {@code nmf} and {@code util}.
 */
package org.nmfusion.fusion.rules;
