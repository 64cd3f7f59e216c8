package org.nmfusion.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.nmfusion.fusion.method.FusionOption;
import org.scijava.plugin.Parameter;

/**
 * The Fiji fusion commands' option fields are the {@link FusionOption} declarations that have a macro name, named and
 * described by them; every other option is reachable through {@code other_options}.
 */
class FusionCommandOptionsTest {

	/** A concrete fusion command whose method spec the test reads. */
	private static final class Probe extends FusionCommand {
		@Override
		public void run() {}
	}

	@Test
	void eachMacroNameIsAFieldDescribedByItsDeclaration() throws Exception {
		final Set<String> declared = new HashSet<>();
		for (final FusionOption o : FusionOption.values()) {
			if (o.macroName() == null) continue;
			declared.add(o.macroName());
			final Field f = FusionCommand.class.getDeclaredField(o.macroName());
			final Parameter p = f.getAnnotation(Parameter.class);
			assertNotNull(p, o.macroName());
			assertEquals(o.help(), p.description(), o.macroName());
		}
		for (final Field f : FusionCommand.class.getDeclaredFields()) {
			if (f.getAnnotation(Parameter.class) == null) continue;
			final String n = f.getName();
			assertTrue(declared.contains(n) || Set.of(FusionCommand.PRESET, FusionCommand.METHOD, FusionCommand.OTHER_OPTIONS,
				FusionCommand.FLOAT_OUTPUT, FusionCommand.MODEL_DIR).contains(n), n + " is neither a declared option nor a known input");
		}
	}

	@Test
	void fieldsAndOtherOptionsBecomeTheSpecSettings() throws Exception {
		final Probe c = new Probe();
		set(c, FusionOption.LEVELS.macroName(), 3);
		set(c, FusionOption.ALPHA.macroName(), 0.25);
		set(c, FusionCommand.OTHER_OPTIONS, "detail=max-abs; base-radius=2");
		assertEquals("medical(alpha=0.25;levels=3;detail=max-abs;base-radius=2)", c.method());
		set(c, FusionCommand.OTHER_OPTIONS, "levels=5");
		assertEquals("medical(alpha=0.25;levels=5)", c.method(), "other_options overrides a field");
	}

	private static void set(final FusionCommand c, final String field, final Object value) throws Exception {
		final Field f = FusionCommand.class.getDeclaredField(field);
		f.setAccessible(true);
		f.set(c, value);
	}
}
