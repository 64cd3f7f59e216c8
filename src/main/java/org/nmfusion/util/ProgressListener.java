package org.nmfusion.util;

/** Receives the {@link ProgressReport}s of a core's run (fusion, batch, benchmark), on the thread doing the work. */
@FunctionalInterface
public interface ProgressListener {

	void progress(ProgressReport report);
}
