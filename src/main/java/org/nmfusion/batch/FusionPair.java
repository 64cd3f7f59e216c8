package org.nmfusion.batch;

import java.nio.file.Path;

/**
 * One item of a batch: two registered images to fuse, named NAME, found in the sub-folder
 * {@code group} of the batch input ("" at its top). {@code b} is null when NAME_B was not found; the
 * batch reports such an item as failed.
 */
public final class FusionPair {

	private final String group, name;
	private final Path a, b;

	public FusionPair(final String group, final String name, final Path a, final Path b) {
		if (name == null || name.isEmpty()) throw new IllegalArgumentException("a pair needs a name");
		this.group = group == null ? "" : group;
		this.name = name;
		this.a = a;
		this.b = b;
	}

	/** Sub-folder of the batch input, with '/' separators, "" at the top. */
	public String group() { return group; }

	public String name() { return name; }

	/** Source A, or null when it is missing. */
	public Path a() { return a; }

	/** Source B, or null when it is missing. */
	public Path b() { return b; }

	/** group/name, or name at the top. */
	public String id() {
		return group.isEmpty() ? name : group + "/" + name;
	}

	@Override
	public String toString() {
		return id();
	}
}
