package org.nmfusion.fusion.method;

/** Thrown inside a fusion run when its cancel flag is set; nothing is returned or written. */
public class FusionCanceledException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public FusionCanceledException() {
		super("fusion canceled");
	}
}
