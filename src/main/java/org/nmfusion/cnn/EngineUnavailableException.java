package org.nmfusion.cnn;

/**
 * NMFusion's TensorFlow engine is not installed or cannot be loaded; the message says where it was looked
 * for. Commands show it as their cancel reason, the command line as its one error line.
 */
public class EngineUnavailableException extends IllegalStateException {
	private static final long serialVersionUID = 1L;

	public EngineUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}
}
