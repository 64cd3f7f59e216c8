package org.nmfusion.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import ij.io.FileSaver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nmfusion.fusion.FusionMethods;
import org.nmfusion.fusion.FusionPresets;
import org.nmfusion.fusion.method.FusionOption;
import org.nmfusion.testutil.TestImages;

import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** {@code nmfusion fuse} has one option per {@link FusionOption} declaration, passes on exactly the given ones, and its help lists the registries. */
class FusionOptionsCliTest {

	@TempDir
	Path dir;

	@Test
	void fuseHasAnOptionPerDeclarationWithItsDefaultAndHelp() {
		final CommandLine fuse = new CommandLine(new FuseSubcommand());
		for (final FusionOption o : FusionOption.values()) {
			final OptionSpec s = fuse.getCommandSpec().findOption("--" + o.key());
			assertNotNull(s, o.key());
			assertEquals(o.defaultText(), s.defaultValue(), o.key());
			assertTrue(s.description()[0].startsWith(o.help()), o.key());
		}
	}

	@Test
	void onlyTheGivenOptionsArePassedOn() {
		final CommandLine fuse = new CommandLine(new FuseSubcommand());
		final CommandLine.ParseResult parsed = fuse.parseArgs("a.png", "b.png", "-o", "f.png", "--levels", "3", "--detail", "max-abs");
		assertEquals(Map.of("levels", "3", "detail", "max-abs"), FusionOptionsCli.given(parsed));
		assertEquals("levels=3;detail=max-abs", FusionOptionsCli.givenText(parsed));
		assertEquals("", FusionOptionsCli.givenText(fuse.parseArgs("a.png", "b.png", "-o", "f.png")));
	}

	@Test
	void helpListsEveryPresetMethodAndOptionKey() {
		final String help = new CommandLine(new FuseSubcommand()).getUsageMessage();
		for (final String p : FusionPresets.names())
			assertTrue(help.contains("  " + p), p);
		for (final String m : FusionMethods.names())
			assertTrue(help.contains("  " + m + ":"), m);
		for (final FusionOption o : FusionOption.values())
			assertTrue(help.contains("--" + o.key() + "="), o.key());
	}

	/** An option that only specs had before (base) reaches the method: the same as the spec, and checked by the core. */
	@Test
	void aDeclaredOptionReachesTheMethod() throws Exception {
		final Path a = dir.resolve("a.png"), b = dir.resolve("b.png");
		new FileSaver(TestImages.gray8(48, 40, 1)).saveAsPng(a.toString());
		new FileSaver(TestImages.gray8(48, 40, 2)).saveAsPng(b.toString());
		final Path viaOption = dir.resolve("o.tif"), viaDefault = dir.resolve("d.tif");
		CliRun.Result r = CliRun.run("fuse", a.toString(), b.toString(), "-o", viaOption.toString(), "--method", "dwt", "--wavelet", "db2",
			"--wavelet-levels", "2");
		assertEquals(0, r.code, r.err);
		r = CliRun.run("fuse", a.toString(), b.toString(), "-o", viaDefault.toString(), "--method", "dwt");
		assertEquals(0, r.code, r.err);
		assertFalse(java.util.Arrays.equals(Files.readAllBytes(viaOption), Files.readAllBytes(viaDefault)), "db2 differs from haar");
		r = CliRun.run("fuse", a.toString(), b.toString(), "-o", dir.resolve("x.tif").toString(), "--method", "cnn-nmf", "--base-radius", "65");
		assertEquals(2, r.code, r.err);
		assertEquals("nmfusion: error: base-radius must be in [0, 64], got 65", r.err.trim());
		r = CliRun.run("fuse", a.toString(), b.toString(), "-o", dir.resolve("x.tif").toString(), "--detail", "liu;levels=2");
		assertEquals(2, r.code, r.err);
		assertTrue(r.err.contains("--detail must not hold"), r.err);
	}
}
