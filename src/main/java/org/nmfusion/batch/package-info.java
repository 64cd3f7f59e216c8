/**
 * Batch fusion as a plain function over a list of pairs ({@link org.nmfusion.batch.BatchFusion}), with the
 * pair finder and the report, for any executor: the command line, a Fiji command, a cluster task.
 *
 * <p>Layer 3: may import {@code io}, {@code util} and ImageJ 1.x.
 */
package org.nmfusion.batch;
