package org.nmfusion.fusion;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.nmfusion.fusion.method.AverageMethod;
import org.nmfusion.fusion.method.CnnFocusMethod;
import org.nmfusion.fusion.method.DwtMethod;
import org.nmfusion.fusion.method.FusionContext;
import org.nmfusion.fusion.method.FusionMethod;
import org.nmfusion.fusion.method.FusionOptions;
import org.nmfusion.fusion.method.NmfMethod;
import org.nmfusion.fusion.method.PcaMethod;
import org.nmfusion.fusion.method.PyramidMethod;
import org.nmfusion.fusion.rules.BaseLevelNmf;
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
 * and NMFusion's {@code cnn-nmf}, the default.
 */
public final class FusionMethods {

	/** The method used when none is named. */
	public static final String DEFAULT = "cnn-nmf";

	private static final PyramidMethod.LevelRule LOCAL_SIMILARITY = (la, lb, gw, w, h, o, out) -> LocalSimilarityRule.apply(la, lb, gw, w, h,
		o.threshold(), out);

	private static final List<FusionMethod> ALL = Collections.unmodifiableList(List.of(
		new AverageMethod(), new PcaMethod(), new DwtMethod(),
		new PyramidMethod("laplacian-max", "Laplacian pyramid, larger absolute detail, average base (baseline)", false,
			(a, b, o, c) -> null, (la, lb, gw, w, h, o, out) -> MaxAbsRule.apply(la, lb, w, h, out), FusionMethods::averageLevel),
		new NmfMethod(),
		new PyramidMethod("cnn", "Liu 2017: CNN weight map, pyramids, local-similarity rule at every level", true,
			FusionMethods::cnnWeights, LOCAL_SIMILARITY, LOCAL_SIMILARITY),
		new PyramidMethod("cnn-nmf", "NMFusion: CNN and NMF-feature weight map, Liu's rule on details, rank-1 NMF on the base (default)",
			true, FusionMethods::cnnNmfWeights, LOCAL_SIMILARITY, FusionMethods::cnnNmfBase),
		new CnnFocusMethod()));

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

	/** NMF stage 2 on the base level, or Liu's rule when the options say so (ablation). */
	private static void cnnNmfBase(final float[] la, final float[] lb, final float[] gw, final int w, final int h, final FusionOptions o,
		final float[] out)
	{
		if (o.nmfBase()) System.arraycopy(BaseLevelNmf.fuse(la, lb), 0, out, 0, out.length);
		else LOCAL_SIMILARITY.combine(la, lb, gw, w, h, o, out);
	}

	/**
	 * A method with its own options, from a spec such as {@code cnn-nmf} or {@code cnn-nmf(alpha=0.7;tau=0.2)}
	 * (names of {@link FusionOptions.Builder#set}); the options start from {@code base}.
	 */
	public static Spec spec(final String spec, final FusionOptions base) {
		final String s = spec.trim();
		final int open = s.indexOf('(');
		if (open < 0) return new Spec(s, byName(s), base);
		if (!s.endsWith(")")) throw new BadParameterException("method spec '" + spec + "' lacks its closing parenthesis");
		final FusionOptions.Builder b = base.toBuilder();
		for (final String kv : s.substring(open + 1, s.length() - 1).split(";")) {
			if (kv.trim().isEmpty()) continue;
			final int eq = kv.indexOf('=');
			if (eq < 0) throw new BadParameterException("option '" + kv + "' in '" + spec + "' needs key=value");
			b.set(kv.substring(0, eq), kv.substring(eq + 1));
		}
		return new Spec(s, byName(s.substring(0, open)), b.build());
	}

	/** A method with its options and the label it was given. */
	public static final class Spec {
		public final String label;
		public final FusionMethod method;
		public final FusionOptions options;

		Spec(final String label, final FusionMethod method, final FusionOptions options) {
			this.label = label;
			this.method = method;
			this.options = options;
		}
	}

	private static void averageLevel(final float[] la, final float[] lb, final float[] gw, final int w, final int h, final FusionOptions o,
		final float[] out)
	{
		for (int i = 0; i < out.length; i++)
			out[i] = 0.5f * (la[i] + lb[i]);
	}
}
