package org.nmfusion.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.nmfusion.fusion.FusionMethods;
import org.nmfusion.fusion.FusionPresets;
import org.scijava.plugin.Parameter;

/** The Fiji dropdowns of every fusion command list exactly the registries' presets and methods. */
class FusionCommandChoicesTest {

	private static List<String> choices(final String field) throws NoSuchFieldException {
		return Arrays.asList(FusionCommand.class.getDeclaredField(field).getAnnotation(Parameter.class).choices());
	}

	@Test
	void presetChoicesAreTheRegisteredPresetsThenNone() throws Exception {
		final List<String> expected = new ArrayList<>(FusionPresets.names());
		expected.add(FusionCommand.NO_PRESET);
		assertEquals(expected, choices(FusionCommand.PRESET));
	}

	@Test
	void methodChoicesAreThePresetsMethodThenTheRegisteredMethods() throws Exception {
		final List<String> c = choices(FusionCommand.METHOD);
		assertEquals(FusionCommand.PRESET_METHOD, c.get(0));
		assertEquals(new TreeSet<>(FusionMethods.names()), new TreeSet<>(c.subList(1, c.size())));
		assertEquals(FusionMethods.names().size(), c.size() - 1, "no method listed twice");
	}
}
