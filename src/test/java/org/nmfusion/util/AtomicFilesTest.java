package org.nmfusion.util;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

	@TempDir
	Path dir;

	@Test
	void severalOutputsAreWrittenAllOrNone() throws IOException {
		final Path a = dir.resolve("a.txt"), b = dir.resolve("b.txt");
		final Map<Path, AtomicFiles.Writer> files = new LinkedHashMap<>();
		files.put(a, AtomicFiles.string("A"));
		files.put(b, tmp -> {
			Files.writeString(tmp, "half");
			throw new IOException("disk full");
		});
		assertEquals("disk full", assertThrows(IOException.class, () -> AtomicFiles.writeAll(files)).getMessage());
		assertArrayEquals(new String[0], names(), "neither output nor temporary file stays behind");

		files.put(b, AtomicFiles.string("B"));
		AtomicFiles.writeAll(files);
		assertArrayEquals(new String[] { "a.txt", "b.txt" }, names());
		assertEquals("B", Files.readString(b));
	}

	@Test
	void theSameOutputTwiceIsRefused() throws IOException {
		final Map<Path, AtomicFiles.Writer> files = new LinkedHashMap<>();
		files.put(dir.resolve("x.txt"), AtomicFiles.string("1"));
		files.put(dir.resolve("./x.txt"), AtomicFiles.string("2"));
		assertThrows(IOException.class, () -> AtomicFiles.writeAll(files));
		assertArrayEquals(new String[0], names());
	}

	@Test
	void staleTemporariesOfAKilledWriterAreRecognisedAndRemoved() throws IOException {
		Files.writeString(dir.resolve(".p1_fused.png.7f3a9c01d2e4b5a6.part.png"), "half");
		Files.writeString(dir.resolve(".report.csv.1b.part.csv"), "half");
		Files.writeString(dir.resolve(".notes.part"), "a user's file");
		Files.writeString(dir.resolve("p2_fused.png"), "done");
		assertTrue(AtomicFiles.isTemporary(dir.resolve(".p1_fused.png.7f3a9c01d2e4b5a6.part.png")));
		assertFalse(AtomicFiles.isTemporary(dir.resolve("p2_fused.png")));
		assertEquals(2, AtomicFiles.removeStale(dir));
		assertArrayEquals(new String[] { ".notes.part", "p2_fused.png" }, names());
		assertEquals(0, AtomicFiles.removeStale(dir.resolve("missing")));
	}

	@Test
	void aFolderIsReplacedOnlyWhenTheNewOneIsComplete() throws IOException {
		final Path model = Files.createDirectories(dir.resolve("model"));
		Files.writeString(model.resolve("old.txt"), "old");
		assertThrows(IOException.class, () -> AtomicFiles.writeFolder(model, staging -> {
			Files.createDirectories(staging);
			Files.writeString(staging.resolve("new.txt"), "half");
			throw new IOException("export failed");
		}));
		assertArrayEquals(new String[] { "model" }, names());
		assertEquals("old", Files.readString(model.resolve("old.txt")));

		AtomicFiles.writeFolder(model, staging -> {
			Files.createDirectories(staging);
			Files.writeString(staging.resolve("new.txt"), "new");
		});
		assertArrayEquals(new String[] { "model" }, names());
		assertFalse(Files.exists(model.resolve("old.txt")));
		assertEquals("new", Files.readString(model.resolve("new.txt")));
	}

	private String[] names() throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			return files.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
		}
	}
}
