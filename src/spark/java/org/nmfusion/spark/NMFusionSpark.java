package org.nmfusion.spark;

import java.io.PrintWriter;

import org.nmfusion.cnn.EngineUnavailableException;
import org.nmfusion.util.BadParameterException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code nmfusion-spark} command line, the main class of the shaded jar: {@code nmfusion-spark fuse}
 * runs a batch on Spark, on the local machine by default ({@code local[*]}) or on the master given by
 * {@code --master} or by {@code spark-submit}. Exit codes: 0 the job ran (failed pairs are rows of the
 * results table), 2 bad usage, 1 the job could not run (one line {@code nmfusion-spark: error: ...}).
 */
@Command(name = "nmfusion-spark", mixinStandardHelpOptions = true, versionProvider = NMFusionSpark.Version.class,
	description = "NMFusion batch fusion on Apache Spark: the pairs of a folder or manifest, spread over a cluster's executors.",
	subcommands = { SparkFuseCommand.class, CommandLine.HelpCommand.class })
public final class NMFusionSpark implements Runnable {

	@Spec
	CommandSpec spec;

	public static void main(final String[] args) {
		System.exit(execute(args));
	}

	/** Runs the command line and returns the exit code (no System.exit). */
	public static int execute(final String... args) {
		final CommandLine cl = new CommandLine(new NMFusionSpark());
		cl.setExecutionExceptionHandler(NMFusionSpark::reportFailure);
		return cl.execute(args);
	}

	@Override
	public void run() {
		throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand (try 'nmfusion-spark --help')");
	}

	private static int reportFailure(final Exception e, final CommandLine cl, final CommandLine.ParseResult parsed) {
		final PrintWriter err = cl.getErr();
		final String message = e.getMessage() == null ? e.toString() : e.getMessage();
		final boolean expected = e instanceof java.io.IOException || e instanceof IllegalArgumentException || e instanceof EngineUnavailableException;
		err.println("nmfusion-spark: error: " + (expected ? message : e.getClass().getSimpleName() + ": " + message));
		if (System.getenv("NMFUSION_DEBUG") != null) e.printStackTrace(err);
		err.flush();
		return e instanceof BadParameterException ? 2 : 1;
	}

	/** Version from the jar manifest (or "development"). */
	static final class Version implements CommandLine.IVersionProvider {

		@Override
		public String[] getVersion() {
			final String v = NMFusionSpark.class.getPackage().getImplementationVersion();
			return new String[] {
				"nmfusion-spark " + (v == null ? "development" : v) + ", Spark " + org.apache.spark.package$.MODULE$.SPARK_VERSION() };
		}
	}
}
