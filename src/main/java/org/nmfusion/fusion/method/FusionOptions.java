package org.nmfusion.fusion.method;

import org.nmfusion.focusstack.FocusStackOptions;
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
	/**
	 * Window radius of the local NMF rule on the base level (0: each pixel's own pair of values, where the weights are a
	 * soft maximum), on the finest detail level and on the coarser detail levels; chosen on the tuning pairs of
	 * docs/ablation.md.
	 */
	public static final int DEFAULT_BASE_RADIUS = 0, DEFAULT_DETAIL_RADIUS = 1, DEFAULT_COARSE_RADIUS = 0;
	/** Sharpness p of the local NMF rules' weights, ha^p / (ha^p + hb^p) (docs/ablation.md). */
	public static final double DEFAULT_NMF_POWER = 8;

	/** The rule on the base (top) pyramid level of cnn-nmf. */
	public enum BaseRule {
		/** NMF stage 2, one rank-1 NMF of both whole base levels (the seed paper's) */
		NMF,
		/** NMF stage 2 in local windows ({@code fusion.rules.LocalBaseNmf}) */
		LOCAL_NMF,
		/** Liu's local-similarity rule */
		LIU;

		/** The name as written in a method spec: default, nmf, local-nmf, liu. */
		public String label() {
			return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		}

		static BaseRule parse(final String s) {
			for (final BaseRule r : values())
				if (r.label().equalsIgnoreCase(s.trim())) return r;
			throw new BadParameterException("base must be nmf, local-nmf or liu, got '" + s + "'");
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
		return new Builder().threshold(threshold).tau(tau).alpha(alpha).nmfRank(nmfRank).nmfMaxIterations(nmfMaxIterations)
			.nmfTolerance(nmfTolerance).levels(levels).denoiseRadius(denoiseRadius).wavelet(wavelet).waveletLevels(waveletLevels)
			.floatOutput(floatOutput).baseRule(baseRule).detailRule(detailRule).baseRadius(baseRadius).basePower(basePower).detailRadius(detailRadius).coarseRadius(coarseRadius).focusRadius(focusRadius).smoothRadius(smoothRadius).transition(transition).refine(refine).detailPower(detailPower).symmetric(symmetric).weightPrior(weightPrior);
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
	public int detailRadius() { return detailRadius; }

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
			" denoise=" + (denoiseRadius == 0 ? "off" : denoiseRadius) + " wavelet=" + wavelet + "/" + waveletLevels + " detail=" + detailRule.label() + " base=" +
			baseRule.label() + (baseRule == BaseRule.LOCAL_NMF ? "/r" + baseRadius + "/p" + basePower : "") + (symmetric ? " symmetric" : "");
	}

	/** Builder of {@link FusionOptions}; {@link #build()} checks every value. */
	public static final class Builder {

		private double threshold = DEFAULT_THRESHOLD, tau = DEFAULT_TAU, alpha = DEFAULT_ALPHA, nmfTolerance = DEFAULT_NMF_TOLERANCE;
		private int nmfRank = DEFAULT_NMF_RANK, levels, denoiseRadius, waveletLevels = DEFAULT_WAVELET_LEVELS,
				nmfMaxIterations = DEFAULT_NMF_MAX_ITERATIONS;
		private String wavelet = "haar";
		private boolean floatOutput, symmetric, weightPrior;
		private BaseRule baseRule = BaseRule.NMF;
		private DetailRule detailRule = DetailRule.LIU;
		private int baseRadius = DEFAULT_BASE_RADIUS;
		private double basePower = DEFAULT_NMF_POWER, detailPower = DEFAULT_NMF_POWER;
		private int detailRadius = DEFAULT_DETAIL_RADIUS, coarseRadius = DEFAULT_COARSE_RADIUS,
				focusRadius = FocusStackOptions.DEFAULT_FOCUS_RADIUS, smoothRadius = FocusStackOptions.DEFAULT_SMOOTH_RADIUS;
		private double transition = FocusStackOptions.DEFAULT_TRANSITION;
		private Refine refine = Refine.NONE;

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
					case "prior":
						if (!value.trim().matches("(?i)true|false")) throw new BadParameterException("prior must be true or false, got '" + value + "'");
						return weightPrior(Boolean.parseBoolean(value.trim()));
					case "base": return baseRule(parseSpecName(BaseRule.class, "base", value));
					case "detail": return detailRule(parseSpecName(DetailRule.class, "detail", value));
					case "base-radius": return baseRadius(Integer.parseInt(value.trim()));
					case "base-power": return basePower(Double.parseDouble(value));
					case "detail-radius": return detailRadius(Integer.parseInt(value.trim()));
					case "focus-radius": return focusRadius(Integer.parseInt(value.trim()));
					case "smooth-radius": return smoothRadius(Integer.parseInt(value.trim()));
					case "transition": return transition(Double.parseDouble(value));
					case "refine": return refine(parseSpecName(Refine.class, "refine", value));
					case "coarse-radius": return coarseRadius(Integer.parseInt(value.trim()));
					case "detail-power": return detailPower(Double.parseDouble(value));
					default:
						throw new BadParameterException("unknown option '" + key + "'; known: threshold, rank, tau, alpha, levels, denoise, wavelet, " +
							"wavelet-levels, detail, base, base-radius, base-power, detail-radius, coarse-radius, detail-power, prior, focus-radius, smooth-radius, transition, refine, symmetric");
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
			if (detailRule == null) throw new BadParameterException("detail rule is missing");
			if (refine == null) throw new BadParameterException("refine is missing");
			if (baseRule == null) throw new BadParameterException("base rule is missing");
			if (baseRadius < 0 || baseRadius > 64) throw new BadParameterException("base radius must be in 0..64, got " + baseRadius);
			if (detailRadius < 0 || detailRadius > 2) throw new BadParameterException("detail radius must be in 0..2, got " + detailRadius);
			if (focusRadius < 0 || focusRadius > 64) throw new BadParameterException("focus radius must be in 0..64, got " + focusRadius);
			if (smoothRadius < 0 || smoothRadius > 64) throw new BadParameterException("smooth radius must be in 0..64, got " + smoothRadius);
			if (!(transition >= 0 && transition <= 0.5)) throw new BadParameterException("transition must be in [0, 0.5], got " + transition);
			if (coarseRadius < 0 || coarseRadius > 2) throw new BadParameterException("coarse radius must be in 0..2, got " + coarseRadius);
			if (!(detailPower > 0 && detailPower <= 64)) throw new BadParameterException("detail power must be in (0, 64], got " + detailPower);
			if (!(basePower > 0 && basePower <= 64)) throw new BadParameterException("base power must be in (0, 64], got " + basePower);
			return new FusionOptions(this);
		}

		private static void unit(final double v, final String what) {
			if (!(v >= 0 && v <= 1)) throw new BadParameterException(what + " must be in [0, 1], got " + v);
		}
	}
}
