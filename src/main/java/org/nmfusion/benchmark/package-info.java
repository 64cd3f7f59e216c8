/**
 * The benchmark report ({@link org.nmfusion.benchmark.Benchmark}): methods and other tools' stored
 * outputs scored with the 20 metrics over a folder of pairs, as results.csv, summary.md and bar charts.
 *
 * <p>Layer 4: may import {@code batch}, {@code io}, {@code util} and ImageJ 1.x.
 */
package org.nmfusion.benchmark;
