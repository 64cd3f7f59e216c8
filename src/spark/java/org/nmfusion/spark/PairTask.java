package org.nmfusion.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.nmfusion.batch.FusionPair;

/** A pair as a Spark task carries it to an executor: group, name and the absolute source paths (null = missing). */
public final class PairTask implements Serializable {

	private static final long serialVersionUID = 1L;

	private final String group, name, a, b;

	public PairTask(final FusionPair pair) {
		this.group = pair.group();
		this.name = pair.name();
		this.a = absolute(pair.a());
		this.b = absolute(pair.b());
	}

	/** The pair again, on the executor. */
	public FusionPair toPair() {
		return new FusionPair(group, name, a == null ? null : Paths.get(a), b == null ? null : Paths.get(b));
	}

	/** group/name, as in the results table. */
	public String id() {
		return group.isEmpty() ? name : group + "/" + name;
	}

	private static String absolute(final Path p) {
		return p == null ? null : p.toAbsolutePath().normalize().toString();
	}

	@Override
	public String toString() {
		return id();
	}
}
