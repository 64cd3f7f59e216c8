package org.nmfusion.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import ij.ImagePlus;

import org.nmfusion.commands.FusionQualityCommand;
import org.nmfusion.io.ImageFiles;
import org.nmfusion.metrics.MetricsFormat;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nmfusion metrics}: runs Plugins &gt; NMFusion &gt; Fusion Quality on three files. */
@Command(name = "metrics", mixinStandardHelpOptions = true,
	description = "Fusion quality metrics of fused image F against sources A and B, exactly as the MEFB/VIFB "
		+ "toolbox computes them. Images: 8-bit gray or RGB (converted to gray), all the same size.",
	footer = "%nMetrics: EN MI NMI TE Qabf SSIM Qy Qcb Qcv VIF SD SF AG PSNR CE EI Qncie Qp Qw Qc"
		+ " (Qcv and CE: lower is better; all others: higher is better).%n%nExample:%n"
		+ "  nmfusion metrics mri.png pet.png fused.png --metrics EN,MI,Qabf --format json")
public class MetricsSubcommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "A", description = "source image A")
	Path sourceA;

	@Parameters(index = "1", paramLabel = "B", description = "source image B")
	Path sourceB;

	@Parameters(index = "2", paramLabel = "F", description = "fused image")
	Path fused;

	@Option(names = "--metrics", paramLabel = "LIST", defaultValue = "all",
		description = "'all' (default) or a comma list of metric names, case-insensitive")
	String metrics;

	@Option(names = "--format", paramLabel = "FMT", defaultValue = "tsv",
		description = "tsv (default: header line + value line, six decimals) or json (one object)")
	String format;

	@Override
	public Integer call() throws Exception {
		final String fmt = format.toLowerCase(Locale.ROOT);
		if (!fmt.equals("tsv") && !fmt.equals("json")) {
			throw new CommandLine.ParameterException(spec.commandLine(), "--format must be tsv or json, got '" + format + "'");
		}
		final ImagePlus a = ImageFiles.openPlane(sourceA);
		final ImagePlus b = ImageFiles.openPlane(sourceB);
		final ImagePlus f = ImageFiles.openPlane(fused);
		final Map<String, Object> out = InputNames.naming(() -> HeadlessCommands.run(FusionQualityCommand.class, FusionQualityCommand.SOURCE_A, a,
			FusionQualityCommand.SOURCE_B, b, FusionQualityCommand.FUSED, f, FusionQualityCommand.METRICS, metrics), "A", sourceA, "B", sourceB, "F",
			fused);
		@SuppressWarnings("unchecked")
		final LinkedHashMap<String, Double> values = (LinkedHashMap<String, Double>) out.get(FusionQualityCommand.VALUES);
		@SuppressWarnings("unchecked")
		final List<String> notes = (List<String>) out.get(FusionQualityCommand.NOTES);
		spec.commandLine().getOut().print(fmt.equals("json") ? MetricsFormat.json(values) : MetricsFormat.tsv(values));
		spec.commandLine().getOut().flush();
		// why a value is NaN goes to stderr, so that stdout stays one table
		for (final String note : notes == null ? List.<String>of() : notes)
			spec.commandLine().getErr().println("nmfusion: note: " + note);
		spec.commandLine().getErr().flush();
		return 0;
	}
}
