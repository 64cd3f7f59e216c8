package org.nmfusion.commands;

import java.io.File;

import ij.ImagePlus;
import org.nmfusion.focusstack.FocusStackOptions;
import org.nmfusion.service.FocusStackImages;
import org.nmfusion.service.FusedImages;
import org.nmfusion.service.FusionRequest;
import org.nmfusion.util.BadParameterException;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Plugins &gt; NMFusion &gt; Fuse Stack: fuses the N &gt;= 2 registered planes of a stack (a focus stack, a
 * series) into one image. By default in one pass (docs/method.md, "Focus stacks"), with a height map and on
 * request a confidence image; with {@code sequential} pairwise with the chosen method, F = fuse(fuse(I1, I2), I3)
 * .... Macro: {@code run("Fuse Stack", "stack=focus.tif show_confidence height_unit=z");}
 */
@Plugin(type = Command.class, menuPath = "Plugins>NMFusion>Fuse Stack", headless = true, label = "Fuse Stack",
	description = "Fuse the planes of a focus stack or series into one image")
public class FuseStackCommand extends FusionCommand {

	public static final String STACK = "stack", FUSED = "fused", STACK_FILE = "stack_file", OUTPUT_FILE = "output_file",
		OVERWRITE = "overwrite";
	public static final String SEQUENTIAL = "sequential", HEIGHT_UNIT = "height_unit", HEIGHT_SMOOTHING = "height_smoothing",
		HEIGHT_EDGE_RADIUS = "height_edge_radius",
		SHOW_CONFIDENCE = "show_confidence", HEIGHT_MAP_FILE = "height_map_file", CONFIDENCE_FILE = "confidence_file",
		HEIGHT_MAP = "height_map", CONFIDENCE = "confidence";

	@Parameter(label = "Stack", required = false, description = "N >= 2 registered planes (8/16/32-bit gray or RGB)")
	private ImagePlus stack;

	@Parameter(label = "Stack file (instead of an open stack)", required = false, persist = false, style = "open")
	private File stack_file;

	@Parameter(label = "Output file (with the stack file)", required = false, persist = false, style = "save")
	private File output_file;

	@Parameter(label = "Overwrite an existing output file", persist = false)
	private boolean overwrite = false;

	@Parameter(label = "Sequential pairwise fusion with the method (instead of one pass)", persist = false)
	private boolean sequential = false;

	@Parameter(label = "Height unit", persist = false, choices = { "slice", "z" },
		description = "slice: slice index from 0; z: calibrated depth (slice index x voxel depth)")
	private String height_unit = "slice";

	@Parameter(label = "Height-map smoothing radius (px, 0 = none)", persist = false)
	private int height_smoothing = FocusStackOptions.DEFAULT_SMOOTH_RADIUS;

	@Parameter(label = "Edge-respecting height-map filter radius (px, 0 = none)", persist = false)
	private int height_edge_radius = FocusStackOptions.DEFAULT_EDGE_RADIUS;

	@Parameter(label = "Show the confidence map", persist = false)
	private boolean show_confidence = false;

	@Parameter(label = "Height-map file (with the stack file)", required = false, persist = false, style = "save")
	private File height_map_file;

	@Parameter(label = "Confidence file (with the stack file)", required = false, persist = false, style = "save")
	private File confidence_file;

	@Parameter(type = ItemIO.OUTPUT, label = "Fused")
	private ImagePlus fused;

	@Parameter(type = ItemIO.OUTPUT, label = "Height map")
	private ImagePlus height_map;

	@Parameter(type = ItemIO.OUTPUT, label = "Confidence")
	private ImagePlus confidence;

	@Override
	public void run() {
		final boolean files = FuseImagesCommand.given(stack_file) || FuseImagesCommand.given(output_file);
		if (!sequential) {
			runOnePass(files);
			return;
		}
		final FusedImages out = call(() -> nmfusion.fuse(request(files ? FusionRequest.stackFile(stack_file).output(output_file).overwrite(overwrite)
			: FusionRequest.stack(stack))));
		if (out != null) fused = out.fused();
	}

	private void runOnePass(final boolean files) {
		final FocusStackImages out = call(() -> {
			if (!"slice".equals(height_unit) && !"z".equals(height_unit))
				throw new BadParameterException("height unit must be slice or z, got '" + height_unit + "'");
			final FocusStackOptions options = FocusStackOptions.defaults().withSmoothRadius(height_smoothing).withEdgeRadius(height_edge_radius);
			final boolean z = "z".equals(height_unit);
			if (!files) return nmfusion.fuseFocusStack(stack, options, z, show_confidence, this::isCanceled);
			return nmfusion.fuseFocusStackFiles(stack_file, output_file, FuseImagesCommand.given(height_map_file) ? height_map_file : null,
				FuseImagesCommand.given(confidence_file) ? confidence_file : null, options, z, overwrite, this::isCanceled);
		});
		if (out == null) return;
		fused = out.fused();
		height_map = out.heightMap();
		confidence = out.confidence();
	}
}
