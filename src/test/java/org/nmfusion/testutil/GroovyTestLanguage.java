package org.nmfusion.testutil;

import org.scijava.plugin.Plugin;
import org.scijava.script.AdaptedScriptLanguage;
import org.scijava.script.ScriptLanguage;

/** Test-scope Groovy for SciJava scripts (Fiji ships scripting-groovy, which is not on Maven Central). */
@Plugin(type = ScriptLanguage.class, name = "Groovy")
public class GroovyTestLanguage extends AdaptedScriptLanguage {

	public GroovyTestLanguage() {
		super("groovy");
	}
}
