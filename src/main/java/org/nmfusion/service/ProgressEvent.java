package org.nmfusion.service;

import org.nmfusion.util.ProgressReport;
import org.scijava.event.SciJavaEvent;

/**
 * The service's progress, typed, on the SciJava event bus: published with each {@link ProgressReport} of a
 * fusion, batch or benchmark (which the status bar also shows), for front ends that act on the step and
 * the counts, such as the command line.
 */
public class ProgressEvent extends SciJavaEvent {

	private final ProgressReport report;

	public ProgressEvent(final ProgressReport report) {
		this.report = report;
	}

	public ProgressReport report() {
		return report;
	}
}
