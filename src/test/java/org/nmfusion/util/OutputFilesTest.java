package org.nmfusion.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFilesTest {

	@TempDir
	Path dir;

	@Test
	void outputFilesAreCheckedAgainstInputsEachOtherAndExistingFiles() throws IOException {
		final Path in = Files.writeString(dir.resolve("in.png"), "x"), out = dir.resolve("out.tif");
		OutputFiles.check(false, List.of(in), out, null);
		assertMessage("output " + in + " is an input file; choose another output", () -> OutputFiles.check(true, List.of(in), in));
		final Path link = Files.createSymbolicLink(dir.resolve("link.png"), in);
		assertMessage("is an input file", () -> OutputFiles.check(true, List.of(in), link));
		assertMessage("is given twice", () -> OutputFiles.check(false, List.of(in), out, dir.resolve("./out.tif")));
		Files.writeString(out, "old");
		assertMessage("output " + out + " exists; use --overwrite to replace it", () -> OutputFiles.check(false, List.of(in), out));
		OutputFiles.check(true, List.of(in), out);
		assertMessage("is a folder", () -> OutputFiles.check(true, List.of(), dir));
		assertMessage("does not exist", () -> OutputFiles.check(false, List.of(), dir.resolve("no/out.tif")));
	}

	@Test
	void outputFoldersMustBeEmptyUnlessOverwritingAndHoldNoInput() throws IOException {
		final Path out = dir.resolve("out");
		final Path stack = Files.writeString(dir.resolve("stack.tif"), "x");
		OutputFiles.checkFolder(out, false, List.of(stack), "basis.tif");
		Files.createDirectories(out);
		OutputFiles.checkFolder(out, false, List.of(stack), "basis.tif");
		Files.writeString(out.resolve("basis.tif"), "old");
		assertMessage("output folder " + out + " is not empty; use --overwrite", () -> OutputFiles.checkFolder(out, false, List.of(stack)));
		OutputFiles.checkFolder(out, true, List.of(stack), "basis.tif");
		assertMessage("is an input file", () -> OutputFiles.checkFolder(out, true, List.of(out.resolve("basis.tif")), "basis.tif"));
		assertMessage("is an input folder", () -> OutputFiles.checkFolder(out, true, List.of(out)));
		assertMessage("contains the input", () -> OutputFiles.checkFolder(dir, true, List.of(out)));
		assertMessage("is not a folder", () -> OutputFiles.checkFolder(stack, true, List.of()));
	}

	@Test
	void foldersCreatedForAFailedRunAreRemovedWhenEmpty() throws IOException {
		final Path deep = dir.resolve("a/b/c");
		final List<Path> created = OutputFiles.createFolders(deep);
		assertEquals(3, created.size());
		assertTrue(Files.isDirectory(deep));
		Files.writeString(dir.resolve("a/keep.txt"), "x");
		OutputFiles.removeEmpty(created);
		assertFalse(Files.exists(dir.resolve("a/b")));
		assertTrue(Files.exists(dir.resolve("a/keep.txt")), "a folder with content stays");
	}

	private static void assertMessage(final String part, final org.junit.jupiter.api.function.Executable e) {
		final IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, e);
		assertTrue(ex.getMessage().contains(part), "message '" + ex.getMessage() + "' lacks '" + part + "'");
	}
}
