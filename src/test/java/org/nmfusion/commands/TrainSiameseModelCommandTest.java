package org.nmfusion.commands;

import static org.junit.jupiter.api.Assertions.*;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nmfusion.train.tf.TinyModel;
import org.scijava.command.CommandModule;
import org.scijava.log.LogLevel;
import org.scijava.log.LogListener;
import org.scijava.log.LogService;

class TrainSiameseModelCommandTest extends HeadlessCommandTest {

	@Test
	void trainsAndExportsAModel(@TempDir Path tmp) throws Exception {
		final File images = TinyModel.writeImages(tmp.resolve("img").toFile(), 3, 64, 3);
		final CommandModule m = runCommand(TrainSiameseModelCommand.class, "image_folder", images, "holdout", "img02.png", "width", "2,2,2", "steps",
			12L, "batch", 8,
			"seed", 3L, "checkpoint_every", 6L, "test_pairs", 64, "output_folder", tmp.resolve("out").toFile());
		assertFalse(m.isCanceled(), m.getCancelReason());
		final File model = (File) m.getOutput("model_folder");
		assertTrue(new File(model, "saved_model.pb").isFile());
		assertTrue(new File(model, "MODEL_REPORT.md").isFile());
		assertTrue(new File(tmp.resolve("out").toFile(), "checkpoint/step.properties").isFile());
	}

	@Test
	void progressGoesToTheLogAndStopAtEndsEarly(@TempDir Path tmp) throws Exception {
		final File images = TinyModel.writeImages(tmp.resolve("img").toFile(), 1, 64, 4);
		final List<String> logged = Collections.synchronizedList(new ArrayList<>());
		final LogListener listener = message -> {
			if (message.level() == LogLevel.INFO) logged.add(message.text());
		};
		final LogService log = context.service(LogService.class);
		log.addLogListener(listener);
		final CommandModule m;
		try {
			m = runCommand(TrainSiameseModelCommand.class, "image_folder", images, "width", "2,2,2", "steps", 50L,
				"batch", 8, "checkpoint_every", 0L, "stop_at", 4L, "output_folder", tmp.resolve("out").toFile());
		}
		finally {
			log.removeLogListener(listener);
		}
		assertFalse(m.isCanceled(), m.getCancelReason());
		assertTrue(logged.contains("canceled at step 4"), logged.toString());
		final String t = new String(Files.readAllBytes(tmp.resolve("out/model/TRAINING.md")), StandardCharsets.UTF_8);
		assertTrue(t.contains("run(\"Train Siamese Model\", \"image_folder=" + images) && t.contains(" stop_at=4 "), t);
		assertTrue(t.contains("- steps: 4 (canceled)"), t);
	}

	@Test
	void badFolderCancelsWithClearReason(@TempDir Path tmp) throws Exception {
		final CommandModule m = runCommand(TrainSiameseModelCommand.class, "image_folder", tmp.resolve("missing").toFile(), "width", "light", "steps",
			5L,
			"output_folder", tmp.resolve("out").toFile());
		assertTrue(m.isCanceled());
		assertTrue(m.getCancelReason().contains("image folder not found"), m.getCancelReason());
	}

	@Test
	void holdoutNames() {
		assertEquals(java.util.Arrays.asList("a.png", "b.png"), TrainSiameseModelCommand.names(" a.png, ,b.png"));
		assertTrue(TrainSiameseModelCommand.names(null).isEmpty());
	}
}
