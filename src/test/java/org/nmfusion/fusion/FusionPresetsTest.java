package org.nmfusion.fusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nmfusion.fusion.method.FusionOptions;
import org.nmfusion.util.BadParameterException;

class FusionPresetsTest {

	@Test
	void theDefaultIsTheMedicalPreset() {
		final FusionMethods.Spec s = FusionMethods.spec(null, FusionOptions.defaults());
		assertEquals("medical", s.preset);
		assertEquals("cnn-nmf", s.method.name());
		assertEquals(4, s.options.levels());
		assertEquals(FusionOptions.DetailRule.LOCAL_NMF, s.options.detailRule());
		assertEquals(FusionOptions.BaseRule.LOCAL_NMF, s.options.baseRule());
		assertEquals(s.options.toString(), FusionMethods.spec("medical", FusionOptions.defaults()).options.toString());
	}

	@Test
	void everyPresetResolvesToAKnownMethod() {
		for (final FusionPresets.Preset p : FusionPresets.all()) {
			final FusionMethods.Spec s = FusionMethods.spec(p.name(), FusionOptions.defaults());
			assertTrue(FusionMethods.names().contains(s.method.name()), p.name());
			assertEquals(p.name(), s.preset);
			assertTrue(s.settings().startsWith(s.method.name() + " ("), s.settings());
		}
		assertEquals(FusionPresets.DEFAULT, FusionPresets.names().get(0));
		assertNull(FusionPresets.find("cnn-nmf"));
	}

	@Test
	void givenSettingsOverrideThePresetsAndThePresetOverridesTheBase() {
		final FusionOptions base = FusionOptions.builder().levels(7).floatOutput(true).threshold(0.3).build();
		final FusionMethods.Spec s = FusionMethods.spec("medical(levels=5;method=cnn)", base);
		assertEquals("cnn", s.method.name());
		assertEquals(5, s.options.levels(), "the user's value");
		assertTrue(s.options.floatOutput(), "what the preset does not set comes from the base");
		assertEquals(0.3, s.options.threshold(), 0, "the preset sets no threshold");
		assertEquals(4, FusionMethods.spec("medical", base).options.levels(), "the preset's value over the base");
		assertEquals(7, FusionMethods.spec("cnn-nmf", base).options.levels(), "a plain method keeps the base");
	}

	@Test
	void badSpecsAreRefusedWithTheirReason() {
		assertThrows(BadParameterException.class, () -> FusionMethods.spec("surgical", FusionOptions.defaults()));
		assertTrue(assertThrows(BadParameterException.class, () -> FusionMethods.spec("cnn(method=average)", FusionOptions.defaults()))
			.getMessage().contains("applies to a preset"));
		assertTrue(assertThrows(BadParameterException.class, () -> FusionMethods.spec("medical(method=irvis)", FusionOptions.defaults()))
			.getMessage().contains("is a preset"));
		assertThrows(BadParameterException.class, () -> FusionMethods.spec("medical(levels=99)", FusionOptions.defaults()));
	}

	@Test
	void composeWritesThePresetMethodAndGivenSettings() {
		final Map<String, String> given = new LinkedHashMap<>();
		assertEquals("medical", FusionMethods.compose(null, null, given));
		assertEquals("irvis", FusionMethods.compose("irvis", " ", given));
		given.put("threshold", "0.8");
		given.put("rank", null);
		given.put("levels", "3");
		assertEquals("average(threshold=0.8;levels=3)", FusionMethods.compose(null, "average", given));
		assertEquals("medical(method=cnn;threshold=0.8;levels=3)", FusionMethods.compose("medical", "cnn", given));
		given.put("wavelet", "db2;levels=9");
		assertThrows(BadParameterException.class, () -> FusionMethods.compose(null, "dwt", given));
	}
}
