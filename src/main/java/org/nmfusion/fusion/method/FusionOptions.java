package org.nmfusion.fusion.method;

import org.nmfusion.pyramid.Pyramid;
import org.nmfusion.util.BadParameterException;

/**
 * The options of every fusion method, declared (name, default, range, help) in {@link FusionOption}. Immutable; build
 * with {@link #builder()}. Each value is checked once, in {@link Builder#build()}, against its declaration; a value
 * out of range is a {@link BadParameterException} naming it.
 */
public final class FusionOptions {

	/** Iteration cap of NMF stage 1; with the tolerance below it bounds that stage's time. */
	public static final int DEFAULT_NMF_MAX_ITERATIONS = 30;
	/** Relative loss change at which NMF stage 1 stops. */
	public static final double DEFAULT_NMF_TOLERANCE = 1e-3;
	/** Pooled pixels NMF stage 1 fits its basis on at most (a regular grid; all pixels then get coefficients). */
	public static final int NMF_FIT_PIXELS = 1024;

	private final double threshold, tau, alpha, nmfTolerance;
	private final int nmfRank, levels, denoiseRadius, waveletLevels, nmfMaxIterations;

	/** The rule on the base (top) pyramid level of cnn-nmf. */
	public enum BaseRule {
		/** NMF stage 2, one rank-1 NMF of both whole base levels (the seed paper's) */
		NMF,
		/** NMF stage 2 in local windows ({@code fusion.rules.LocalBaseNmf}) */
		LOCAL_NMF,
		/** Liu's local-similarity rule */
		LIU;

		/** The name as written in a method spec: nmf, local-nmf, liu. */
		public String label() {
			return specName(this);
		}
	}

	/** The rule on the detail levels of cnn-nmf. */
	public enum DetailRule {
		/** Liu's local-similarity rule with threshold t */
		LIU,
		/** the coefficient of larger magnitude */
		MAX_ABS,
		/** local NMF of the coefficients' magnitudes ({@code fusion.rules.LocalBaseNmf#applyToDetail}) */
		LOCAL_NMF;

		/** The name as written in a method spec: liu, max-abs, local-nmf. */
		public String label() {
			return specName(this);
		}
	}

	/** How focus-stack refines its pair decision. */
	public enum Refine {
		/** the blend weights as they are */
		NONE,
		/** the binary decision with regions under 1 % of the image removed (as Liu's multi-focus rule) */
		REGIONS,
		/** that, then Liu's guided filter (r = 8, eps = 0.1) */
		GUIDED
	}

	/** An enum constant's name as written in a method spec: lower case, '-' for '_'. */
	static String specName(final Enum<?> e) {
		return e.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	/** The constant of {@code type} whose spec name is {@code s}, or a BadParameterException listing them. */
	static <E extends Enum<E>> E parseSpecName(final Class<E> type, final String key, final String s) {
		final java.util.List<String> names = new java.util.ArrayList<>();
		for (final E e : type.getEnumConstants()) {
			if (specName(e).equalsIgnoreCase(s.trim())) return e;
			names.add(specName(e));
		}
		throw new BadParameterException(key + " must be one of " + String.join(", ", names) + ", got '" + s + "'");
	}

	private final String wavelet;
	private final boolean floatOutput, symmetric, weightPrior;
	private final Refine refine;
	private final DetailRule detailRule;
	private final BaseRule baseRule;
	private final int baseRadius, detailRadius, coarseRadius, focusRadius, smoothRadius;
	private final double transition;
	private final double basePower, detailPower;

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
		baseRule = b.baseRule;
		detailRule = b.detailRule;
		baseRadius = b.baseRadius;
		detailRadius = b.detailRadius;
		coarseRadius = b.coarseRadius;
		focusRadius = b.focusRadius;
		smoothRadius = b.smoothRadius;
		transition = b.transition;
		refine = b.refine;
		detailPower = b.detailPower;
		basePower = b.basePower;
		symmetric = b.symmetric;
		weightPrior = b.weightPrior;
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
		final Builder b = new Builder().nmfMaxIterations(nmfMaxIterations).nmfTolerance(nmfTolerance).floatOutput(floatOutput);
		for (final FusionOption o : FusionOption.values())
			o.copy(this, b);
		return b;
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

	/** The rule on the base level of cnn-nmf. */
	public BaseRule baseRule() { return baseRule; }

	/** Whether the local NMF rules take the weight map as the prior of their weights. */
	public boolean weightPrior() { return weightPrior; }

	/** The rule on the detail levels of cnn-nmf. */
	public DetailRule detailRule() { return detailRule; }

	/** Window radius of the local NMF base rule. */
	public int baseRadius() { return baseRadius; }

	/** Sharpness p of the local NMF base rule's weights. */
	public double basePower() { return basePower; }

	/** Window radius of the local NMF detail rule (at most 2: detail levels are fused in strips with 2 rows of context). */
	public int detailRadius() {
		return detailRadius;
	}

	/** Window radius of the local NMF detail rule on the detail levels below the finest. */
	public int coarseRadius() { return coarseRadius; }

	/** focus-stack: radius of the focus-measure window (px). */
	public int focusRadius() { return focusRadius; }

	/** focus-stack: radius of the confidence-weighted height smoothing (px). */
	public int smoothRadius() { return smoothRadius; }

	/** focus-stack: half-width of the blend ramp around the height (slices). */
	public double transition() { return transition; }

	/** focus-stack: how the pair decision is refined. */
	public Refine refine() { return refine; }

	/** Sharpness p of the local NMF detail rule's weights. */
	public double detailPower() { return detailPower; }

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
			" denoise=" + (denoiseRadius == 0 ? "off" : denoiseRadius) + " wavelet=" + wavelet + "/" + waveletLevels + " detail=" + detailRule.label()
			+ " base=" +
			baseRule.label() + (baseRule == BaseRule.LOCAL_NMF ? "/r" + baseRadius + "/p" + basePower : "") + (symmetric ? " symmetric" : "");
	}

	/** Builder of {@link FusionOptions}; {@link #build()} checks every value. */
	public static final class Builder {

		private double threshold, tau, alpha, nmfTolerance = DEFAULT_NMF_TOLERANCE;
		private int nmfRank, levels, denoiseRadius, waveletLevels, nmfMaxIterations = DEFAULT_NMF_MAX_ITERATIONS;
		private String wavelet;
		private boolean floatOutput, symmetric, weightPrior;
		private BaseRule baseRule;
		private DetailRule detailRule;
		private int baseRadius, detailRadius, coarseRadius, focusRadius, smoothRadius;
		private double basePower, detailPower, transition;
		private Refine refine;

		private Builder() {
			for (final FusionOption o : FusionOption.values())
				o.setDefault(this);
		}

		public Builder threshold(final double t) { threshold = t; return this; }
		public Builder tau(final double v) { tau = v; return this; }
		public Builder alpha(final double v) { alpha = v; return this; }
		public Builder nmfRank(final int k) { nmfRank = k; return this; }
		public Builder nmfMaxIterations(final int n) { nmfMaxIterations = n; return this; }
		public Builder nmfTolerance(final double v) { nmfTolerance = v; return this; }
		public Builder levels(final int n) { levels = n; return this; }
		public Builder denoiseRadius(final int r) { denoiseRadius = r; return this; }
		public Builder wavelet(final String w) { wavelet = w == null ? null : w.toLowerCase(java.util.Locale.ROOT); return this; }
		public Builder waveletLevels(final int n) { waveletLevels = n; return this; }
		public Builder floatOutput(final boolean f) { floatOutput = f; return this; }
		public Builder baseRule(final BaseRule r) { baseRule = r; return this; }
		public Builder detailRule(final DetailRule r) { detailRule = r; return this; }
		public Builder baseRadius(final int r) { baseRadius = r; return this; }
		public Builder basePower(final double p) { basePower = p; return this; }
		public Builder detailRadius(final int r) { detailRadius = r; return this; }
		public Builder coarseRadius(final int r) { coarseRadius = r; return this; }
		public Builder focusRadius(final int r) { focusRadius = r; return this; }
		public Builder smoothRadius(final int r) { smoothRadius = r; return this; }
		public Builder transition(final double t) { transition = t; return this; }
		public Builder refine(final Refine r) { refine = r; return this; }
		public Builder detailPower(final double p) { detailPower = p; return this; }
		public Builder symmetric(final boolean b) { symmetric = b; return this; }
		public Builder weightPrior(final boolean b) { weightPrior = b; return this; }

		/**
		 * Sets one option by its name as written in a method spec such as {@code cnn-nmf(alpha=0.7;tau=0.2)}: the
		 * {@link FusionOption#key() keys} of {@link FusionOption} (or t and k).
		 */
		public Builder set(final String key, final String value) {
			FusionOption.byKey(key).set(this, value);
			return this;
		}

		public FusionOptions build() {
			final FusionOptions o = new FusionOptions(this);
			for (final FusionOption option : FusionOption.values())
				option.check(o);
			if (nmfMaxIterations < 1 || nmfMaxIterations > 100000)
				throw new BadParameterException("NMF iterations must be in 1..100000, got " + nmfMaxIterations);
			if (!(nmfTolerance >= 0 && nmfTolerance < 1)) throw new BadParameterException("NMF tolerance must be in [0, 1), got " + nmfTolerance);
			return o;
		}
	}
}
