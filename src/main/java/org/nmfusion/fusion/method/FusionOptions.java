package org.nmfusion.fusion.method;

import org.nmfusion.pyramid.Pyramid;
import org.nmfusion.util.BadParameterException;

/**
 * The options of every fusion method, with the defaults of docs/method.md. Immutable; build with
 * {@link #builder()}. Each value is checked once, here; a value out of range is a
 * {@link BadParameterException} naming it.
 */
public final class FusionOptions {

	/** Liu's local-similarity threshold t. */
	public static final double DEFAULT_THRESHOLD = 0.6;
	/** Rank k of NMF stage 1 (4: the ablation found ranks 4, 8 and 16 equal on every data group, 4 is fastest; docs/ablation.md). */
	public static final int DEFAULT_NMF_RANK = 4;
	/** Discriminability threshold tau of NMF stage 1 (to be tuned). */
	public static final double DEFAULT_TAU = 0.1;
	/** Weight alpha of the CNN map in W = alpha Wc + (1 - alpha) Wn (to be tuned). */
	public static final double DEFAULT_ALPHA = 0.5;
	/** Iteration cap of NMF stage 1; with the tolerance below it bounds that stage's time. */
	public static final int DEFAULT_NMF_MAX_ITERATIONS = 30;
	/** Relative loss change at which NMF stage 1 stops. */
	public static final double DEFAULT_NMF_TOLERANCE = 1e-3;
	/** Pooled pixels NMF stage 1 fits its basis on at most (a regular grid; all pixels then get coefficients). */
	public static final int NMF_FIT_PIXELS = 1024;
	/** Levels of the DWT baseline. */
	public static final int DEFAULT_WAVELET_LEVELS = 3;

	private final double threshold, tau, alpha, nmfTolerance;
	private final int nmfRank, levels, denoiseRadius, waveletLevels, nmfMaxIterations;
	private final String wavelet;
	private final boolean floatOutput, nmfBase, symmetric;

	private FusionOptions(final Builder b) {
		threshold = b.threshold;
		tau = b.tau;
		alpha = b.alpha;
		nmfRank = b.nmfRank;
		nmfMaxIterations = b.nmfMaxIterations;
		nmfTolerance = b.nmfTolerance;
		levels = b.levels;
		denoiseRadius = b.denoiseRadius;
		wavelet = b.wavelet;
		waveletLevels = b.waveletLevels;
		floatOutput = b.floatOutput;
		nmfBase = b.nmfBase;
		symmetric = b.symmetric;
	}

	/** The defaults. */
	public static FusionOptions defaults() {
		return builder().build();
	}

	public static Builder builder() {
		return new Builder();
	}

	/** A builder holding these values. */
	public Builder toBuilder() {
		return new Builder().threshold(threshold).tau(tau).alpha(alpha).nmfRank(nmfRank).nmfMaxIterations(nmfMaxIterations)
			.nmfTolerance(nmfTolerance).levels(levels).denoiseRadius(denoiseRadius).wavelet(wavelet).waveletLevels(waveletLevels)
			.floatOutput(floatOutput).nmfBase(nmfBase).symmetric(symmetric);
	}

	/** Local-similarity threshold t in [0, 1]. */
	public double threshold() { return threshold; }

	/** Discriminability threshold tau of NMF stage 1, in [0, 1]. */
	public double tau() { return tau; }

	/** Weight of the CNN map in the mixed weight map, in [0, 1]. */
	public double alpha() { return alpha; }

	/** Rank k of NMF stage 1. */
	public int nmfRank() { return nmfRank; }

	public int nmfMaxIterations() { return nmfMaxIterations; }

	public double nmfTolerance() { return nmfTolerance; }

	/** Pyramid levels; 0 = floor(log2(min(height, width))). */
	public int levels() { return levels; }

	/** Hann-mean pre-filter radius; 0 = off. */
	public int denoiseRadius() { return denoiseRadius; }

	/** Wavelet of the DWT baseline: "haar" or "db2". */
	public String wavelet() { return wavelet; }

	public int waveletLevels() { return waveletLevels; }

	/** 32-bit output instead of the sources' type. */
	public boolean floatOutput() { return floatOutput; }

	/** cnn-nmf's base level by NMF stage 2 (true, the default) or by Liu's rule (false, for the ablation). */
	public boolean nmfBase() { return nmfBase; }

	/**
	 * Whether the CNN weight map is made symmetric, W = (f(A, B) + 1 - f(B, A)) / 2, at the cost of a
	 * second CNN pass: identical sources then get exactly 0.5.
	 */
	public boolean symmetric() { return symmetric; }

	/** The pyramid levels for an image of this size. */
	public int levelsFor(final int width, final int height) {
		final int auto = Pyramid.levelsFor(width, height);
		return levels == 0 ? auto : Math.min(levels, auto);
	}

	@Override
	public String toString() {
		return "t=" + threshold + " k=" + nmfRank + " tau=" + tau + " alpha=" + alpha + " levels=" + (levels == 0 ? "auto" : levels) +
			" denoise=" + (denoiseRadius == 0 ? "off" : denoiseRadius) + " wavelet=" + wavelet + "/" + waveletLevels + " base=" +
			(nmfBase ? "nmf" : "liu") + (symmetric ? " symmetric" : "");
	}

	/** Builder of {@link FusionOptions}; {@link #build()} checks every value. */
	public static final class Builder {

		private double threshold = DEFAULT_THRESHOLD, tau = DEFAULT_TAU, alpha = DEFAULT_ALPHA, nmfTolerance = DEFAULT_NMF_TOLERANCE;
		private int nmfRank = DEFAULT_NMF_RANK, levels, denoiseRadius, waveletLevels = DEFAULT_WAVELET_LEVELS,
				nmfMaxIterations = DEFAULT_NMF_MAX_ITERATIONS;
		private String wavelet = "haar";
		private boolean floatOutput, nmfBase = true, symmetric;

		private Builder() {}

		public Builder threshold(final double t) { threshold = t; return this; }
		public Builder tau(final double v) { tau = v; return this; }
		public Builder alpha(final double v) { alpha = v; return this; }
		public Builder nmfRank(final int k) { nmfRank = k; return this; }
		public Builder nmfMaxIterations(final int n) { nmfMaxIterations = n; return this; }
		public Builder nmfTolerance(final double v) { nmfTolerance = v; return this; }
		public Builder levels(final int n) { levels = n; return this; }
		public Builder denoiseRadius(final int r) { denoiseRadius = r; return this; }
		public Builder wavelet(final String w) { wavelet = w; return this; }
		public Builder waveletLevels(final int n) { waveletLevels = n; return this; }
		public Builder floatOutput(final boolean f) { floatOutput = f; return this; }
		public Builder nmfBase(final boolean b) { nmfBase = b; return this; }
		public Builder symmetric(final boolean b) { symmetric = b; return this; }

		/**
		 * Sets one option by its name as written in a method spec such as {@code cnn-nmf(alpha=0.7;tau=0.2)}:
		 * threshold, rank, tau, alpha, levels, denoise, wavelet, wavelet-levels, base (nmf or liu).
		 */
		public Builder set(final String key, final String value) {
			try {
				switch (key.trim().toLowerCase(java.util.Locale.ROOT)) {
					case "threshold": case "t": return threshold(Double.parseDouble(value));
					case "rank": case "k": return nmfRank(Integer.parseInt(value.trim()));
					case "tau": return tau(Double.parseDouble(value));
					case "alpha": return alpha(Double.parseDouble(value));
					case "levels": return levels(Integer.parseInt(value.trim()));
					case "denoise": return denoiseRadius(Integer.parseInt(value.trim()));
					case "wavelet": return wavelet(value.trim());
					case "wavelet-levels": return waveletLevels(Integer.parseInt(value.trim()));
					case "symmetric":
						if (!value.trim().matches("(?i)true|false")) throw new BadParameterException("symmetric must be true or false, got '" + value + "'");
						return symmetric(Boolean.parseBoolean(value.trim()));
					case "base":
						if (!value.trim().matches("(?i)nmf|liu")) throw new BadParameterException("base must be nmf or liu, got '" + value + "'");
						return nmfBase(value.trim().equalsIgnoreCase("nmf"));
					default:
						throw new BadParameterException("unknown option '" + key + "'; known: threshold, rank, tau, alpha, levels, denoise, wavelet, " +
							"wavelet-levels, base, symmetric");
				}
			}
			catch (NumberFormatException e) {
				throw new BadParameterException("option " + key + " needs a number, got '" + value + "'");
			}
		}

		public FusionOptions build() {
			unit(threshold, "threshold t");
			unit(tau, "tau");
			unit(alpha, "alpha");
			if (nmfRank < 1 || nmfRank > 64) throw new BadParameterException("NMF rank must be in 1..64, got " + nmfRank);
			if (nmfMaxIterations < 1 || nmfMaxIterations > 100000)
				throw new BadParameterException("NMF iterations must be in 1..100000, got " + nmfMaxIterations);
			if (!(nmfTolerance >= 0 && nmfTolerance < 1)) throw new BadParameterException("NMF tolerance must be in [0, 1), got " + nmfTolerance);
			if (levels < 0 || levels > 31) throw new BadParameterException("levels must be 0 (auto) or 1..31, got " + levels);
			if (denoiseRadius < 0) throw new BadParameterException("denoise radius must be 0 (off) or >= 1, got " + denoiseRadius);
			if (waveletLevels < 1 || waveletLevels > 16) throw new BadParameterException("wavelet levels must be in 1..16, got " + waveletLevels);
			if (wavelet == null || !(wavelet.equalsIgnoreCase("haar") || wavelet.equalsIgnoreCase("db2")))
				throw new BadParameterException("wavelet must be haar or db2, got '" + wavelet + "'");
			wavelet = wavelet.toLowerCase(java.util.Locale.ROOT);
			return new FusionOptions(this);
		}

		private static void unit(final double v, final String what) {
			if (!(v >= 0 && v <= 1)) throw new BadParameterException(what + " must be in [0, 1], got " + v);
		}
	}
}
