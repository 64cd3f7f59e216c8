package org.nmfusion.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.scijava.Context;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandService;
import org.scijava.plugin.Parameter;

/**
 * Every {@code run("Label", "key=value ...")} call in macros/*.ijm names an NMFusion command found in the
 * SciJava plugin index by its menu leaf, and every key is a @Parameter field of that command.
 */
class MacroCommandsTest {

	private static final Pattern RUN = Pattern.compile("run\\(\"([^\"]+)\",\\s*(\"(?:[^;]*?))\\);");
	private static final Pattern KEY = Pattern.compile("(?:^|[\\s\"])([a-z_]+)=");

	@Test
	void macrosUseExistingCommandsAndKeys() throws Exception {
		final Map<String, Class<?>> commands = new HashMap<>();
		try (Context context = new Context(CommandService.class)) {
			for (final CommandInfo info : context.service(CommandService.class).getCommands()) {
				if (!info.getClassName().startsWith("org.nmfusion.commands.") || info.getMenuPath() == null || info.getMenuPath().size() < 3 ||
					!info.getMenuPath().get(1).getName().equals("NMFusion")) continue;
				commands.put(info.getMenuPath().getLeaf().getName(), info.loadClass());
			}
		}
		assertTrue(commands.size() >= 10, "NMFusion commands in the plugin index: " + commands.keySet());
		final List<Path> macros;
		try (Stream<Path> s = Files.list(Paths.get("macros"))) {
			macros = s.filter(p -> p.toString().endsWith(".ijm")).sorted().collect(Collectors.toList());
		}
		assertTrue(macros.size() >= 3, "macros: " + macros);
		int calls = 0;
		final List<String> problems = new ArrayList<>();
		for (final Path macro : macros) {
			final Matcher m = RUN.matcher(Files.readString(macro));
			while (m.find()) {
				calls++;
				final Class<?> command = commands.get(m.group(1));
				if (command == null) {
					problems.add(macro.getFileName() + ": no NMFusion command '" + m.group(1) + "'");
					continue;
				}
				final Set<String> fields = parameterFields(command);
				final Matcher k = KEY.matcher(m.group(2));
				while (k.find())
					if (!fields.contains(k.group(1))) problems.add(macro.getFileName() + ": '" + m.group(1) + "' has no key " + k.group(1));
			}
		}
		assertEquals(List.of(), problems);
		assertTrue(calls >= 6, "run() calls found: " + calls);
	}

	private static Set<String> parameterFields(final Class<?> c) {
		final Set<String> names = new HashSet<>();
		for (Class<?> k = c; k != null; k = k.getSuperclass())
			for (final Field f : k.getDeclaredFields())
				if (f.isAnnotationPresent(Parameter.class)) names.add(f.getName());
		return names;
	}
}
