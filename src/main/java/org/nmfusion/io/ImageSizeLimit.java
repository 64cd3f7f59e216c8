package org.nmfusion.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;

/**
 * Refuses an image file whose header claims more pixel data than the limit (an image bomb: a few bytes that
 * claim 100000 x 100000 pixels or 100000 slices) before a single pixel buffer is allocated. The limit, in
 * MiB of decoded pixel data as ImageJ holds it, is the system property {@value #PROPERTY}, else the
 * environment variable {@value #ENV}, else half the Java heap (-Xmx). Independently of it, a plane of more
 * than 2^31 - 1 pixels is refused: ImageJ's pixel arrays cannot hold it.
 */
public final class ImageSizeLimit {

	/** System property holding the limit in MiB. */
	public static final String PROPERTY = "nmfusion.max.image.mb";
	/** Environment variable holding the limit in MiB (when the property is not set). */
	public static final String ENV = "NMFUSION_MAX_IMAGE_MB";

	private static final long MIB = 1L << 20;

	private final long limitBytes;
	private final String source;

	private ImageSizeLimit(final long limitBytes, final String source) {
		this.limitBytes = limitBytes;
		this.source = source;
	}

	/** The limit now in force (property, environment, heap). */
	public static ImageSizeLimit current() throws IOException {
		return from(System::getProperty, System::getenv, Runtime.getRuntime().maxMemory());
	}

	/** The limit from the given property and environment look-ups and heap size, in that order. */
	static ImageSizeLimit from(final Function<String, String> properties, final Function<String, String> environment,
		final long maxHeapBytes) throws IOException
	{
		final String property = properties.apply(PROPERTY);
		if (property != null && !property.isBlank())
			return new ImageSizeLimit(mib(property, "-D" + PROPERTY), "-D" + PROPERTY + "=" + property.trim());
		final String env = environment.apply(ENV);
		if (env != null && !env.isBlank()) return new ImageSizeLimit(mib(env, ENV), ENV + "=" + env.trim());
		return new ImageSizeLimit(maxHeapBytes / 2, "half the Java heap of " + maxHeapBytes / MIB + " MiB; set -D" + PROPERTY + "=MIB or "
			+ ENV + "=MIB to change it");
	}

	private static long mib(final String value, final String name) throws IOException {
		try {
			final long mib = Long.parseLong(value.trim());
			if (mib > 0 && mib <= Long.MAX_VALUE / MIB) return mib * MIB;
		}
		catch (NumberFormatException e) {
			// reported below
		}
		throw new IOException("bad image size limit " + name + "='" + value + "': expected a positive number of MiB");
	}

	/** The limit in bytes of decoded pixel data. */
	public long bytes() {
		return limitBytes;
	}

	/**
	 * Checks the header of {@code file} (ImageJ's file {@code type}) against the limit.
	 *
	 * @throws IOException "image too large: FILE claims W x H pixels, N plane(s), B byte(s) per pixel = X MiB; the
	 *           limit is L MiB (where it comes from)"
	 */
	void check(final Path file, final int type) throws IOException {
		// a zipped TIFF is unpacked to be read: at most the limit plus room for its directories and tags
		final ImageHeader h = ImageHeader.of(file, type, limitBytes > Long.MAX_VALUE / 2 ? Long.MAX_VALUE : limitBytes + 16 * MIB);
		if (h == null) return;
		final String claim = file + " claims " + h.width + " x " + h.height + " pixels, " + h.planes + " plane(s), " + h.bytesPerPixel
			+ " byte(s) per pixel";
		if (ImageHeader.saturatedProduct(h.width, h.height) > Integer.MAX_VALUE)
			throw new IOException("image too large: " + claim + "; ImageJ holds at most 2147483647 pixels per plane");
		if (h.planes > Integer.MAX_VALUE)
			throw new IOException("image too large: " + claim + "; ImageJ holds at most 2147483647 planes");
		if (h.bytes > limitBytes)
			throw new IOException(
				"image too large: " + claim + " = " + mibText(h.bytes) + "; the limit is " + mibText(limitBytes) + " (" + source + ")");
	}

	private static String mibText(final long bytes) {
		return bytes == Long.MAX_VALUE ? "more than 8 EiB" : String.format(Locale.ROOT, "%d MiB", (bytes + MIB - 1) / MIB);
	}
}
