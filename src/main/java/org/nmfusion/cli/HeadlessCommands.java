package org.nmfusion.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

import org.nmfusion.commands.NMFusionCommand;
import org.nmfusion.service.NMFusionService;
import org.nmfusion.service.ProgressEvent;
import org.nmfusion.util.ProgressListener;
import org.scijava.app.StatusService;
import org.scijava.event.EventHandler;
import org.scijava.event.EventService;
import org.scijava.Context;
import org.scijava.command.Command;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;
import org.scijava.log.LogLevel;
import org.scijava.log.LogService;
import org.scijava.log.StderrLogService;

/**
 * Runs an NMFusion SciJava command headless in a small SciJava context, exactly as Fiji would run it
 * from the menu or a macro, and returns its outputs. A cancelled command (bad input) becomes a
 * {@link CliFailure} carrying the cancel reason.
 */
public final class HeadlessCommands {

	private HeadlessCommands() {}

	/** Runs {@code command} with the given name/value inputs; returns the module's outputs. */
	public static Map<String, Object> run(Class<? extends Command> command, Object... inputs) {
		return execute(command, null, null, inputs);
	}

	/**
	 * Runs {@code command} like {@link #run(Class, Object...)} and passes each typed progress report of the
	 * service (a {@link ProgressEvent}) to {@code progress}.
	 */
	public static Map<String, Object> runShowingProgress(Class<? extends Command> command, ProgressListener progress,
		Object... inputs)
	{
		return execute(command, null, progress, inputs);
	}

	/**
	 * Runs {@code command} like {@link #run(Class, Object...)} and passes each info-level message the command
	 * logs (its progress) to {@code info}; warnings and errors stay quiet.
	 */
	public static Map<String, Object> runShowingInfo(Class<? extends Command> command, Consumer<String> info,
		Object... inputs)
	{
		return execute(command, info, null, inputs);
	}

	private static Map<String, Object> execute(Class<? extends Command> command, Consumer<String> info,
		ProgressListener progress, Object... inputs)
	{
		System.setProperty("java.awt.headless", "true");
		try (Context context = new Context(CommandService.class, NMFusionService.class, StatusService.class, EventService.class)) {
			final ProgressSubscriber listener = progress == null ? null : new ProgressSubscriber(progress);
			if (listener != null) context.service(EventService.class).subscribe(listener);
			// the CLI reports a failure itself, in one line: keep the command's log quiet (info on request)
			final LogService log = context.service(LogService.class);
			log.setLevel(LogLevel.NONE);
			if (info != null) forwardInfo(log, info);
			final CommandModule module = context.service(CommandService.class).run(command, true, inputs).get();
			java.lang.ref.Reference.reachabilityFence(listener);
			if (module.isCanceled()) {
				// the command's own failure keeps its kind (a bad parameter exits with 2)
				final Object cmd = module.getCommand();
				if (cmd instanceof NMFusionCommand && ((NMFusionCommand) cmd).failure() != null) throw ((NMFusionCommand) cmd).failure();
				throw new CliFailure(module.getCancelReason() == null ? "cancelled" : module.getCancelReason());
			}
			return new HashMap<>(module.getOutputs());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new CliFailure("interrupted");
		}
		catch (ExecutionException e) {
			final Throwable cause = unwrap(e);
			if (cause instanceof RuntimeException) throw (RuntimeException) cause;
			if (cause instanceof Error) throw (Error) cause;
			throw new CliFailure(cause.getMessage() == null ? cause.toString() : cause.getMessage());
		}
	}

	/**
	 * The exception that actually failed: without the wrappers of the executor, of SciJava ("Module threw
	 * exception", "Module threw error") and of picocli.
	 */
	static Throwable unwrap(final Throwable t) {
		Throwable e = t;
		while (e.getCause() != null && e.getCause() != e && isWrapper(e))
			e = e.getCause();
		return e;
	}

	private static boolean isWrapper(final Throwable e) {
		if (e instanceof ExecutionException || e instanceof picocli.CommandLine.ExecutionException ||
			e instanceof java.lang.reflect.InvocationTargetException) return true;
		final String m = e.getMessage();
		return e.getClass() == RuntimeException.class && (m == null || m.startsWith("Module threw") || m.equals(e.getCause().toString()));
	}

	/** Info messages of {@code log} go to {@code info} only (not to the log's own output). */
	private static void forwardInfo(LogService log, Consumer<String> info) {
		log.setLevel(LogLevel.INFO);
		if (log instanceof StderrLogService) {
			final PrintStream none = new PrintStream(OutputStream.nullOutputStream());
			((StderrLogService) log).setPrintStreams(level -> none);
		}
		log.addLogListener(message -> {
			if (message.level() == LogLevel.INFO) info.accept(message.text());
		});
	}

	/** Forwards the service's progress events; kept referenced while the context lives (the event bus holds it weakly). */
	private static final class ProgressSubscriber {

		private final ProgressListener target;

		ProgressSubscriber(final ProgressListener target) {
			this.target = target;
		}

		@EventHandler
		public void onProgress(final ProgressEvent event) {
			target.progress(event.report());
		}
	}
}
