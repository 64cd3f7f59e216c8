package org.nmfusion.train.tf;

import static org.junit.jupiter.api.Assertions.*;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nmfusion.train.TrainingConfig;
import org.nmfusion.train.Widths;

class SiameseTrainerTest {

	@Test
	void tinyTrainingLowersTheLossAndExportsAModelWithReports() throws Exception {
		SiameseTrainer.Outcome o = TinyModel.outcome();
		assertEquals(400, o.steps);
		assertTrue(o.losses.size() >= 4);
		double first = o.losses.get(0), last = o.losses.get(o.losses.size() - 1);
		assertTrue(last < 0.7 * first, "loss should fall: first interval " + first + ", last " + last);
		assertTrue(o.firstLoss > 0.4 && o.firstLoss < 1.5, "loss before training should be near ln 2: " + o.firstLoss);
		assertTrue(last < 0.5 * o.firstLoss, "loss should fall: step 1 " + o.firstLoss + ", last " + last);
		File dir = o.modelDir;
		for (String f : new String[] { "saved_model.pb", "variables/variables.index", "MODEL_REPORT.md", "TRAINING.md",
			"nmfusion-model.properties", "model-files.txt" }) {
			assertTrue(new File(dir, f).isFile(), f);
		}
		String training = new String(Files.readAllBytes(new File(dir, "TRAINING.md").toPath()), StandardCharsets.UTF_8);
		assertTrue(training.contains("img00.png"));
		assertTrue(training.contains("seed: 7"));
		assertFalse(training.contains("| img03.png | 160x160 |") && training.indexOf("img03.png") < training.indexOf("Held-out"),
			"held-out image must not be listed as training image");
		String list = new String(Files.readAllBytes(new File(dir, "model-files.txt").toPath()), StandardCharsets.UTF_8);
		assertTrue(list.contains("MODEL_REPORT.md") && list.contains("variables/variables.index"));
		assertFalse(list.contains(".part"), "reports are written atomically, no temporary files left: " + list);
		// held-out evaluation: 2000 pairs, both orders equally often, clearly better than chance
		assertEquals(2000, o.report.overall.total());
		assertEquals(1000, o.report.overall.tp() + o.report.overall.fn());
		assertTrue(o.report.overall.accuracy() > 0.75, "held-out accuracy " + o.report.overall.accuracy());
		long binTotal = o.report.bins.stream().mapToLong(m -> m.total()).sum();
		assertEquals(2000, binTotal);
	}

	@Test
	void cancelStopsEarlyAndStillExports(@TempDir Path tmp) throws Exception {
		TrainingConfig c = new TrainingConfig();
		c.images = TinyModel.writeImages(tmp.resolve("img").toFile(), 2, 64, 5);
		c.widths = new Widths(2, 2, 2);
		c.steps = 1000;
		c.batch = 8;
		c.logEvery = 5;
		c.checkpointEvery = 0;
		c.validationPairs = 16;
		c.out = tmp.resolve("out").toFile();
		AtomicInteger polls = new AtomicInteger();
		SiameseTrainer.Outcome o = SiameseTrainer.train(c, null, (s, n, m) -> {}, () -> polls.incrementAndGet() > 10);
		assertTrue(o.canceled);
		assertEquals(10, o.steps);
		assertTrue(new File(o.modelDir, "saved_model.pb").isFile());
	}

	@Test
	void resumeContinuesFromTheCheckpoint(@TempDir Path tmp) throws Exception {
		TrainingConfig c = new TrainingConfig();
		c.images = TinyModel.writeImages(tmp.resolve("img").toFile(), 1, 64, 6);
		c.widths = new Widths(2, 2, 2);
		c.steps = 10;
		c.batch = 8;
		c.logEvery = 5;
		c.checkpointEvery = 5;
		c.validationPairs = 16;
		c.out = tmp.resolve("out").toFile();
		AtomicInteger polls = new AtomicInteger();
		SiameseTrainer.Outcome first = SiameseTrainer.train(c, null, (s, n, m) -> {}, () -> polls.incrementAndGet() > 5);
		assertEquals(5, first.steps);
		assertTrue(new File(c.out, "checkpoint/step.properties").isFile());
		c.resume = true;
		List<String> messages = new ArrayList<>();
		SiameseTrainer.Outcome second = SiameseTrainer.train(c, "resumed run", (s, n, m) -> messages.add(m), null);
		assertFalse(second.canceled);
		assertEquals(10, second.steps);
		assertEquals(1, second.losses.size(), "one logging interval after resuming at step 5");
		assertTrue(messages.get(0).equals("resumed from checkpoint at step 5"), messages.toString());
		String training = new String(Files.readAllBytes(new File(second.modelDir, "TRAINING.md").toPath()),
			StandardCharsets.UTF_8);
		assertTrue(training.contains("resumed run") && training.contains("- steps: 10, batch 8"), training);
	}

	@Test
	void missingHoldoutImageIsReported(@TempDir Path tmp) throws Exception {
		TrainingConfig c = new TrainingConfig();
		c.images = TinyModel.writeImages(tmp.resolve("img").toFile(), 1, 64, 5);
		c.holdout = java.util.Arrays.asList("nope.png");
		c.out = tmp.resolve("out").toFile();
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
			() -> SiameseTrainer.train(c, null, null, null));
		assertTrue(e.getMessage().contains("nope.png"));
	}

	@Test
	void learningRateSchedule() {
		TrainingConfig c = new TrainingConfig();
		c.steps = 100;
		c.learningRate = 1e-3;
		c.decayAt = 0.6;
		assertEquals(1e-3, SiameseTrainer.learningRate(c, 0), 1e-12);
		assertEquals(1e-4, SiameseTrainer.learningRate(c, 60), 1e-12);
		assertEquals(1e-5, SiameseTrainer.learningRate(c, 99), 1e-12);
	}

	@Test
	void widthsParse() {
		assertEquals("16,32,64", Widths.parse("light").toString());
		assertEquals("64,128,256", Widths.parse("LIU").toString());
		assertEquals("4,8,12", Widths.parse("4, 8,12").toString());
		assertThrows(IllegalArgumentException.class, () -> Widths.parse("4,8"));
		assertThrows(IllegalArgumentException.class, () -> Widths.parse("0,8,8"));
	}
}
