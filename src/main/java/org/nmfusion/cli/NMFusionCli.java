package org.nmfusion.cli;

import java.io.PrintWriter;

import org.nmfusion.cnn.EngineUnavailableException;
import org.nmfusion.util.BadParameterException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code nmfusion} command line: one subcommand per pipeline stage, each running the same SciJava
 * command as the Fiji menu, headless. Exit codes: 0 success, 2 bad usage, 1 failure (one line
 * {@code nmfusion: error: ...} on stderr; set NMFUSION_DEBUG=1 for the stack trace).
 */
@Command(name = "nmfusion", mixinStandardHelpOptions = true, versionProvider = NMFusionCli.Version.class,
	description = "Multi-modal and multi-focus image fusion (Siamese CNN + NMF + pyramids).%n" +
		"Each subcommand runs the same code as its Fiji menu command (Plugins > NMFusion).",
	footer = { "%nExit codes: 0 success, 1 failure (one line 'nmfusion: error: ...' on stderr),",
		"  2 bad parameter or usage.",
		"%nEnvironment:",
		"  NMFUSION_JAVA_OPTS  JVM options of scripts/nmfusion (default: -Xmx8g); raise",
		"                      the heap for larger inputs, e.g.",
		"                      NMFUSION_JAVA_OPTS=-Xmx16g scripts/nmfusion fuse ...",
		"  NMFUSION_DEBUG=1    print the stack trace of a failure after its message" },
	subcommands = { FuseSubcommand.class, BenchmarkSubcommand.class, DenoiseSubcommand.class, WeightMapSubcommand.class, NmfSubcommand.class,
		MetricsSubcommand.class, TrainSubcommand.class, EvaluateSubcommand.class, ExportModelSubcommand.class,
		CommandLine.HelpCommand.class })
public class NMFusionCli implements Runnable {

	@Spec
	CommandSpec spec;

	public static void main(String[] args) {
		System.exit(execute(args));
	}

	/** Runs the command line and returns the exit code (no System.exit). */
	public static int execute(String... args) {
		final CommandLine cl = new CommandLine(new NMFusionCli());
		cl.setExecutionExceptionHandler(NMFusionCli::reportFailure);
		try {
			return cl.execute(args);
		}
		catch (VirtualMachineError e) { // out of memory: picocli passes errors on
			return report(e, cl.getErr());
		}
	}

	@Override
	public void run() {
		throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand (try 'nmfusion --help')");
	}

	private static int reportFailure(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
		return report(e, cl.getErr());
	}

	/** Prints the one error line (and the stack trace with NMFUSION_DEBUG); returns the exit code. */
	static int report(final Throwable failure, final PrintWriter err) {
		final Throwable e = HeadlessCommands.unwrap(failure);
		err.println("nmfusion: error: " + errorLine(e));
		if (System.getenv("NMFUSION_DEBUG") != null) e.printStackTrace(err);
		err.flush();
		return e instanceof BadParameterException ? 2 : 1;
	}

	/** The text after "nmfusion: error: " for a failure: its message, the kind of an internal error, or how to get more memory. */
	static String errorLine(final Throwable e) {
		if (e instanceof OutOfMemoryError) return outOfMemory(Runtime.getRuntime().maxMemory());
		final Throwable t = e instanceof java.io.UncheckedIOException && e.getCause() != null ? e.getCause() : e;
		final String message = t.getMessage() == null || t.getMessage().isEmpty() ? "" : t.getMessage().trim().split("\\R", 2)[0];
		final boolean expected = t instanceof java.io.IOException || t instanceof IllegalArgumentException || t instanceof CliFailure ||
			t instanceof EngineUnavailableException;
		if (expected && !message.isEmpty()) return message;
		return "internal error " + t.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message) +
			(System.getenv("NMFUSION_DEBUG") == null ? " (NMFUSION_DEBUG=1 prints the stack trace)" : "");
	}

	/** The out-of-memory line: the heap limit and the option that raises it. */
	static String outOfMemory(final long maxHeapBytes) {
		final double gb = maxHeapBytes / (double) (1L << 30);
		final boolean large = gb >= 0.95;
		final String limit = large ? Math.round(gb) + " GB" : Math.round(gb * 1024) + " MB";
		final long more = large ? 2 * Math.round(gb) : Math.max(1, (long) Math.ceil(2 * gb));
		return "out of memory: the Java heap limit (" + limit + ") is too small for this input; raise it, e.g. NMFUSION_JAVA_OPTS=-Xmx" + more +
			"g scripts/nmfusion ...";
	}

	/** Version from the jar manifest (or "development" when run from classes). */
	static class Version implements CommandLine.IVersionProvider {

		@Override
		public String[] getVersion() {
			final String v = NMFusionCli.class.getPackage().getImplementationVersion();
			return new String[] { "nmfusion " + (v == null ? "development" : v) };
		}
	}
}
