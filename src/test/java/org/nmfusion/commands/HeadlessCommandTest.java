package org.nmfusion.commands;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.nmfusion.service.NMFusionService;
import org.scijava.Context;
import org.scijava.command.Command;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;

/** Base of the command tests: one headless SciJava context per test class, as Fiji --headless or a macro runs commands. */
abstract class HeadlessCommandTest {

	protected static Context context;

	@BeforeAll
	static void headlessContext() {
		System.setProperty("java.awt.headless", "true");
		context = new Context(CommandService.class, NMFusionService.class);
	}

	@AfterAll
	static void disposeContext() {
		context.dispose();
	}

	/** Runs a command with pre- and post-processing, like CommandService does for a macro call. */
	protected static CommandModule runCommand(Class<? extends Command> command, Object... inputs) throws Exception {
		return context.service(CommandService.class).run(command, true, inputs).get();
	}
}
