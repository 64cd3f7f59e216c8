/**
 * Fusion quality metrics, computed exactly as the MEFB/VIFB reference toolbox computes them
 * (docs/metrics.md, quirks included), and binary classification metrics.
 *
 * <p>Entry points: {@link org.nmfusion.metrics.FusionMetrics} (registry: {@code all()},
 * {@code byName("EN,MI")}, {@code evaluate(a, b, f, metrics)}), one {@link org.nmfusion.metrics.FusionMetric}
 * class per metric, {@link org.nmfusion.metrics.GrayImage} (the ImgLib2 inputs converted once to a
 * row-major double array; RGB via the reference rgb2gray rule) and
 * {@link org.nmfusion.metrics.ClassificationMetrics}. Shared numerics live in package-private helpers:
 * {@code Filters} (MATLAB filter2/conv2/imfilter borders, with an Octave-exact FMA emulation for the
 * ill-conditioned Qy and Qc), {@code Gaussian} (fspecial windows), {@code Histograms} (256-bin
 * histograms, entropies, normalize1), {@code Fft} (any-size 2-D DFT), {@code WindowMoments} and
 * {@code SsimTerms} (windowed SSIM statistics), {@code PhaseCongruency}. {@code Evaluation} holds the
 * images of one evaluate call and the intermediates several metrics share; metrics that cannot be
 * computed for an image throw {@link org.nmfusion.metrics.MetricNotComputableException}, which
 * {@code FusionMetrics.evaluateWithNotes} turns into NaN and a note.
 *
 * <p>Layer 1: may import {@code util}, ImgLib2 and the JDK.
 */
package org.nmfusion.metrics;
