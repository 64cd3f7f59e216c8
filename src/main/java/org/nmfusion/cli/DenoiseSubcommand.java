package org.nmfusion.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import ij.ImagePlus;

import org.nmfusion.commands.HannMeanDenoiseCommand;
import org.nmfusion.io.ImageFiles;
import org.nmfusion.util.OutputFiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nmfusion denoise}: runs Plugins &gt; NMFusion &gt; Hann-Mean Denoise on a file. */
@Command(name = "denoise", mixinStandardHelpOptions = true,
	description = "Hann-mean denoising (docs/method.md, section 3) of a 2-D image: 8/16/32-bit gray or RGB (per channel).",
	footer = "%nExample:%n  nmfusion denoise --radius 2 --background-threshold 10 mri.png -o mri-denoised.tif")
public class DenoiseSubcommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "IN", description = "input image (any format ImageJ reads)")
	Path input;

	@Option(names = { "-o", "--output" }, required = true, paramLabel = "OUT",
		description = "output image: .tif (any bit depth) or .png (8-bit/RGB)")
	Path output;

	@Option(names = "--radius", required = true, paramLabel = "R", description = "Hann window radius in pixels (>= 1)")
	int radius;

	@Option(names = "--background-threshold", paramLabel = "T",
		description = "ignore pixels <= T (normalised convolution); default: off")
	Double backgroundThreshold;

	@Option(names = "--float", description = "write 32-bit float instead of the input's pixel type")
	boolean floatOutput;

	@Option(names = "--overwrite", description = "replace an existing output")
	boolean overwrite;

	@Override
	public Integer call() throws Exception {
		OutputFiles.check(overwrite, List.of(input), output);
		final ImagePlus in = ImageFiles.openPlane(input);
		ImageFiles.requireOutputFormat(output, floatOutput ? 32 : in.getBitDepth(), 1);
		final ImagePlus out = (ImagePlus) InputNames.naming(() -> HeadlessCommands.run(HannMeanDenoiseCommand.class,
			HannMeanDenoiseCommand.INPUT, in, HannMeanDenoiseCommand.RADIUS, radius,
			HannMeanDenoiseCommand.BACKGROUND_THRESHOLD, backgroundThreshold == null ? Double.NaN : backgroundThreshold,
			HannMeanDenoiseCommand.FLOAT_OUTPUT, floatOutput), "input", input).get(HannMeanDenoiseCommand.OUTPUT);
		ImageFiles.save(out, output);
		return 0;
	}
}
