package org.nmfusion.commands;

import java.awt.GraphicsEnvironment;
import java.io.File;

import ij.ImagePlus;
import ij.measure.ResultsTable;

import org.scijava.ItemIO;
import org.scijava.ItemVisibility;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nmfusion.metrics.MetricsResult;
import org.nmfusion.io.DerivedImages;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Plugins &gt; NMFusion &gt; Fusion Quality: the 20 fusion quality metrics of the MEFB/VIFB reference
 * toolbox (docs/metrics.md) for a fused image and its two sources, as one ResultsTable row. Macro:
 * {@code run("Fusion Quality", "source_a=a.png source_b=b.png fused=f.png metrics=all csv_file=[]");}
 */
@Plugin(type = Command.class, menuPath = "Plugins>NMFusion>Fusion Quality", headless = true,
	label = "Fusion Quality", description = "Fusion quality metrics (EN, MI, NMI, ..., Qc) as the MEFB/VIFB toolbox")
public class FusionQualityCommand extends NMFusionCommand {

	public static final String SOURCE_A = "source_a", SOURCE_B = "source_b", FUSED = "fused", METRICS = "metrics", CSV_FILE = "csv_file",
		VALUES = "values", NOTES = "notes";

	@Parameter(label = "Source A", description = "first source image: 8-bit gray or RGB (converted to gray)")
	private ImagePlus source_a;

	@Parameter(label = "Source B", description = "second source image, same size")
	private ImagePlus source_b;

	@Parameter(label = "Fused image", description = "the fused image, same size")
	private ImagePlus fused;

	@Parameter(label = "Metrics", persist = false,
		description = "'all' or a comma list of EN, MI, NMI, TE, Qabf, SSIM, Qy, Qcb, Qcv, VIF, SD, SF, AG, PSNR, CE, EI, Qncie, Qp, Qw, Qc")
	private String metrics = "all";

	@Parameter(label = "CSV file (optional)", required = false, persist = false, style = "save",
		description = "if set, the values are also written to this CSV file")
	private File csv_file;

	@Parameter(type = ItemIO.OUTPUT, label = "Fusion quality")
	private ResultsTable results;

	@Parameter(type = ItemIO.OUTPUT, label = "Values", visibility = ItemVisibility.INVISIBLE)
	private LinkedHashMap<String, Double> values;

	/** Why a metric is NaN, one line naming it per such metric (empty when every metric has a value). */
	@Parameter(type = ItemIO.OUTPUT, label = "Notes", visibility = ItemVisibility.INVISIBLE)
	private List<String> notes;

	@Override
	public void run() {
		final MetricsResult result = call("could not write CSV file " + csv_file,
			() -> nmfusion.metricsWithNotes(source_a, source_b, fused, metrics, csv_file));
		if (result == null) return;
		values = result.values();
		notes = new ArrayList<>();
		for (final Map.Entry<String, String> n : result.notes().entrySet()) {
			final String note = n.getValue().startsWith(n.getKey()) ? n.getValue() : n.getKey() + ": " + n.getValue();
			notes.add(note);
			if (log != null) log.warn(note);
		}
		results = DerivedImages.row(fused.getTitle() == null ? "fused" : fused.getTitle(), values);
		if (!GraphicsEnvironment.isHeadless()) results.show("Fusion Quality");
	}
}
