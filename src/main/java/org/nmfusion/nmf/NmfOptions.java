package org.nmfusion.nmf;

import org.nmfusion.util.BadParameterException;
import java.util.Locale;

/**
 * Immutable settings of one NMF run ({@link Nmf}): rank, solver (Lee-Seung multiplicative updates or
 * fast HALS), loss (Frobenius or Kullback-Leibler, the latter with multiplicative updates only),
 * initialisation (NNDSVD, NNDSVDa or seeded random, as in scikit-learn), stopping rule (maximum number
 * of iterations; relative change of the loss below {@code tolerance}), L1/L2 penalties on W and H and
 * the number of threads. Build with {@link #builder(int)}.
 */
public final class NmfOptions {

	/** Update rule. */
	public enum Solver {
		/** Lee and Seung (2001) multiplicative updates. */
		MU,
		/** Fast HALS, coordinate descent on columns of W and rows of H (Cichocki and Phan 2009). */
		HALS;

		/** Parses "mu" or "hals" (case-insensitive). */
		public static Solver parse(final String s) {
			return parseEnum(Solver.class, s, "solver");
		}
	}

	/** Initialisation of W and H. */
	public enum Init {
		/** Non-negative double SVD (Boutsidis and Gallopoulos 2008); zeros stay zero under MU. */
		NNDSVD,
		/** NNDSVD with zeros replaced by the mean of V (better for MU). */
		NNDSVDA,
		/** sqrt(mean(V) / k) * |N(0,1)| entries from a seeded generator (H first, then W). */
		RANDOM;

		/** Parses "nndsvd", "nndsvda" or "random" (case-insensitive). */
		public static Init parse(final String s) {
			return parseEnum(Init.class, s, "init");
		}
	}

	/** Objective (data term). */
	public enum Loss {
		/** 0.5 ||V - WH||_F^2 */
		FROBENIUS,
		/** generalised Kullback-Leibler divergence D(V || WH) */
		KULLBACK_LEIBLER;

		/** Parses "frobenius" or "kl" (case-insensitive). */
		public static Loss parse(final String s) {
			if (s != null && s.trim().equalsIgnoreCase("kl")) return KULLBACK_LEIBLER;
			return parseEnum(Loss.class, s, "loss");
		}
	}

	private final int rank;
	private final Solver solver;
	private final Loss loss;
	private final Init init;
	private final long seed;
	/** Largest iteration count: a million updates already take hours on a small stack. */
	public static final int MAX_ITERATIONS = 1_000_000;

	private final int maxIterations;
	private final double tolerance;
	private final double l1W, l2W, l1H, l2H;
	private final int threads;
	private final boolean exactLoss;

	private NmfOptions(final Builder b) {
		rank = b.rank;
		solver = b.solver;
		loss = b.loss;
		init = b.init;
		seed = b.seed;
		maxIterations = b.maxIterations;
		tolerance = b.tolerance;
		l1W = b.l1W;
		l2W = b.l2W;
		l1H = b.l1H;
		l2H = b.l2H;
		threads = b.threads;
		exactLoss = b.exactLoss;
	}

	/** A builder with the given rank and the defaults: HALS, Frobenius, NNDSVDa, seed 0, 200 iterations, tol 1e-4. */
	public static Builder builder(final int rank) {
		return new Builder(rank);
	}

	/** A builder initialised from these options. */
	public Builder toBuilder() {
		final Builder b = new Builder(rank);
		b.solver = solver;
		b.loss = loss;
		b.init = init;
		b.seed = seed;
		b.maxIterations = maxIterations;
		b.tolerance = tolerance;
		b.l1W = l1W;
		b.l2W = l2W;
		b.l1H = l1H;
		b.l2H = l2H;
		b.threads = threads;
		b.exactLoss = exactLoss;
		return b;
	}

	public int rank() { return rank; }
	public Solver solver() { return solver; }
	public Loss loss() { return loss; }
	public Init init() { return init; }
	public long seed() { return seed; }
	public int maxIterations() { return maxIterations; }
	public double tolerance() { return tolerance; }
	public double l1W() { return l1W; }
	public double l2W() { return l2W; }
	public double l1H() { return l1H; }
	public double l2H() { return l2H; }
	public int threads() { return threads; }
	/** If true the Frobenius loss is computed from the residual every iteration (one extra product) instead of the cheaper trace identity. */
	public boolean exactLoss() {
		return exactLoss;
	}

	@Override
	public String toString() {
		return String.format(Locale.ROOT,
			"NmfOptions[rank=%d, solver=%s, loss=%s, init=%s, seed=%d, maxIterations=%d, tolerance=%g, l1W=%g, l2W=%g, l1H=%g, l2H=%g, threads=%d, exactLoss=%b]",
			rank, solver, loss, init, seed, maxIterations, tolerance, l1W, l2W, l1H, l2H, threads, exactLoss);
	}

	/** Builder for {@link NmfOptions}; {@link #build()} validates. */
	public static final class Builder {
		private int rank;
		private Solver solver = Solver.HALS;
		private Loss loss = Loss.FROBENIUS;
		private Init init = Init.NNDSVDA;
		private long seed;
		private int maxIterations = 200;
		private double tolerance = 1e-4;
		private double l1W, l2W, l1H, l2H;
		private int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
		private boolean exactLoss;

		private Builder(final int rank) {
			this.rank = rank;
		}

		public Builder rank(final int r) { rank = r; return this; }
		public Builder solver(final Solver s) { solver = s; return this; }
		public Builder loss(final Loss l) { loss = l; return this; }
		public Builder init(final Init i) { init = i; return this; }
		public Builder seed(final long s) { seed = s; return this; }
		public Builder maxIterations(final int n) { maxIterations = n; return this; }
		/** Stop when |loss(t-1) - loss(t)| / loss(t-1) < tol; 0 runs all iterations. */
		public Builder tolerance(final double t) {
			tolerance = t;
			return this;
		}
		public Builder l1W(final double v) { l1W = v; return this; }
		public Builder l2W(final double v) { l2W = v; return this; }
		public Builder l1H(final double v) { l1H = v; return this; }
		public Builder l2H(final double v) { l2H = v; return this; }
		/** Same L1 and L2 penalties on W and H. */
		public Builder regularization(final double l1, final double l2) {
			l1W = l1H = l1;
			l2W = l2H = l2;
			return this;
		}
		public Builder threads(final int n) { threads = n; return this; }
		public Builder exactLoss(final boolean b) { exactLoss = b; return this; }

		public NmfOptions build() {
			if (rank < 1) throw new BadParameterException("NMF rank must be >= 1, got " + rank);
			if (solver == null || loss == null || init == null) throw new BadParameterException("NMF solver, loss and init must not be null");
			if (maxIterations < 0 || maxIterations > MAX_ITERATIONS)
				throw new BadParameterException("NMF maxIterations must be in [0, " + MAX_ITERATIONS + "], got " + maxIterations);
			if (!(tolerance >= 0) || Double.isInfinite(tolerance))
				throw new BadParameterException("NMF tolerance must be finite and >= 0, got " + tolerance);
			checkPenalty("l1W", l1W);
			checkPenalty("l2W", l2W);
			checkPenalty("l1H", l1H);
			checkPenalty("l2H", l2H);
			if (threads < 1) throw new BadParameterException("NMF threads must be >= 1, got " + threads);
			if (loss == Loss.KULLBACK_LEIBLER && solver != Solver.MU)
				throw new BadParameterException("the Kullback-Leibler loss needs the MU solver, got " + solver);
			return new NmfOptions(this);
		}

		private static void checkPenalty(final String name, final double v) {
			if (!(v >= 0) || Double.isInfinite(v)) throw new BadParameterException("NMF penalty " + name + " must be finite and >= 0, got " + v);
		}
	}

	static <E extends Enum<E>> E parseEnum(final Class<E> type, final String s, final String what) {
		if (s != null) {
			for (final E e : type.getEnumConstants())
				if (e.name().equalsIgnoreCase(s.trim())) return e;
		}
		final StringBuilder sb = new StringBuilder();
		for (final E e : type.getEnumConstants())
			sb.append(sb.length() == 0 ? "" : ", ").append(e.name().toLowerCase(Locale.ROOT));
		throw new BadParameterException("unknown NMF " + what + " '" + s + "', expected one of: " + sb);
	}
}
