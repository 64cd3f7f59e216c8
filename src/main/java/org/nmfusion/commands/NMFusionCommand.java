package org.nmfusion.commands;

import java.io.IOException;

import org.nmfusion.cnn.EngineUnavailableException;
import org.nmfusion.fusion.method.FusionCanceledException;
import org.nmfusion.service.NMFusionService;
import org.scijava.command.ContextCommand;
import org.scijava.log.LogService;
import org.scijava.plugin.Parameter;

/**
 * Base of every NMFusion command: gives it the service and the log, and turns a bad-input failure of its
 * one service call (or a missing TensorFlow engine) into a cancellation whose reason is the error message, so that Fiji shows one clear
 * line instead of a stack trace and macros, scripts and the command line can read the reason. The failure
 * itself stays available ({@link #failure()}) for front ends that map its kind (the command line exits
 * with 2 for a bad parameter, 1 otherwise). Other exceptions propagate as bugs.
 */
public abstract class NMFusionCommand extends ContextCommand {

	@Parameter
	protected NMFusionService nmfusion;

	@Parameter
	protected LogService log;

	private RuntimeException failure;

	/** A command's one service call, which may fail to read or write a file. */
	@FunctionalInterface
	protected interface Work<T> {
		T get() throws IOException;
	}

	/**
	 * Runs the command's service call; on IllegalArgumentException or EngineUnavailableException logs it,
	 * cancels and returns null. An IOException is such a failure too, with its message.
	 */
	protected <T> T call(final Work<T> work) {
		return call(null, work);
	}

	/** As {@link #call(Work)}; an IOException's message is prefixed with {@code ioFailure} (e.g. "export failed: ..."). */
	protected <T> T call(final String ioFailure, final Work<T> work) {
		try {
			try {
				return work.get();
			}
			catch (IOException e) {
				throw new IllegalArgumentException(ioFailure == null ? e.getMessage() : ioFailure + ": " + e.getMessage(), e);
			}
		}
		catch (IllegalArgumentException | EngineUnavailableException e) {
			failure = e;
			if (log != null) log.error(e.getMessage());
			cancel(e.getMessage());
			return null;
		}
		catch (FusionCanceledException e) { // the user's cancel reached the fusion: nothing was produced
			if (!isCanceled()) cancel(e.getMessage());
			return null;
		}
	}

	/** The failure (bad input or missing engine) that cancelled this command, or null. */
	public RuntimeException failure() {
		return failure;
	}
}
