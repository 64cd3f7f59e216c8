package org.nmfusion.fusion.method;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.nmfusion.focusstack.FocusStackOptions;
import org.nmfusion.util.BadParameterException;

/**
 * The declaration of every user-settable fusion option, the one place that gives its name (as written in a method
 * spec such as {@code cnn-nmf(alpha=0.7)}, on the command line as {@code --alpha} and, for the common ones, in Fiji
 * macros), default, range and help (docs/method.md, docs/options.md). {@link FusionOptions.Builder} takes its defaults
 * from here and checks every value against it; the Fiji command, the command line, the Spark job and docs/options.md
 * read the same declarations.
 */
public enum FusionOption {

	THRESHOLD("threshold", "t", "threshold", 0.6, 0, 1, false, Help.THRESHOLD, FusionOptions::threshold, (b, v) -> b.threshold((Double) v)),
	RANK("rank", "k", "nmf_rank", 4, 1, 64, false, Help.RANK, FusionOptions::nmfRank, (b, v) -> b.nmfRank((Integer) v)),
	TAU("tau", null, "tau", 0.1, 0, 1, false, Help.TAU, FusionOptions::tau, (b, v) -> b.tau((Double) v)),
	ALPHA("alpha", null, "alpha", 0.5, 0, 1, false, Help.ALPHA, FusionOptions::alpha, (b, v) -> b.alpha((Double) v)),
	LEVELS("levels", null, "levels", 0, 0, 31, false, Help.LEVELS, FusionOptions::levels, (b, v) -> b.levels((Integer) v)),
	DENOISE("denoise", null, "denoise_radius", 0, 0, 1000, false, Help.DENOISE, FusionOptions::denoiseRadius,
		(b, v) -> b.denoiseRadius((Integer) v)),
	WAVELET("wavelet", "wavelet", Help.WAVELET, "haar", List.of("haar", "db2"), FusionOptions::wavelet, (b, v) -> b.wavelet((String) v)),
	WAVELET_LEVELS("wavelet-levels", null, "wavelet_levels", 3, 1, 16, false, Help.WAVELET_LEVELS, FusionOptions::waveletLevels,
		(b, v) -> b.waveletLevels((Integer) v)),
	SYMMETRIC("symmetric", null, Help.SYMMETRIC, false, FusionOptions::symmetric, (b, v) -> b.symmetric((Boolean) v)),
	DETAIL("detail", null, Help.DETAIL, FusionOptions.DetailRule.LIU, FusionOptions::detailRule,
		(b, v) -> b.detailRule((FusionOptions.DetailRule) v)),
	BASE("base", null, Help.BASE, FusionOptions.BaseRule.NMF, FusionOptions::baseRule, (b, v) -> b.baseRule((FusionOptions.BaseRule) v)),
	PRIOR("prior", null, Help.PRIOR, false, FusionOptions::weightPrior, (b, v) -> b.weightPrior((Boolean) v)),
	BASE_RADIUS("base-radius", null, null, 0, 0, 64, false, Help.BASE_RADIUS, FusionOptions::baseRadius, (b, v) -> b.baseRadius((Integer) v)),
	BASE_POWER("base-power", null, null, 8.0, 0, 64, true, Help.BASE_POWER, FusionOptions::basePower, (b, v) -> b.basePower((Double) v)),
	DETAIL_RADIUS("detail-radius", null, null, 1, 0, 2, false, Help.DETAIL_RADIUS, FusionOptions::detailRadius,
		(b, v) -> b.detailRadius((Integer) v)),
	COARSE_RADIUS("coarse-radius", null, null, 0, 0, 2, false, Help.COARSE_RADIUS, FusionOptions::coarseRadius,
		(b, v) -> b.coarseRadius((Integer) v)),
	DETAIL_POWER("detail-power", null, null, 8.0, 0, 64, true, Help.DETAIL_POWER, FusionOptions::detailPower,
		(b, v) -> b.detailPower((Double) v)),
	FOCUS_RADIUS("focus-radius", null, null, FocusStackOptions.DEFAULT_FOCUS_RADIUS, 0, 64, false, Help.FOCUS_RADIUS,
		FusionOptions::focusRadius, (b, v) -> b.focusRadius((Integer) v)),
	SMOOTH_RADIUS("smooth-radius", null, null, FocusStackOptions.DEFAULT_SMOOTH_RADIUS, 0, 64, false, Help.SMOOTH_RADIUS,
		FusionOptions::smoothRadius, (b, v) -> b.smoothRadius((Integer) v)),
	TRANSITION("transition", null, null, FocusStackOptions.DEFAULT_TRANSITION, 0, 0.5, false, Help.TRANSITION, FusionOptions::transition,
		(b, v) -> b.transition((Double) v)),
	REFINE("refine", null, Help.REFINE, FusionOptions.Refine.NONE, FusionOptions::refine, (b, v) -> b.refine((FusionOptions.Refine) v));

	/** The help texts, constants so that the Fiji command's {@code @Parameter} annotations can name them. */
	public static final class Help {
		public static final String THRESHOLD = "Liu's local-similarity threshold t: a pixel takes the weight map's blend where the "
			+ "sources' local structure is similar beyond t, the larger local energy elsewhere";
		public static final String RANK = "rank k of NMF stage 1 on the CNN features (cnn-nmf)";
		public static final String TAU = "discriminability threshold of NMF stage 1: components with d >= tau form the NMF map (cnn-nmf)";
		public static final String ALPHA = "weight of the CNN map in W = alpha Wc + (1 - alpha) Wn (cnn-nmf)";
		public static final String LEVELS = "pyramid levels, 0 = floor(log2(min(H, W)))";
		public static final String DENOISE = "Hann-mean pre-filter radius in px, 0 = off";
		public static final String WAVELET = "wavelet of the dwt baseline";
		public static final String WAVELET_LEVELS = "levels of the dwt baseline";
		public static final String SYMMETRIC = "symmetric CNN map W = (f(A, B) + 1 - f(B, A)) / 2, at the cost of a second CNN pass";
		public static final String DETAIL = "rule on the detail levels (cnn-nmf): Liu's local similarity, the larger magnitude, or NMF in local windows";
		public static final String BASE = "rule on the base level (cnn-nmf): one rank-1 NMF of both whole levels, NMF in local windows, or Liu's rule";
		public static final String PRIOR = "the local NMF rules take the CNN + NMF weight map as the prior of their weights";
		public static final String BASE_RADIUS = "window radius of the local NMF base rule, 0 = each pixel's own pair of values";
		public static final String BASE_POWER = "sharpness p of the local NMF base rule's weights ha^p / (ha^p + hb^p)";
		public static final String DETAIL_RADIUS = "window radius of the local NMF detail rule on the finest detail level";
		public static final String COARSE_RADIUS = "window radius of the local NMF detail rule on the coarser detail levels";
		public static final String DETAIL_POWER = "sharpness p of the local NMF detail rule's weights";
		public static final String FOCUS_RADIUS = "focus-stack: radius of the focus-measure window in px";
		public static final String SMOOTH_RADIUS = "focus-stack: radius of the confidence-weighted height smoothing in px";
		public static final String TRANSITION = "focus-stack: half-width of the blend ramp around the height, in slices";
		public static final String REFINE = "focus-stack: refinement of the pair decision: none, small regions removed, or that and a guided filter";

		private Help() {}
	}

	/** What a value is. */
	public enum Kind {
		DECIMAL, INTEGER, BOOLEAN, CHOICE
	}

	private final String key, alias, macroName, help;
	private final Kind kind;
	private final Object defaultValue;
	private final double min, max;
	private final boolean minExclusive;
	private final List<String> choices;
	private final Function<FusionOptions, Object> value;
	private final BiConsumer<FusionOptions.Builder, Object> setter;

	/** A number in [min, max] (or (min, max]). */
	FusionOption(final String key, final String alias, final String macroName, final Number defaultValue, final double min, final double max,
		final boolean minExclusive, final String help, final Function<FusionOptions, Object> value,
		final BiConsumer<FusionOptions.Builder, Object> setter)
	{
		this(key, alias, macroName, defaultValue instanceof Integer ? Kind.INTEGER : Kind.DECIMAL, defaultValue, min, max, minExclusive,
			Collections.emptyList(), help, value, setter);
	}

	/** One of a list of names. */
	FusionOption(final String key, final String macroName, final String help, final String defaultValue, final List<String> choices,
		final Function<FusionOptions, Object> value, final BiConsumer<FusionOptions.Builder, Object> setter)
	{
		this(key, null, macroName, Kind.CHOICE, defaultValue, 0, 0, false, choices, help, value, setter);
	}

	/** One of an enum's constants, written by their spec names. */
	FusionOption(final String key, final String macroName, final String help, final Enum<?> defaultValue,
		final Function<FusionOptions, Object> value, final BiConsumer<FusionOptions.Builder, Object> setter)
	{
		this(key, null, macroName, Kind.CHOICE, defaultValue, 0, 0, false, specNames(defaultValue.getDeclaringClass()), help, value, setter);
	}

	/** True or false. */
	FusionOption(final String key, final String macroName, final String help, final boolean defaultValue,
		final Function<FusionOptions, Object> value, final BiConsumer<FusionOptions.Builder, Object> setter)
	{
		this(key, null, macroName, Kind.BOOLEAN, defaultValue, 0, 0, false, List.of("true", "false"), help, value, setter);
	}

	FusionOption(final String key, final String alias, final String macroName, final Kind kind, final Object defaultValue, final double min,
		final double max, final boolean minExclusive, final List<String> choices, final String help, final Function<FusionOptions, Object> value,
		final BiConsumer<FusionOptions.Builder, Object> setter)
	{
		this.key = key;
		this.alias = alias;
		this.macroName = macroName;
		this.kind = kind;
		this.defaultValue = defaultValue;
		this.min = min;
		this.max = max;
		this.minExclusive = minExclusive;
		this.choices = choices;
		this.help = help;
		this.value = value;
		this.setter = setter;
	}

	private static List<String> specNames(final Class<? extends Enum<?>> type) {
		final List<String> names = new ArrayList<>();
		for (final Enum<?> e : type.getEnumConstants())
			names.add(FusionOptions.specName(e));
		return Collections.unmodifiableList(names);
	}

	/** The name in a method spec and, as {@code --key}, on the command line. */
	public String key() { return key; }

	/** The name of the Fiji command's field for this option (in macros and scripts), or null when only specs and "other options" set it. */
	public String macroName() {
		return macroName;
	}

	public Kind kind() { return kind; }

	public String help() { return help; }

	/** The allowed names of a choice or a boolean (empty for numbers). */
	public List<String> choices() { return choices; }

	/** The default as written in a spec (the value a method has when neither a preset nor the user sets it). */
	public String defaultText() {
		return text(defaultValue);
	}

	/** The allowed values as text: {@code [0, 1]}, {@code (0, 64]}, {@code haar | db2}. */
	public String range() {
		if (kind == Kind.CHOICE || kind == Kind.BOOLEAN) return String.join(" | ", choices);
		return (minExclusive ? "(" : "[") + number(min) + ", " + number(max) + "]";
	}

	/** This option's value in {@code options}, as written in a spec. */
	public String valueText(final FusionOptions options) {
		return text(value.apply(options));
	}

	/** The option whose spec name (or short alias, t or k) is {@code name}, ignoring case. */
	public static FusionOption byKey(final String name) {
		final String n = name.trim().toLowerCase(Locale.ROOT);
		for (final FusionOption o : values())
			if (o.key.equals(n) || n.equals(o.alias)) return o;
		final List<String> keys = new ArrayList<>();
		for (final FusionOption o : values())
			keys.add(o.key);
		throw new BadParameterException("unknown option '" + name + "'; known: " + String.join(", ", keys));
	}

	/** Parses {@code text} and sets it in {@code b}; the range is checked by {@link FusionOptions.Builder#build()}. */
	void set(final FusionOptions.Builder b, final String text) {
		setter.accept(b, parse(text));
	}

	/** Sets the default in {@code b}. */
	void setDefault(final FusionOptions.Builder b) {
		setter.accept(b, defaultValue);
	}

	/** Sets this option's value in {@code from} in {@code to}. */
	void copy(final FusionOptions from, final FusionOptions.Builder to) {
		setter.accept(to, value.apply(from));
	}

	/** @throws BadParameterException when this option's value in {@code o} is out of its range */
	void check(final FusionOptions o) {
		final Object v = value.apply(o);
		if (v == null) throw new BadParameterException(key + " is missing");
		if (kind == Kind.INTEGER || kind == Kind.DECIMAL) {
			final double d = ((Number) v).doubleValue();
			if (!((minExclusive ? d > min : d >= min) && d <= max))
				throw new BadParameterException(key + " must be in " + range() + ", got " + text(v));
		}
		else
			if (kind == Kind.CHOICE && !choices.contains(text(v)))
				throw new BadParameterException(key + " must be one of " + String.join(", ", choices) + ", got '" + v + "'");
	}

	private Object parse(final String text) {
		final String s = text.trim();
		try {
			switch (kind) {
				case DECIMAL:
					return Double.parseDouble(s);
				case INTEGER:
					return Integer.parseInt(s);
				case BOOLEAN:
					if (!s.equalsIgnoreCase("true") && !s.equalsIgnoreCase("false"))
						throw new BadParameterException(key + " must be true or false, got '" + text + "'");
					return Boolean.parseBoolean(s);
				default:
					if (defaultValue instanceof Enum) return parseEnum(((Enum<?>) defaultValue).getDeclaringClass(), s);
					for (final String c : choices)
						if (c.equalsIgnoreCase(s)) return c;
					throw new BadParameterException(key + " must be one of " + String.join(", ", choices) + ", got '" + text + "'");
			}
		}
		catch (NumberFormatException e) {
			throw new BadParameterException(
				"option " + key + " needs " + (kind == Kind.INTEGER ? "an integer" : "a number") + ", got '" + text + "'");
		}
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private Object parseEnum(final Class type, final String s) {
		return FusionOptions.parseSpecName(type, key, s);
	}

	private static String text(final Object v) {
		if (v instanceof Enum) return FusionOptions.specName((Enum<?>) v);
		if (v instanceof Double) return number((Double) v);
		return String.valueOf(v);
	}

	private static String number(final double d) {
		return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
	}
}
