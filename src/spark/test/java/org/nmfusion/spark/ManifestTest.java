package org.nmfusion.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nmfusion.batch.FusionPair;

class ManifestTest {

	@TempDir
	Path dir;

	@Test
	void readsPairsWithHeaderGroupsQuotesAndMissingSides() throws Exception {
		final Path m = dir.resolve("list/pairs.csv");
		Files.createDirectories(m.getParent());
		Files.writeString(m, "name,a,b\n# a comment\n\nmri,../img/mri.png,../img/ct.png\nclinic/p1,\"/data/a, 1.png\",/data/b1.png\nlone,x.png,\n");
		final List<FusionPair> pairs = Manifest.read(m);
		assertEquals(3, pairs.size());
		assertEquals("mri", pairs.get(0).id());
		assertEquals(dir.resolve("img/mri.png").toAbsolutePath(), pairs.get(0).a());
		assertEquals("clinic", pairs.get(1).group());
		assertEquals("p1", pairs.get(1).name());
		assertEquals("/data/a, 1.png", pairs.get(1).a().toString());
		assertNull(pairs.get(2).b());
	}

	@Test
	void rejectsDuplicatesAndMalformedLines() throws Exception {
		final Path m = dir.resolve("m.csv");
		Files.writeString(m, "p,a.png,b.png\np,c.png,d.png\n");
		assertTrue(assertThrows(IllegalArgumentException.class, () -> Manifest.read(m)).getMessage().contains("listed twice"));
		Files.writeString(m, "p,a.png\n");
		assertTrue(assertThrows(IllegalArgumentException.class, () -> Manifest.read(m)).getMessage().contains("line 1"));
		Files.writeString(m, "name,a,b\n");
		assertTrue(assertThrows(IllegalArgumentException.class, () -> Manifest.read(m)).getMessage().contains("no pairs"));
	}

	@Test
	void aFolderIsSearchedForPairs() throws Exception {
		PairGenerator.write(dir.resolve("in"), 3, 32, 0);
		final List<FusionPair> pairs = Manifest.pairs(dir.resolve("in"));
		assertEquals(List.of("p00", "p01", "p02"), pairs.stream().map(FusionPair::id).collect(java.util.stream.Collectors.toList()));
		assertTrue(pairs.get(0).a().isAbsolute());
	}
}
