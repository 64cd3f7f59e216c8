package org.nmfusion.cnn;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A child-first (parent-last) class loader over a list of jars: a class is looked up in those jars before the
 * parent, except the classes {@code shared} accepts, which always come from the parent so that both sides see
 * the same class (the JDK and the engine-free interfaces). Resources are looked up child-first as well.
 */
public final class ParentLastClassLoader extends URLClassLoader {
	static {
		ClassLoader.registerAsParallelCapable();
	}

	private final Predicate<String> shared;

	/**
	 * @param name the loader's name (shown in stack traces and class loader diagnostics)
	 * @param shared accepts the binary names of the classes that must come from {@code parent}
	 */
	public ParentLastClassLoader(String name, URL[] urls, ClassLoader parent, Predicate<String> shared) {
		super(name, urls, Objects.requireNonNull(parent, "parent class loader"));
		this.shared = shared;
	}

	@Override
	protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
		if (shared.test(name)) {
			return super.loadClass(name, resolve);
		}
		synchronized (getClassLoadingLock(name)) {
			Class<?> c = findLoadedClass(name);
			if (c == null) {
				try {
					c = findClass(name);
				}
				catch (ClassNotFoundException e) {
					c = getParent().loadClass(name);
				}
			}
			if (resolve) {
				resolveClass(c);
			}
			return c;
		}
	}

	@Override
	public URL getResource(String name) {
		URL u = findResource(name);
		return u != null ? u : getParent().getResource(name);
	}

	@Override
	public Enumeration<URL> getResources(String name) throws IOException {
		List<URL> all = new ArrayList<>(Collections.list(findResources(name)));
		all.addAll(Collections.list(getParent().getResources(name)));
		return Collections.enumeration(all);
	}
}
