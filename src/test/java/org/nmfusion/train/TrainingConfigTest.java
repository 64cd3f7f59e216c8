package org.nmfusion.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nmfusion.util.BadParameterException;

/** The settings are checked before any work: ranges, and an earlier run in the output folder. */
class TrainingConfigTest {

	@TempDir
	Path dir;

	private TrainingConfig config() throws IOException {
		final TrainingConfig c = new TrainingConfig();
		c.images = Files.createDirectories(dir.resolve("images")).toFile();
		c.out = dir.resolve("run").toFile();
		return c;
	}

	@Test
	void valuesOutOfRangeAreBadParameters() throws IOException {
		final TrainingConfig c = config();
		c.validate();
		c.batch = TrainingConfig.MAX_BATCH + 1;
		assertEquals("batch must be in [2, 4096] pairs, got 4097", assertThrows(BadParameterException.class, c::validate).getMessage());
		c.batch = 8;
		c.learningRate = 2;
		assertThrows(BadParameterException.class, c::validate);
		c.learningRate = Double.NaN;
		assertThrows(BadParameterException.class, c::validate);
		c.learningRate = 1e-3;
		c.steps = 0;
		assertThrows(BadParameterException.class, c::validate);
		assertThrows(BadParameterException.class, () -> new Widths(16, 32, Widths.MAX + 1));
		assertThrows(BadParameterException.class, () -> Widths.parse("16,32"));
		assertEquals("64,128,256", Widths.parse("liu").toString());
	}

	@Test
	void anEarlierRunIsKeptUnlessResumingOrOverwriting() throws IOException {
		final TrainingConfig c = config();
		Files.createDirectories(c.out.toPath().resolve("model"));
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, c::validate);
		assertTrue(e.getMessage().contains("use --resume to continue it or --overwrite to replace it"), e.getMessage());
		c.resume = true;
		c.validate();
		c.resume = false;
		c.overwrite = true;
		c.validate();
		c.images = c.out.toPath().resolve("model").toFile();
		assertThrows(IllegalArgumentException.class, c::validate, "the images would be replaced");
	}
}
