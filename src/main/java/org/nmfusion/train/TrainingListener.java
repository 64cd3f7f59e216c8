package org.nmfusion.train;

/** Progress callback of {@link FocusModelTrainer#train}. */
public interface TrainingListener {
	/** Called every logEvery steps and at phase changes. */
	void progress(long step, long steps, String message);

	TrainingListener STDOUT = (step, steps, message) -> System.out.println(message);
}
