/**
 * Batch fusion on Apache Spark ({@code nmfusion-spark fuse}, a shaded jar for {@code spark-submit}): the
 * driver lists the pairs, leaves out those a previous run finished, spreads the rest over the executors,
 * and writes the results table from the collected outcomes; each executor JVM keeps one NMFusion service
 * (one loaded focus model) and fuses every pair with the same per-pair step as {@code nmfusion fuse --batch}.
 * Built only with the Maven profile {@code spark} (sources in src/spark/java); the plugin jar holds none of it.
 *
 * <p>Layer 9: may import every package, Spark, SciJava and ImageJ 1.x.
 */
package org.nmfusion.spark;
