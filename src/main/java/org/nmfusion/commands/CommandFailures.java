package org.nmfusion.commands;

import java.util.function.Supplier;

import org.scijava.command.ContextCommand;
import org.scijava.log.LogService;

/**
 * Turns a bad-input failure of a command into a cancellation with the error message as reason, so that
 * Fiji shows one clear line instead of a stack trace, and scripts and the CLI can read the reason
 * ({@code module.getCancelReason()}). Other exceptions propagate as bugs.
 */
final class CommandFailures {

	private CommandFailures() {}

	static <T> T runOrCancel(ContextCommand command, LogService log, Supplier<T> work) {
		try {
			return work.get();
		}
		catch (IllegalArgumentException e) {
			if (log != null) log.error(e.getMessage());
			command.cancel(e.getMessage());
			return null;
		}
	}
}
