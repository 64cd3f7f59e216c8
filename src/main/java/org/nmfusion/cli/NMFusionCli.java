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
		return cl.execute(args);
	}

	@Override
	public void run() {
		throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand (try 'nmfusion --help')");
	}

	private static int reportFailure(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
		final PrintWriter err = cl.getErr();
		final String message = e.getMessage() == null ? e.toString() : e.getMessage();
		final boolean expected = e instanceof java.io.IOException || e instanceof IllegalArgumentException ||
			e instanceof CliFailure || e instanceof EngineUnavailableException;
		err.println("nmfusion: error: " + (expected ? message : e.getClass().getSimpleName() + ": " + message));
		if (System.getenv("NMFUSION_DEBUG") != null) e.printStackTrace(err);
		err.flush();
		return e instanceof BadParameterException ? 2 : 1;
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
