package org.nmfusion.commands;

import java.awt.GraphicsEnvironment;
import java.io.File;
import java.io.IOException;

import ij.ImagePlus;
import ij.measure.ResultsTable;

import org.nmfusion.service.NMFusionService;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.command.ContextCommand;
import org.scijava.log.LogService;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Plugins &gt; NMFusion &gt; Fusion Quality: the 20 fusion quality metrics of the MEFB/VIFB reference
 * toolbox (METRICS.md) for a fused image and its two sources, as one ResultsTable row. Macro:
 * {@code run("Fusion Quality", "source_a=a.png source_b=b.png fused=f.png metrics=all csv_file=[]");}
 */
@Plugin(type = Command.class, menuPath = "Plugins>NMFusion>Fusion Quality", headless = true,
	label = "Fusion Quality", description = "Fusion quality metrics (EN, MI, NMI, ..., Qc) as the MEFB/VIFB toolbox")
public class FusionQualityCommand extends ContextCommand {

	@Parameter
	private NMFusionService nmfusion;

	@Parameter
	private LogService log;

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

	@Override
	public void run() {
		results = CommandFailures.runOrCancel(this, log, () -> {
			final ResultsTable table = nmfusion.metricsTable(source_a, source_b, fused, metrics);
			if (csv_file != null && !csv_file.getPath().isEmpty()) {
				try {
					nmfusion.saveMetricsCsv(valuesOf(table), csv_file);
				}
				catch (IOException e) {
					throw new IllegalArgumentException("could not write CSV file " + csv_file + ": " + e.getMessage(), e);
				}
			}
			return table;
		});
		if (results != null && !GraphicsEnvironment.isHeadless()) results.show("Fusion Quality");
	}

	/** Metric name -> value of the table's single row, in column order. */
	public static java.util.LinkedHashMap<String, Double> valuesOf(ResultsTable table) {
		final java.util.LinkedHashMap<String, Double> values = new java.util.LinkedHashMap<>();
		for (String heading : table.getHeadings()) {
			if ("Label".equals(heading)) continue;
			values.put(heading, table.getValue(heading, 0));
		}
		return values;
	}
}
