package org.nmfusion.fusion.method;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.nmfusion.cnn.FocusModel;
import org.nmfusion.image.Plane;
import org.nmfusion.util.ProgressListener;
import org.nmfusion.util.ProgressReport;

/**
 * What a fusion run needs besides its sources and options: the focus model (fetched lazily, only by
 * the methods that use it), an optional weight map given by the caller instead of the CNN's, a progress
 * listener and a cancel flag. Reusable across the pairs of a batch.
 */
public final class FusionContext {

	private final Supplier<FocusModel> model;
	private final Plane givenWeightMap;
	private final ProgressListener progress;
	private final BooleanSupplier canceled;
	/** The last progress report, which {@link #step} refines (a context serves one run at a time). */
	private volatile ProgressReport last = new ProgressReport(ProgressReport.Step.FUSION, 0, 1, "");

	private FusionContext(final Supplier<FocusModel> model, final Plane givenWeightMap, final ProgressListener progress,
		final BooleanSupplier canceled)
	{
		this.model = model;
		this.givenWeightMap = givenWeightMap;
		this.progress = progress == null ? r -> {} : progress;
		this.canceled = canceled == null ? () -> false : canceled;
	}

	/** A context with a model supplier (may be null for methods without CNN), no progress, never canceled. */
	public static FusionContext of(final Supplier<FocusModel> model) {
		return new FusionContext(model, null, null, null);
	}

	/** The same context with a weight map of A (values in [0, 1]) replacing the CNN's map. */
	public FusionContext withWeightMap(final Plane weightMap) {
		return new FusionContext(model, weightMap, progress, canceled);
	}

	/** The same context with a progress listener and a cancel flag. */
	public FusionContext withProgress(final ProgressListener listener, final BooleanSupplier cancel) {
		return new FusionContext(model, givenWeightMap, listener, cancel);
	}

	/**
	 * The focus model, reporting each CNN tile as a step of the current progress message and checking the cancel
	 * flag there; fails clearly when the run has none.
	 */
	public FocusModel focusModel() {
		final FocusModel m = model == null ? null : model.get();
		if (m == null) throw new IllegalStateException("this fusion method needs the CNN focus model, but none was given");
		return new ReportingFocusModel(m, this);
	}

	/** The caller's weight map, or null. */
	public Plane givenWeightMap() { return givenWeightMap; }

	/**
	 * Reports that the run reached source pair {@code done + 1} of {@code total} (done == total: finished), and
	 * stops the run with {@link FusionCanceledException} when it was canceled.
	 */
	public void progress(final int done, final int total, final String message) {
		if (canceled.getAsBoolean()) throw new FusionCanceledException();
		last = new ProgressReport(ProgressReport.Step.FUSION, done, total, message);
		progress.progress(last);
	}

	/** Reports a step within the current source pair (same done / total); stops the run when it was canceled. */
	void step(final String detail) {
		if (canceled.getAsBoolean()) throw new FusionCanceledException();
		final ProgressReport l = last;
		progress.progress(new ProgressReport(ProgressReport.Step.FUSION_DETAIL, l.done(), l.total(),
			l.message().isEmpty() ? detail : l.message() + ": " + detail));
	}
}
