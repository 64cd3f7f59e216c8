package org.nmfusion.util;

/**
 * A parameter outside its valid range (a radius, a rank, an unknown method name...), as opposed to bad
 * image data or a failed run. The cores throw it once, where the parameter is used; front ends map it to
 * their own form (the command line exits with code 2 for it, 1 for any other failure).
 */
public class BadParameterException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	private final boolean againstInput;

	public BadParameterException(final String message) {
		this(message, false);
	}

	/**
	 * @param againstInput true when the parameter is bad only for this input (a radius not smaller than the
	 *          image), so front ends also name the input
	 */
	public BadParameterException(final String message, final boolean againstInput) {
		super(message);
		this.againstInput = againstInput;
	}

	/** Whether the parameter is bad only for this input (front ends name the input in the message). */
	public boolean againstInput() {
		return againstInput;
	}
}
