package org.nmfusion.cli;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.nmfusion.service.NMFusionService;
import org.scijava.Context;
import org.scijava.command.Command;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;
import org.scijava.log.LogLevel;
import org.scijava.log.LogService;

/**
 * Runs an NMFusion SciJava command headless in a small SciJava context, exactly as Fiji would run it
 * from the menu or a macro, and returns its outputs. A cancelled command (bad input) becomes a
 * {@link CliFailure} carrying the cancel reason.
 */
public final class HeadlessCommands {

	private HeadlessCommands() {}

	/** Runs {@code command} with the given name/value inputs; returns the module's outputs. */
	public static Map<String, Object> run(Class<? extends Command> command, Object... inputs) {
		System.setProperty("java.awt.headless", "true");
		try (Context context = new Context(CommandService.class, NMFusionService.class)) {
			// the CLI reports a failure itself, in one line: keep the command's log quiet
			context.service(LogService.class).setLevel(LogLevel.NONE);
			final CommandModule module = context.service(CommandService.class).run(command, true, inputs).get();
			if (module.isCanceled()) {
				throw new CliFailure(module.getCancelReason() == null ? "cancelled" : module.getCancelReason());
			}
			return new HashMap<>(module.getOutputs());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new CliFailure("interrupted");
		}
		catch (ExecutionException e) {
			final Throwable cause = e.getCause() == null ? e : e.getCause();
			if (cause instanceof RuntimeException) throw (RuntimeException) cause;
			throw new CliFailure(cause.toString());
		}
	}
}
