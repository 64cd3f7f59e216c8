package org.nmfusion.commands;

import java.io.File;

import ij.ImagePlus;
import org.nmfusion.service.FusedImages;
import org.nmfusion.service.FusionRequest;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Plugins &gt; NMFusion &gt; Fuse Images: fuses two registered images (gray, or gray with colour as for
 * MRI with PET, or two colour images) with the chosen method; see docs/method.md. Macro:
 * {@code run("Fuse Images", "source_a=mri.png source_b=pet.png method=cnn-nmf show_weight_map=true");}; headless on a server,
 * with files: {@code fiji --headless --run "Fuse Images" "file_a='/d/mri.png',file_b='/d/ct.png',output_file='/d/f.png'"}.
 */
@Plugin(type = Command.class, menuPath = "Plugins>NMFusion>Fuse Images", headless = true, label = "Fuse Images",
	description = "Fuse two registered images (CNN + NMF + pyramids, or a baseline)")
public class FuseImagesCommand extends FusionCommand {

	public static final String SOURCE_A = "source_a", SOURCE_B = "source_b", GIVEN_WEIGHT_MAP = "given_weight_map",
		SHOW_WEIGHT_MAP = "show_weight_map", FUSED = "fused", WEIGHT_MAP = "weight_map", FILE_A = "file_a", FILE_B = "file_b",
		OUTPUT_FILE = "output_file", OVERWRITE = "overwrite";

	@Parameter(label = "Source A", required = false, description = "2-D image: 8/16/32-bit gray or RGB")
	private ImagePlus source_a;

	@Parameter(label = "Source B", required = false, description = "2-D image of the same size, registered to A")
	private ImagePlus source_b;

	@Parameter(label = "Source A file (instead of an open image)", required = false, persist = false, style = "open",
		description = "for headless runs: the file of source A")
	private File file_a;

	@Parameter(label = "Source B file (instead of an open image)", required = false, persist = false, style = "open")
	private File file_b;

	@Parameter(label = "Output file (with the source files)", required = false, persist = false, style = "save",
		description = "where the fused image of the source files is written (.png for 8-bit and RGB, .tif for any type)")
	private File output_file;

	@Parameter(label = "Overwrite an existing output file", persist = false)
	private boolean overwrite = false;

	@Parameter(label = "Weight map of A (optional)", required = false,
		description = "a 32-bit map in [0, 1] used instead of the CNN's (e.g. from Compute Weight Map)")
	private ImagePlus given_weight_map;

	@Parameter(label = "Show the weight map", persist = false)
	private boolean show_weight_map = false;

	@Parameter(type = ItemIO.OUTPUT, label = "Fused")
	private ImagePlus fused;

	@Parameter(type = ItemIO.OUTPUT, label = "Weight map", required = false)
	private ImagePlus weight_map;

	@Override
	public void run() {
		final boolean files = given(file_a) || given(file_b) || given(output_file);
		final FusedImages out = call(() -> nmfusion.fuse(request(files ? FusionRequest.files(file_a, file_b).output(output_file).overwrite(overwrite)
			: FusionRequest.images(source_a, source_b)).weightMap(given_weight_map)));
		if (out == null) return;
		fused = out.fused();
		if (show_weight_map) weight_map = out.weightMap();
	}

	static boolean given(final File f) {
		return f != null && !f.getPath().isEmpty();
	}
}
