package org.nmfusion.spark;

import java.io.File;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.nmfusion.batch.FusionPair;
import org.nmfusion.cli.FusionHelp;
import org.nmfusion.fusion.FusionMethods;
import org.nmfusion.fusion.method.FusionOptions;
import org.nmfusion.metrics.FusionMetrics;
import org.nmfusion.util.BadParameterException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code nmfusion-spark fuse}: fuses every pair of a folder tree (NAME_A / NAME_B) or of a CSV manifest
 * (name,a,b) on Spark into OUT/[group/]NAME_fused.png or .tif, exactly as {@code nmfusion fuse --batch} does,
 * and writes OUT/results.csv. A re-run leaves out the pairs already fused.
 */
@Command(name = "fuse", mixinStandardHelpOptions = true, sortOptions = false, modelTransformer = FusionHelp.class,
	description = "Fuse every NAME_A/NAME_B pair under a folder, or every pair of a manifest (name,a,b), on Spark.",
	footer = "%nOutputs: OUT/[group/]NAME_fused.png (8-bit gray, RGB) or .tif, and OUT/results.csv (pair, method, status, message, "
		+ "seconds, output[, metrics]). Pairs already fused (row in results.csv, output there) are left out on a re-run; a failed pair "
		+ "is a row with its reason, never a failed job. On a cluster, DIR, OUT and the model must be on a file system every "
		+ "executor sees.%n%nExamples:%n"
		+ "  nmfusion-spark fuse --data pairs/ -o fused/%n"
		+ "  nmfusion-spark fuse --data pairs.csv -o fused/ --metrics \\%n"
		+ "      --master spark://host:7077%n"
		+ "  spark-submit --master spark://host:7077 nmfusion-spark-<v>.jar \\%n"
		+ "      fuse --data pairs/ -o fused/")
final class SparkFuseCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--data", required = true, paramLabel = "DIR|FILE.csv",
		description = "a folder of NAME_A/NAME_B pairs (sub-folders included) or a CSV manifest name,a,b")
	Path data;

	@Option(names = { "-o", "--output" }, required = true, paramLabel = "OUT", description = "the output folder")
	Path output;

	@Option(names = "--method", paramLabel = "M", defaultValue = "medical",
		description = "preset or fusion method, optionally with options, e.g. irvis, medical(levels=5) or cnn-nmf(alpha=0.7;tau=0.2) "
			+ "(default: ${DEFAULT-VALUE})")
	String method;

	@Option(names = "--model", paramLabel = "DIR", description = "a focus model folder (default: the bundled model)")
	Path model;

	@Option(names = "--metrics", arity = "0..1", fallbackValue = "all", paramLabel = "LIST",
		description = "also score each fused image: all (the default of the bare option) or a comma list such as EN,MI,Qabf")
	String metrics;

	@Option(names = "--master", paramLabel = "URL",
		description = "Spark master: local[*] (default, unless spark-submit gives one), local[N], spark://HOST:PORT, ...")
	String master;

	@Option(names = "--partitions", paramLabel = "N", description = "number of tasks (default: one per pair)")
	int partitions;

	@Option(names = "--overwrite", description = "fuse all pairs again, replacing existing outputs")
	boolean overwrite;

	@Option(names = "--conf", paramLabel = "KEY=VALUE", description = "a Spark setting, e.g. spark.executor.memory=2g (repeatable)")
	Map<String, String> conf = new LinkedHashMap<>();

	@Override
	public Integer call() throws Exception {
		FusionMethods.spec(method, FusionOptions.defaults()); // a bad method stops here, not in every task
		if (metrics != null) FusionMetrics.byName(metrics);
		if (partitions < 0) throw new BadParameterException("--partitions must be >= 0, got " + partitions);
		final List<FusionPair> pairs = Manifest.pairs(data);
		final FuseSettings settings = new FuseSettings(output, method, model, metrics, overwrite);
		final SparkConf sparkConf = sparkConf();
		final PrintWriter err = spec.commandLine().getErr();
		err.printf("nmfusion-spark: %d pairs, method %s, master %s%n", pairs.size(), settings.method(), sparkConf.get("spark.master"));
		err.flush();
		final BatchSummary summary;
		try (JavaSparkContext sc = new JavaSparkContext(sparkConf)) {
			summary = SparkBatch.run(sc, pairs, settings, partitions);
		}
		finally {
			ExecutorFusion.close();
		}
		final PrintWriter out = spec.commandLine().getOut();
		out.println(summary);
		out.flush();
		return 0;
	}

	private SparkConf sparkConf() {
		final SparkConf c = new SparkConf().setAppName("nmfusion-spark fuse");
		if (master != null) c.setMaster(master);
		else if (!c.contains("spark.master")) c.setMaster("local[*]");
		for (final Map.Entry<String, String> e : conf.entrySet())
			c.set(e.getKey(), e.getValue());
		// started with java -cp (not spark-submit) against a cluster: the executors need this jar
		final File jar = ownJar();
		if (!c.get("spark.master").startsWith("local") && !c.contains("spark.jars") && jar != null) c.setJars(new String[] { jar.getPath() });
		return c;
	}

	private static File ownJar() {
		final CodeSource cs = SparkFuseCommand.class.getProtectionDomain().getCodeSource();
		try {
			final File f = cs == null || cs.getLocation() == null ? null : new File(cs.getLocation().toURI());
			return f != null && f.isFile() ? f : null;
		}
		catch (URISyntaxException | IllegalArgumentException e) {
			return null;
		}
	}
}
