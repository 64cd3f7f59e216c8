package org.nmfusion.metrics;

/**
 * Binary classification metrics computed from a confusion matrix (true/false positives/negatives).
 *
 * <p>All ratios are in [0, 1]. When a ratio's denominator is zero (e.g. precision with no positive
 * predictions) the ratio is defined as 0, the common "zero division = 0" convention. Immutable.
 */
public final class ClassificationMetrics {

	private final long tp;
	private final long fp;
	private final long tn;
	private final long fn;

	private ClassificationMetrics(long tp, long fp, long tn, long fn) {
		this.tp = tp;
		this.fp = fp;
		this.tn = tn;
		this.fn = fn;
	}

	/**
	 * @param tp true positives
	 * @param fp false positives
	 * @param tn true negatives
	 * @param fn false negatives
	 * @throws IllegalArgumentException if a count is negative or the total overflows
	 */
	public static ClassificationMetrics of(long tp, long fp, long tn, long fn) {
		if (tp < 0 || fp < 0 || tn < 0 || fn < 0) {
			throw new IllegalArgumentException("confusion matrix counts must be >= 0, got tp=" + tp
				+ " fp=" + fp + " tn=" + tn + " fn=" + fn);
		}
		try {
			Math.addExact(Math.addExact(tp, fp), Math.addExact(tn, fn));
		}
		catch (ArithmeticException e) {
			throw new IllegalArgumentException("confusion matrix total overflows a long", e);
		}
		return new ClassificationMetrics(tp, fp, tn, fn);
	}

	private static double ratio(long num, long den) {
		return den == 0 ? 0.0 : (double) num / (double) den;
	}

	public long tp() { return tp; }

	public long fp() { return fp; }

	public long tn() { return tn; }

	public long fn() { return fn; }

	/** Total number of samples tp + fp + tn + fn. */
	public long total() { return tp + fp + tn + fn; }

	/** (tp + tn) / total; 0 for an empty matrix. */
	public double accuracy() { return ratio(tp + tn, total()); }

	/** tp / (tp + fp); 0 if nothing was predicted positive. */
	public double precision() { return ratio(tp, tp + fp); }

	/** tp / (tp + fn) (= sensitivity, true positive rate); 0 if there are no positives. */
	public double recall() { return ratio(tp, tp + fn); }

	/** Same as {@link #recall()}. */
	public double sensitivity() { return recall(); }

	/** tn / (tn + fp) (true negative rate); 0 if there are no negatives. */
	public double specificity() { return ratio(tn, tn + fp); }

	/** Harmonic mean of precision and recall, 2 tp / (2 tp + fp + fn); 0 if tp + fp + fn = 0. */
	public double f1() {
		return ratio(2 * tp, 2 * tp + fp + fn);
	}

	@Override
	public String toString() {
		return String.format(java.util.Locale.ROOT,
			"tp=%d fp=%d tn=%d fn=%d accuracy=%.6f precision=%.6f recall=%.6f f1=%.6f specificity=%.6f",
			tp, fp, tn, fn, accuracy(), precision(), recall(), f1(), specificity());
	}
}
