package org.nmfusion.fusion;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Named bundles of a fusion method and its settings, one per kind of data, each chosen by the ablation on the
 * tuning pairs of its data group (docs/ablation.md): {@code medical} (the default), {@code multifocus} and
 * {@code irvis}. A preset is written like a method in every method spec, e.g. {@code medical} or
 * {@code medical(threshold=0.8)}; the settings the user gives there override the preset's
 * ({@link FusionMethods#spec}).
 */
public final class FusionPresets {

	/** The preset used when neither a preset nor a method is named. */
	public static final String DEFAULT = "medical";

	/** One preset: its name, a help line and the method spec it stands for. */
	public static final class Preset {
		private final String name, description, spec;

		Preset(final String name, final String description, final String spec) {
			this.name = name;
			this.description = description;
			this.spec = spec;
		}

		/** The name as typed, e.g. {@code medical}. */
		public String name() { return name; }

		/** One line for help texts. */
		public String description() { return description; }

		/** The method spec the preset stands for, e.g. {@code cnn-nmf(levels=4;...)}. */
		public String spec() { return spec; }
	}

	private static final List<Preset> ALL = List.of(
		new Preset("medical", "MRI with CT/PET/SPECT: cnn-nmf with NMF in local windows on every pyramid level, 4 levels",
			"cnn-nmf(levels=4;detail=local-nmf;base=local-nmf;prior=true)"),
		new Preset("multifocus", "multi-focus pairs: the pair as a focus stack of two, Laplacian-energy focus, smoothed height, sharp blend",
			"focus-stack(transition=0;smooth-radius=0;refine=regions)"),
		new Preset("irvis", "infrared and visible pairs: cnn-nmf with NMF in local windows on every level, CNN map as the prior, auto levels",
			"cnn-nmf(detail=local-nmf;coarse-radius=1;base=local-nmf;base-power=2;prior=true)"));

	private FusionPresets() {}

	/** All presets, the default first. */
	public static List<Preset> all() {
		return ALL;
	}

	/** The names of all presets, the default first. */
	public static List<String> names() {
		final List<String> n = new ArrayList<>();
		for (final Preset p : ALL)
			n.add(p.name());
		return n;
	}

	/** The preset of that name (case-insensitive), or null when there is none. */
	public static Preset find(final String name) {
		if (name == null) return null;
		final String n = name.trim().toLowerCase(Locale.ROOT);
		for (final Preset p : ALL)
			if (p.name().equals(n)) return p;
		return null;
	}
}
