package org.nmfusion.fusion.method;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.Test;
import org.nmfusion.util.BadParameterException;

/** Each declared option sets its own value, has its declared default and range, and docs/options.md lists them all. */
class FusionOptionTest {

	private static final Path DOC = Paths.get("docs", "options.md");

	@Test
	void defaultsAreTheDeclaredOnes() {
		final FusionOptions d = FusionOptions.defaults();
		for (final FusionOption o : FusionOption.values())
			assertEquals(o.defaultText(), o.valueText(d), o.key());
	}

	@Test
	void eachKeySetsItsOwnValueOnly() {
		final FusionOptions d = FusionOptions.defaults();
		for (final FusionOption o : FusionOption.values()) {
			final String other = otherValue(o);
			final FusionOptions set = FusionOptions.builder().set(o.key(), other).build(), copy = set.toBuilder().build();
			for (final FusionOption p : FusionOption.values()) {
				assertEquals(p == o ? other : p.valueText(d), p.valueText(set), o.key() + " -> " + p.key());
				assertEquals(p.valueText(set), p.valueText(copy), "toBuilder keeps " + p.key());
			}
		}
	}

	@Test
	void numbersAreCheckedAgainstTheirRange() {
		for (final FusionOption o : FusionOption.values()) {
			if (o.kind() != FusionOption.Kind.INTEGER && o.kind() != FusionOption.Kind.DECIMAL) continue;
			final String[] ends = o.range().substring(1, o.range().length() - 1).split(", ");
			final double min = Double.parseDouble(ends[0]), max = Double.parseDouble(ends[1]);
			final double step = o.kind() == FusionOption.Kind.INTEGER ? 1 : 1e-3;
			final String below = text(o, o.range().startsWith("(") ? min : min - step), above = text(o, max + step);
			for (final String bad : new String[] { below, above }) {
				final BadParameterException e = assertThrows(BadParameterException.class, () -> FusionOptions.builder().set(o.key(), bad).build(),
					o.key() + "=" + bad);
				assertEquals(o.key() + " must be in " + o.range() + ", got " + bad, e.getMessage());
			}
			FusionOptions.builder().set(o.key(), text(o, max)).build();
			if (o.range().startsWith("[")) FusionOptions.builder().set(o.key(), text(o, min)).build();
		}
	}

	@Test
	void choicesAndBadTextAreRefusedNamingTheOption() {
		assertEquals("detail must be one of liu, max-abs, local-nmf, got 'sharp'",
			assertThrows(BadParameterException.class, () -> FusionOptions.builder().set("detail", "sharp")).getMessage());
		assertEquals("prior must be true or false, got 'yes'",
			assertThrows(BadParameterException.class, () -> FusionOptions.builder().set("prior", "yes")).getMessage());
		assertEquals("option rank needs an integer, got '2.5'",
			assertThrows(BadParameterException.class, () -> FusionOptions.builder().set("k", "2.5")).getMessage());
		final String unknown = assertThrows(BadParameterException.class, () -> FusionOptions.builder().set("sharpness", "1")).getMessage();
		for (final FusionOption o : FusionOption.values())
			assertTrue(unknown.contains(o.key()), unknown);
		assertEquals("db2", FusionOptions.builder().set("wavelet", "DB2").build().wavelet());
	}

	/** docs/options.md is the table {@link #table()} makes; run with -Dnmfusion.writeDocs=true to rewrite it. */
	@Test
	void optionsDocListsEveryDeclaration() throws Exception {
		final String table = table();
		if (Boolean.getBoolean("nmfusion.writeDocs")) Files.write(DOC, table.getBytes(StandardCharsets.UTF_8));
		assertEquals(table, new String(Files.readAllBytes(DOC), StandardCharsets.UTF_8),
			"docs/options.md is out of date: mvn test -Dtest=FusionOptionTest -Dnmfusion.writeDocs=true");
	}

	private static String table() {
		final StringBuilder s = new StringBuilder();
		s.append("# Fusion options\n\n")
			.append("Generated from `org.nmfusion.fusion.method.FusionOption` by `FusionOptionTest`, which fails when this page and the\n")
			.append("declarations differ (`mvn test -Dtest=FusionOptionTest -Dnmfusion.writeDocs=true` rewrites it).\n\n")
			.append("Each option is a key of a method spec (`medical(levels=5)`, `cnn-nmf(detail=liu;base=nmf)`), a command-line option\n")
			.append("(`nmfusion fuse --levels 5`) and part of the Spark job's `--method` spec. In Fiji and macros the options with a\n")
			.append("macro name are fields of Fuse Images, Fuse Stack and Batch Fuse Folder; every option can also be given in their\n")
			.append("`other_options` text (`detail=liu;base-radius=2`). A value given overrides the preset's; the default is the\n")
			.append("method's value when no preset sets one (docs/ARCHITECTURE.md, \"Presets and method specs\").\n\n")
			.append("| key | macro name | values | default | meaning |\n|---|---|---|---|---|\n");
		for (final FusionOption o : FusionOption.values())
			s.append("| `").append(o.key()).append("` | ").append(o.macroName() == null ? "" : "`" + o.macroName() + "`").append(" | ")
				.append(o.range().replace("|", "\\|")).append(" | ").append(o.defaultText()).append(" | ").append(o.help().replace("|", "\\|"))
				.append(" |\n");
		return s.toString();
	}

	private static String otherValue(final FusionOption o) {
		switch (o.kind()) {
			case BOOLEAN:
				return o.defaultText().equals("true") ? "false" : "true";
			case CHOICE:
				for (final String c : o.choices())
					if (!c.equals(o.defaultText())) return c;
				throw new AssertionError(o.key() + " has one choice");
			default:
				final String[] ends = o.range().substring(1, o.range().length() - 1).split(", ");
				return ends[1].equals(o.defaultText()) ? text(o, Double.parseDouble(ends[0]) + (o.kind() == FusionOption.Kind.INTEGER ? 1 : 0.25))
					: ends[1];
		}
	}

	private static String text(final FusionOption o, final double v) {
		if (o.kind() == FusionOption.Kind.INTEGER) return String.valueOf((long) v);
		return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
	}
}
