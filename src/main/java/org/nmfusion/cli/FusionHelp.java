package org.nmfusion.cli;

import java.util.ArrayList;
import java.util.List;

import org.nmfusion.fusion.FusionMethods;
import org.nmfusion.fusion.FusionPresets;
import org.nmfusion.fusion.method.FusionMethod;
import org.nmfusion.fusion.method.FusionOption;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Puts the registries into a command's help, above its own footer: the presets and methods of {@link FusionPresets}
 * and {@link FusionMethods}, and the option keys of {@link FusionOption} a method spec may set, so that the help
 * names exactly what the registries hold.
 */
public final class FusionHelp implements CommandLine.IModelTransformer {

	@Override
	public CommandSpec transform(final CommandSpec spec) {
		final List<String> footer = new ArrayList<>(lines());
		for (final String s : spec.usageMessage().footer())
			footer.add(s);
		spec.usageMessage().footer(footer.toArray(new String[0]));
		return spec;
	}

	/** The help lines: presets, methods and option keys. */
	static List<String> lines() {
		final List<String> out = new ArrayList<>();
		out.add("%nPresets (a method with the settings the benchmark chose, docs/ablation.md):");
		for (final FusionPresets.Preset p : FusionPresets.all())
			out.add("  " + p.name() + (p.name().equals(FusionPresets.DEFAULT) ? " (default)" : "") + ": " + p.description());
		out.add("Methods:");
		for (final FusionMethod m : FusionMethods.all())
			out.add("  " + m.name() + ": " + m.description());
		final List<String> keys = new ArrayList<>();
		for (final FusionOption o : FusionOption.values())
			keys.add(o.key());
		out.add("Options of a method spec such as medical(levels=5) (docs/options.md):%n  " + String.join(", ", keys));
		return out;
	}
}
