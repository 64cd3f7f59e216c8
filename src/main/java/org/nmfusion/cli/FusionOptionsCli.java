package org.nmfusion.cli;

import java.util.LinkedHashMap;
import java.util.Map;

import org.nmfusion.fusion.method.FusionOption;
import org.nmfusion.util.BadParameterException;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * Adds one command-line option per {@link FusionOption} declaration to a command ({@code --threshold}, {@code --rank},
 * ..., {@code --refine}), with the declaration's help, range and default; the values are passed on as text and
 * checked by the core like any method spec. Used as a picocli model transformer, so a new declaration is a new option
 * without touching the commands. The help also lists the registries' presets and methods ({@link FusionHelp}).
 */
public final class FusionOptionsCli implements CommandLine.IModelTransformer {

	@Override
	public CommandSpec transform(final CommandSpec spec) {
		final ArgGroupSpec.Builder group = ArgGroupSpec.builder().exclusive(false).multiplicity("0..1")
			.heading("%nFusion options (each overrides the preset's or method's value; docs/options.md):%n");
		for (final FusionOption o : FusionOption.values())
			group.addArg(OptionSpec.builder(name(o)).paramLabel(label(o)).type(String.class).defaultValue(o.defaultText())
				.description(o.help() + "; " + o.range() + " (method default: ${DEFAULT-VALUE})").build());
		spec.addArgGroup(group.build());
		return new FusionHelp().transform(spec);
	}

	/** The option of a declaration: {@code --key}. */
	public static String name(final FusionOption o) {
		return "--" + o.key();
	}

	private static String label(final FusionOption o) {
		switch (o.kind()) {
			case INTEGER:
				return "N";
			case DECIMAL:
				return "X";
			case BOOLEAN:
				return "BOOL";
			default:
				return "NAME";
		}
	}

	/** The fusion options given on this command line (not their defaults), as spec settings key -> value, in declaration order. */
	public static Map<String, String> given(final ParseResult parsed) {
		final Map<String, String> out = new LinkedHashMap<>();
		for (final FusionOption o : FusionOption.values())
			if (parsed.hasMatchedOption(name(o))) out.put(o.key(), parsed.matchedOptionValue(name(o), ""));
		return out;
	}

	/** The given options as the text of the fusion commands' {@code other_options} ({@code key=value;...}). */
	public static String givenText(final ParseResult parsed) {
		final StringBuilder s = new StringBuilder();
		for (final Map.Entry<String, String> e : given(parsed).entrySet()) {
			if (e.getValue().matches(".*[;=()].*"))
				throw new BadParameterException("--" + e.getKey() + " must not hold ';', '=' or parentheses: '" + e.getValue() + "'");
			s.append(s.length() == 0 ? "" : ";").append(e.getKey()).append('=').append(e.getValue());
		}
		return s.toString();
	}
}
