package org.nmfusion.metrics;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One evaluation of metrics on a triple: the images A, B, F and the intermediates that several
 * metrics read, each computed once. {@link FusionMetrics#evaluateWithNotes} releases an intermediate
 * as soon as no metric still to run uses it ({@link #retainFor}).
 */
final class Evaluation {

	/** Image indices. */
	static final int A = 0;
	static final int B = 1;
	static final int F = 2;
	private static final String[] NAMES = { "A", "B", "F" };

	/** Intermediates shared between metrics. */
	enum Shared {
		/** 256-bin grey-level probabilities of A, B, F (EN, CE). */
		GREY_HISTOGRAMS,
		/** Joint histograms of the min-max stretched images (MI, NMI, TE, Qncie). */
		STRETCHED_HISTOGRAMS,
		/** Yang's windowed means of A, B, F and of their products (Qy, Qc). */
		YANG_MOMENTS
	}

	final GrayImage a;
	final GrayImage b;
	final GrayImage f;
	final int width;
	final int height;

	private double[][] probabilities = new double[3][];
	private byte[][] stretched = new byte[3][];
	private double[][] joint = new double[9][];
	private WindowMoments yang;

	/** Where A's and B's own intermediates are kept across fused images, or null. */
	private final SourceImages sources;

	Evaluation(GrayImage a, GrayImage b, GrayImage f) {
		this(a, b, f, null);
	}

	/** With {@code sources} (may be null) keeping A's and B's own intermediates across evaluations. */
	Evaluation(GrayImage a, GrayImage b, GrayImage f, SourceImages sources) {
		GrayImage.checkSameSize(a, b, f);
		this.a = a;
		this.b = b;
		this.f = f;
		this.width = f.width();
		this.height = f.height();
		this.sources = sources;
	}

	/**
	 * An intermediate of source A or B alone ({@code key} names it and the image), reused from {@link SourceImages} when
	 * the evaluation has them; the result must not be modified.
	 */
	<T> T sourceOwn(String key, Supplier<T> compute) {
		return sources == null ? compute.get() : sources.get(key, compute);
	}

	/** Pixels of image A, B or F. */
	double[] data(int image) {
		return image == A ? a.data() : image == B ? b.data() : f.data();
	}

	static String name(int image) {
		return NAMES[image];
	}

	/** 256-bin grey-level probabilities of an image (values must lie in 0..255). */
	double[] probabilities(int image) {
		if (probabilities[image] == null) probabilities[image] = Histograms.probabilities(data(image), name(image));
		return probabilities[image];
	}

	/**
	 * Joint probabilities of the min-max stretched images x (rows) and y (columns), see
	 * {@link Histograms#stretchedBins}.
	 */
	double[] jointProbabilities(int x, int y) {
		int key = x * 3 + y;
		if (joint[key] == null) joint[key] = Histograms.jointProbabilities(stretched(x), stretched(y));
		return joint[key];
	}

	/**
	 * The stretch {@code normalize1} (NMI, TE, Qncie) is 0/0 for a constant non-zero image.
	 *
	 * @throws MetricNotComputableException naming the metric and the image
	 */
	void requireStretchable(String metric) {
		for (int i = A; i <= F; i++) {
			double[] x = data(i);
			double v = x[0];
			boolean constant = true;
			for (int k = 1; k < x.length && constant; k++) constant = x[k] == v;
			if (constant && v != 0) {
				throw new MetricNotComputableException(metric + ": image " + name(i) + " is constant and non-zero;"
					+ " the reference normalisation (normalize1) is 0/0");
			}
		}
	}

	/** Yang's windowed moments of A, B, F (indices A, B, F). */
	WindowMoments yang() {
		if (yang == null) yang = WindowMoments.yang(width, height, a.data(), b.data(), f.data());
		return yang;
	}

	/** Releases the intermediates that none of the {@code pending} metrics uses. */
	void retainFor(Collection<? extends FusionMetric> pending) {
		Set<Shared> used = EnumSet.noneOf(Shared.class);
		for (FusionMetric m : pending) {
			if (m instanceof AbstractFusionMetric) used.addAll(((AbstractFusionMetric) m).shares());
		}
		if (!used.contains(Shared.GREY_HISTOGRAMS)) probabilities = new double[3][];
		if (!used.contains(Shared.STRETCHED_HISTOGRAMS)) {
			stretched = new byte[3][];
			joint = new double[9][];
		}
		if (!used.contains(Shared.YANG_MOMENTS)) yang = null;
	}

	private byte[] stretched(int image) {
		if (stretched[image] == null) stretched[image] = Histograms.stretchedBins(data(image));
		return stretched[image];
	}
}
