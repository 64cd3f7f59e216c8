package org.nmfusion.cnn;

import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * Entry point for obtaining a {@link FocusModel}. The TensorFlow implementation is reached only by reflection
 * ({@value #IMPL}), so this class (and everything that uses {@link FocusModel}) stays free of TensorFlow and the
 * implementation can later be loaded from an isolated class loader (see docs on TensorFlow in Fiji).
 */
public final class FocusModels {
	/** Name of the shipped default model (class-path resource folder under /org/nmfusion/models/). */
	public static final String DEFAULT_MODEL = "siamese-light";
	static final String IMPL = "org.nmfusion.cnn.tf.TfFocusModel";

	private FocusModels() {
	}

	/** The shipped default model (unpacked once, loaded once per JVM, shared; close() on it is a no-op). */
	public static FocusModel bundled() {
		return bundled(DEFAULT_MODEL);
	}

	public static FocusModel bundled(String name) {
		return (FocusModel) call("bundled", new Class<?>[] {String.class}, name);
	}

	/** Loads a user-given SavedModel folder (the caller closes it). */
	public static FocusModel load(File dir) {
		return (FocusModel) call("load", new Class<?>[] {File.class}, dir);
	}

	/** A user folder if given, else the bundled default. */
	public static FocusModel loadOrDefault(File dirOrNull) {
		return dirOrNull == null ? bundled() : load(dirOrNull);
	}

	private static Object call(String method, Class<?>[] types, Object arg) {
		Method m;
		try {
			Class<?> c = Class.forName(IMPL, true, FocusModels.class.getClassLoader());
			m = c.getMethod(method, types);
		} catch (ClassNotFoundException | NoSuchMethodException | LinkageError e) {
			throw new IllegalStateException("TensorFlow focus model implementation not available (" + IMPL + "): "
					+ e, e);
		}
		try {
			return m.invoke(null, arg);
		} catch (InvocationTargetException e) {
			Throwable t = e.getCause();
			if (t instanceof RuntimeException) {
				throw (RuntimeException) t;
			}
			if (t instanceof Error) {
				throw (Error) t;
			}
			throw new IllegalStateException(t);
		} catch (IllegalAccessException e) {
			throw new IllegalStateException(e);
		}
	}
}
