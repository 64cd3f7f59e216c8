package org.nmfusion.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import ij.ImagePlus;

import org.nmfusion.commands.ComputeWeightMapCommand;
import org.nmfusion.io.ImageFiles;
import org.nmfusion.util.AtomicFiles;
import org.nmfusion.util.OutputFiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code nmfusion weightmap}: runs Plugins &gt; NMFusion &gt; Compute Weight Map on two files. */
@Command(name = "weightmap", mixinStandardHelpOptions = true,
	description = "Siamese CNN weight map Wc (docs/method.md, section 4) of two registered images: 32-bit, 1 = A sharper/more active.",
	footer = "%nExample:%n  nmfusion weightmap near.png far.png -o w.tif --scores s.tif")
public class WeightMapSubcommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "A", description = "source image A")
	Path a;

	@Parameters(index = "1", paramLabel = "B", description = "source image B (same size, registered)")
	Path b;

	@Option(names = { "-o", "--output" }, required = true, paramLabel = "W", description = "weight map output (.tif)")
	Path output;

	@Option(names = "--model", paramLabel = "DIR", description = "SavedModel folder; default: the bundled model")
	Path model;

	@Option(names = "--scores", paramLabel = "S", description = "also write the score map (.tif)")
	Path scores;

	@Option(names = "--overwrite", description = "replace existing outputs")
	boolean overwrite;

	@Override
	public Integer call() throws Exception {
		OutputFiles.check(overwrite, List.of(a, b), output, scores);
		ImageFiles.requireOutputFormat(output, 32, 1);
		if (scores != null) ImageFiles.requireOutputFormat(scores, 32, 1);
		final ImagePlus ia = ImageFiles.openPlane(a), ib = ImageFiles.openPlane(b);
		final Map<String, Object> out = HeadlessCommands.run(ComputeWeightMapCommand.class, ComputeWeightMapCommand.SOURCE_A, ia,
			ComputeWeightMapCommand.SOURCE_B, ib, ComputeWeightMapCommand.MODEL_DIR, model == null ? null : model.toFile(),
			ComputeWeightMapCommand.WITH_SCORES, scores != null,
			ComputeWeightMapCommand.WITH_FEATURES, false);
		final Map<Path, AtomicFiles.Writer> files = new LinkedHashMap<>();
		files.put(output, ImageFiles.writer((ImagePlus) out.get(ComputeWeightMapCommand.WEIGHT_MAP), output));
		if (scores != null) files.put(scores, ImageFiles.writer((ImagePlus) out.get(ComputeWeightMapCommand.SCORE_MAP), scores));
		AtomicFiles.writeAll(files);
		return 0;
	}
}
