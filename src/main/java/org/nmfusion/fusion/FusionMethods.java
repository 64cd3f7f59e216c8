package org.nmfusion.fusion;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.nmfusion.fusion.method.AverageMethod;
import org.nmfusion.fusion.method.CnnFocusMethod;
import org.nmfusion.fusion.method.DwtMethod;
import org.nmfusion.fusion.method.FocusStackMethod;
import org.nmfusion.fusion.method.FusionContext;
import org.nmfusion.fusion.method.FusionMethod;
import org.nmfusion.fusion.method.FusionOptions;
import org.nmfusion.fusion.method.NmfMethod;
import org.nmfusion.fusion.method.PcaMethod;
import org.nmfusion.fusion.method.PyramidMethod;
import org.nmfusion.fusion.rules.BaseLevelNmf;
import org.nmfusion.fusion.rules.LocalBaseNmf;
import org.nmfusion.fusion.rules.LocalSimilarityRule;
import org.nmfusion.fusion.rules.MaxAbsRule;
import org.nmfusion.fusion.weights.CnnNmfWeightMap;
import org.nmfusion.fusion.weights.CnnWeightMap;
import org.nmfusion.image.Plane;
import org.nmfusion.util.BadParameterException;

/**
 * Registry of the fusion methods by name (docs/method.md): the baselines {@code average}, {@code pca},
 * {@code dwt}, {@code laplacian-max} and {@code nmf}; Liu's CNN fusion {@code cnn} (Int. Conf.
 * Information Fusion 2017) and its multi-focus variant {@code cnn-focus} (Information Fusion 36, 2017);
 * NMFusion's {@code cnn-nmf}; and {@code focus-stack} (a multi-focus pair as a focus stack of two). Users normally
 * name a preset ({@link FusionPresets}), which stands for one of these with its settings; {@link #spec} resolves both.
 */
public final class FusionMethods {

	/** The method {@link #byName} gives for no name (a spec with no name is the default preset, {@link FusionPresets#DEFAULT}). */
	public static final String DEFAULT = "cnn-nmf";

	private static final PyramidMethod.LevelRule LOCAL_SIMILARITY = (la, lb, gw, w, h, level, o, out) -> LocalSimilarityRule.apply(la, lb, gw, w, h,
		o.threshold(), out);

	/** cnn-nmf's detail rule: Liu's by default, or the one the options name. */
	private static final PyramidMethod.LevelRule DETAIL = (la, lb, gw, w, h, level, o, out) -> {
		if (o.detailRule() == FusionOptions.DetailRule.MAX_ABS) MaxAbsRule.apply(la, lb, w, h, out);
		else
			if (o.detailRule() == FusionOptions.DetailRule.LOCAL_NMF)
				LocalBaseNmf.applyToDetail(la, lb, o.weightPrior() ? gw : null, w, h,
					level == 0 ? o.detailRadius() : o.coarseRadius(), o.detailPower(), out);
		else
				LOCAL_SIMILARITY.combine(la, lb, gw, w, h, level, o, out);
	};

	private static final List<FusionMethod> ALL = Collections.unmodifiableList(List.of(
		new AverageMethod(), new PcaMethod(), new DwtMethod(),
		new PyramidMethod("laplacian-max", "Laplacian pyramid, larger absolute detail, average base (baseline)", false,
			(a, b, o, c) -> null, (la, lb, gw, w, h, level, o, out) -> MaxAbsRule.apply(la, lb, w, h, out), FusionMethods::averageLevel),
		new NmfMethod(),
		new PyramidMethod("cnn", "Liu 2017: CNN weight map, pyramids, local-similarity rule at every level", true,
			FusionMethods::cnnWeights, LOCAL_SIMILARITY, LOCAL_SIMILARITY),
		new PyramidMethod("cnn-nmf",
			"NMFusion: CNN and NMF-feature weight map; Liu's rule on details and rank-1 NMF on the base, or NMF in local windows",
			true, FusionMethods::cnnNmfWeights, DETAIL, FusionMethods::cnnNmfBase),
		new CnnFocusMethod(), new FocusStackMethod()));

	private FusionMethods() {}

	/** All methods, baselines first (unmodifiable). */
	public static List<FusionMethod> all() {
		return ALL;
	}

	/** Names of all methods in order. */
	public static List<String> names() {
		final List<String> n = new ArrayList<>();
		for (final FusionMethod m : ALL)
			n.add(m.name());
		return n;
	}

	/**
	 * The method of that name (case-insensitive); null or blank gives the default.
	 *
	 * @throws BadParameterException for an unknown name (the message lists the valid ones)
	 */
	public static FusionMethod byName(final String name) {
		final String n = name == null || name.trim().isEmpty() ? DEFAULT : name.trim().toLowerCase(Locale.ROOT);
		for (final FusionMethod m : ALL)
			if (m.name().equals(n)) return m;
		throw new BadParameterException("unknown fusion method '" + name + "'; valid methods: " + String.join(", ", names()));
	}

	private static Plane cnnWeights(final Plane a, final Plane b, final FusionOptions o, final FusionContext c) {
		return c.givenWeightMap() != null ? c.givenWeightMap() : CnnWeightMap.compute(c.focusModel(), a, b, o.symmetric());
	}

	private static Plane cnnNmfWeights(final Plane a, final Plane b, final FusionOptions o, final FusionContext c) {
		if (c.givenWeightMap() != null) return c.givenWeightMap();
		return CnnNmfWeightMap.compute(c.focusModel(), a, b, o.nmfRank(), o.tau(), o.alpha(), o.nmfMaxIterations(), o.nmfTolerance(),
			FusionOptions.NMF_FIT_PIXELS, o.symmetric());
	}

	/** cnn-nmf's base rule: NMF stage 2 (global or in local windows) or Liu's rule, as the options say. */
	private static void cnnNmfBase(final float[] la, final float[] lb, final float[] gw, final int w, final int h, final int level,
		final FusionOptions o, final float[] out)
	{
		switch (o.baseRule()) {
			case NMF:
				System.arraycopy(BaseLevelNmf.fuse(la, lb), 0, out, 0, out.length);
				break;
			case LOCAL_NMF:
				LocalBaseNmf.apply(la, lb, o.weightPrior() ? gw : null, w, h, o.baseRadius(), o.basePower(), out);
				break;
			default:
				LOCAL_SIMILARITY.combine(la, lb, gw, w, h, level, o, out);
		}
	}

	/**
	 * A method with its own options, from a spec such as {@code cnn-nmf}, {@code cnn-nmf(alpha=0.7;tau=0.2)} (names of
	 * {@link FusionOptions.Builder#set}), a preset such as {@code medical}, or a preset with settings of its own such as
	 * {@code medical(threshold=0.8)} or {@code medical(method=cnn)}. The options start from {@code base}; a preset's
	 * settings override those, and the spec's own settings override the preset's. Null or blank is the default preset.
	 *
	 * @throws BadParameterException for an unknown method, preset or option, or a value out of range
	 */
	public static Spec spec(final String spec, final FusionOptions base) {
		final String s = spec == null || spec.trim().isEmpty() ? FusionPresets.DEFAULT : spec.trim();
		final int open = s.indexOf('(');
		final String name = (open < 0 ? s : s.substring(0, open)).trim();
		final FusionPresets.Preset preset = FusionPresets.find(name);
		final FusionOptions.Builder b = (base == null ? FusionOptions.defaults() : base).toBuilder();
		String method = name;
		if (preset != null) {
			final String p = preset.spec();
			final int po = p.indexOf('(');
			method = po < 0 ? p : p.substring(0, po);
			for (final String[] kv : settingsOf(p))
				b.set(kv[0], kv[1]);
		}
		for (final String[] kv : settingsOf(s)) {
			if (!kv[0].trim().equalsIgnoreCase("method")) b.set(kv[0], kv[1]);
			else if (preset == null) throw new BadParameterException("method=... applies to a preset, not to the method '" + name + "'");
			else method = kv[1].trim();
		}
		if (FusionPresets.find(method) != null) throw new BadParameterException("'" + method + "' is a preset, not a method");
		return new Spec(s, byName(method), b.build(), preset == null ? null : preset.name());
	}

	/**
	 * The specs of a benchmark's method list by label: "all" (or null or blank) is every preset then every method; otherwise
	 * a comma list of presets, methods and specs, where commas inside a spec's parentheses do not split
	 * ({@code medical,cnn-nmf(alpha=0.7;tau=0.2),dwt}).
	 *
	 * @throws BadParameterException for an unknown name or a bad setting
	 */
	public static Map<String, Spec> specList(final String methods, final FusionOptions base) {
		final Map<String, Spec> specs = new java.util.LinkedHashMap<>();
		if (methods == null || methods.trim().isEmpty() || methods.trim().equalsIgnoreCase("all")) {
			for (final String p : FusionPresets.names())
				specs.put(p, spec(p, base));
			for (final FusionMethod m : ALL)
				specs.put(m.name(), spec(m.name(), base));
			return specs;
		}
		int depth = 0, start = 0;
		for (int i = 0; i <= methods.length(); i++) {
			final char c = i < methods.length() ? methods.charAt(i) : ',';
			if (c == '(') depth++;
			else if (c == ')') depth--;
			else if (c == ',' && depth <= 0) {
				final String part = methods.substring(start, i).trim();
				if (!part.isEmpty()) specs.put(part, spec(part, base));
				start = i + 1;
			}
		}
		return specs;
	}

	/**
	 * The spec of a preset, a method or both with the settings a user gave: {@code preset(method=M;k=v...)}, or
	 * {@code method(k=v...)} when only a method (or a whole spec, whose settings come first) is named; null or blank
	 * names count as not given, and with neither the default preset is used. Keys and values are those of
	 * {@link FusionOptions.Builder#set}.
	 */
	public static String compose(final String preset, final String method, final Map<String, String> settings) {
		final boolean hasPreset = preset != null && !preset.trim().isEmpty(), hasMethod = method != null && !method.trim().isEmpty();
		if (hasPreset && hasMethod && method.contains("("))
			throw new BadParameterException("with a preset, give a method name, not the spec '" + method.trim() + "'");
		final StringBuilder args = new StringBuilder();
		if (hasPreset && hasMethod) args.append("method=").append(method.trim());
		for (final Map.Entry<String, String> e : settings.entrySet()) {
			if (e.getValue() == null) continue;
			if (e.getValue().contains(";") || e.getValue().contains(")"))
				throw new BadParameterException("value of " + e.getKey() + " must not hold ';' or ')': '" + e.getValue() + "'");
			if (args.length() > 0) args.append(';');
			args.append(e.getKey()).append('=').append(e.getValue().trim());
		}
		final String head = hasPreset ? preset.trim() : hasMethod ? method.trim() : FusionPresets.DEFAULT;
		if (args.length() == 0) return head;
		// a spec given as the method keeps its own settings, then the given ones (which win when both set a key)
		return head.endsWith(")") ? head.substring(0, head.length() - 1) + ";" + args + ")" : head + "(" + args + ")";
	}

	/**
	 * The settings of a text such as {@code detail=liu;base-radius=2} (key=value, ';' between), in order; null or blank
	 * is none. Keys are checked when a spec with them is resolved ({@link #spec}).
	 *
	 * @throws BadParameterException for an item without '=' or a value with ')'
	 */
	public static Map<String, String> settings(final String text) {
		final Map<String, String> out = new java.util.LinkedHashMap<>();
		if (text == null || text.trim().isEmpty()) return out;
		for (final String[] kv : settingsOf("(" + text.trim() + ")"))
			out.put(kv[0].trim(), kv[1].trim());
		return out;
	}

	/** The key=value settings in the parentheses of a spec (none without parentheses). */
	private static List<String[]> settingsOf(final String spec) {
		final int open = spec.indexOf('(');
		final List<String[]> out = new ArrayList<>();
		if (open < 0) return out;
		if (!spec.endsWith(")")) throw new BadParameterException("method spec '" + spec + "' lacks its closing parenthesis");
		for (final String kv : spec.substring(open + 1, spec.length() - 1).split(";")) {
			if (kv.trim().isEmpty()) continue;
			final int eq = kv.indexOf('=');
			if (eq < 0) throw new BadParameterException("option '" + kv + "' in '" + spec + "' needs key=value");
			out.add(new String[] { kv.substring(0, eq), kv.substring(eq + 1) });
		}
		return out;
	}

	/** A method with its options, the label it was given and the preset it came from (null if none). */
	public static final class Spec {
		public final String label;
		public final FusionMethod method;
		public final FusionOptions options;
		public final String preset;

		Spec(final String label, final FusionMethod method, final FusionOptions options, final String preset) {
			this.label = label;
			this.method = method;
			this.options = options;
			this.preset = preset;
		}

		/** The resolved settings, e.g. {@code cnn-nmf (t=0.6 k=4 ...)}. */
		public String settings() {
			return method.name() + " (" + options + ")";
		}
	}

	private static void averageLevel(final float[] la, final float[] lb, final float[] gw, final int w, final int h, final int level,
		final FusionOptions o, final float[] out)
	{
		for (int i = 0; i < out.length; i++)
			out[i] = 0.5f * (la[i] + lb[i]);
	}
}
