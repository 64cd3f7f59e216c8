package org.nmfusion.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.nmfusion.fusion.FusionPresets;

/**
 * What every task of a job needs besides its pairs: the output folder, the method (a spec such as
 * {@code cnn-nmf} or {@code cnn-nmf(alpha=0.7)}), the model folder (null = bundled), the metrics to compute
 * (null = none) and whether existing outputs are replaced. Paths are absolute: executors have their own
 * working folders.
 */
public final class FuseSettings implements Serializable {

	private static final long serialVersionUID = 1L;

	private final String output, method, model, metrics;
	private final boolean overwrite;
	private final long startMillis;

	public FuseSettings(final Path output, final String method, final Path model, final String metrics, final boolean overwrite) {
		this(output, method, model, metrics, overwrite, System.currentTimeMillis());
	}

	private FuseSettings(final Path output, final String method, final Path model, final String metrics, final boolean overwrite,
		final long startMillis)
	{
		if (output == null) throw new IllegalArgumentException("no output folder given");
		this.output = output.toAbsolutePath().normalize().toString();
		this.method = method == null || method.trim().isEmpty() ? FusionPresets.DEFAULT : method.trim();
		this.model = model == null ? null : model.toAbsolutePath().normalize().toString();
		this.metrics = metrics == null || metrics.trim().isEmpty() ? null : metrics.trim();
		this.overwrite = overwrite;
		this.startMillis = startMillis;
	}

	/** The same settings for a job starting now (outputs written after this time are this job's). */
	public FuseSettings startingNow() {
		return new FuseSettings(output(), method, model(), metrics, overwrite, System.currentTimeMillis());
	}

	public Path output() { return Paths.get(output); }

	public String method() { return method; }

	/** The focus model folder, or null for the bundled model. */
	public Path model() { return model == null ? null : Paths.get(model); }

	/** "all", a comma list of metric names, or null for none. */
	public String metrics() { return metrics; }

	public boolean overwrite() { return overwrite; }

	/** When the job started (epoch milliseconds). */
	public long startMillis() { return startMillis; }
}
