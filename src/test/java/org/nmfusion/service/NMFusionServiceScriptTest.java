package org.nmfusion.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import ij.ImagePlus;

import org.junit.jupiter.api.Test;
import org.nmfusion.testutil.TestImages;
import org.scijava.Context;
import org.scijava.script.ScriptModule;
import org.scijava.script.ScriptService;

/** The service as users reach it from a SciJava script: {@code #@ NMFusionService}. */
class NMFusionServiceScriptTest {

	@Test
	void groovyScriptGetsTheSameResultAsJava() throws Exception {
		System.setProperty("java.awt.headless", "true");
		try (Context context = new Context(ScriptService.class, NMFusionService.class)) {
			final ImagePlus in = TestImages.gray16(33, 21, 4);
			final String script = String.join("\n",
				"#@ NMFusionService nmfusion",
				"#@ ij.ImagePlus image",
				"#@output ij.ImagePlus result",
				"result = nmfusion.denoise(image, 2, 1000d, false)");
			final ScriptModule m = context.service(ScriptService.class).run("denoise.groovy", script, true, "image", in).get();
			final ImagePlus viaScript = (ImagePlus) m.getOutput("result");
			assertNotNull(viaScript, "script output (script errors are logged, not thrown)");
			final ImagePlus viaJava = context.service(NMFusionService.class).denoise(in, 2, 1000, false);
			assertArrayEquals((short[]) viaJava.getProcessor().getPixels(), (short[]) viaScript.getProcessor().getPixels());
		}
	}
}
