package org.nmfusion.train;

import java.io.File;
import java.util.Arrays;

/** Minimal entry point (java -cp ... org.nmfusion.train.TrainMain --images DIR --out DIR ...). */
public final class TrainMain {
	private TrainMain() {
	}

	public static void main(String[] args) throws Exception {
		TrainingConfig c = new TrainingConfig();
		long stopAt = Long.MAX_VALUE;
		for (int i = 0; i < args.length; i++) {
			String k = args[i];
			String v = i + 1 < args.length ? args[i + 1] : null;
			switch (k) {
				case "--images": c.images = new File(v); i++; break;
				case "--holdout": c.holdout = Arrays.asList(v.split(",")); i++; break;
				case "--width": c.widths = Widths.parse(v); i++; break;
				case "--steps": c.steps = Long.parseLong(v); i++; break;
				case "--batch": c.batch = Integer.parseInt(v); i++; break;
				case "--lr": c.learningRate = Double.parseDouble(v); i++; break;
				case "--seed": c.seed = Long.parseLong(v); i++; break;
				case "--out": c.out = new File(v); i++; break;
				case "--threads": c.threads = Integer.parseInt(v); i++; break;
				case "--checkpoint-every": c.checkpointEvery = Long.parseLong(v); i++; break;
				case "--log-every": c.logEvery = Long.parseLong(v); i++; break;
				case "--test-pairs": c.testPairs = Integer.parseInt(v); i++; break;
				case "--resume": c.resume = true; break;
				case "--stop-at": stopAt = Long.parseLong(v); i++; break;
				default: throw new IllegalArgumentException("unknown option " + k);
			}
		}
		// --stop-at N: stop after N steps of this session (the learning-rate schedule still follows --steps),
		// used to compare widths at equal step counts.
		final long stop = stopAt;
		final java.util.concurrent.atomic.AtomicLong polls = new java.util.concurrent.atomic.AtomicLong();
		SiameseTrainer.train(c, "java org.nmfusion.train.TrainMain " + String.join(" ", args), null,
				() -> polls.incrementAndGet() > stop);
	}
}
