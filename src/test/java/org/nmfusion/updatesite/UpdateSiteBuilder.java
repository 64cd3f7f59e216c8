package org.nmfusion.updatesite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Fills a folder with a Fiji update site for NMFusion: exactly the files update-site/contents.txt lists
 * ({@link SiteContents}), each at {@code <path>-<timestamp>}, and db.xml.gz describing them ({@link SiteDatabase};
 * checksums by {@link UpdaterChecksums}, sizes, the platform of native jars, earlier versions as previous
 * versions). Before anything is written, every jar is checked against {@link ForbiddenClasses}. Files: the plugin
 * jar into jars/, the TensorFlow engine folder into lib/nmfusion-tensorflow/ (NMFusion's private folder, outside
 * Fiji's class path), the macros into macros/ and the Fiji scripts into scripts/Plugins/NMFusion/.
 * Usage: UpdateSiteBuilder SITE_DIR PROJECT_DIR [EXTRA_NATIVES_DIR]
 */
public final class UpdateSiteBuilder {

	public static void main(final String[] args) throws IOException {
		final Path site = Paths.get(args[0]), project = Paths.get(args[1]);
		final String timestamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
		try {
			final List<SiteContents.Item> items = SiteContents.items(project, args.length > 2 ? Paths.get(args[2]) : null);
			final int written = write(site, items, timestamp);
			System.out.println(
				"update site in " + site + ": " + items.size() + " files (" + written + " new or changed), db.xml.gz, timestamp " + timestamp);
		}
		catch (final IllegalStateException | IllegalArgumentException e) {
			System.err.println("build-update-site: " + e.getMessage());
			System.exit(1);
		}
	}

	/**
	 * Writes the items into the site folder, merging them into its db.xml.gz; returns how many files were new or
	 * changed (unchanged ones keep their earlier timestamp and file). Refuses before writing anything when a jar
	 * holds classes that must not go where it is listed.
	 */
	static int write(final Path site, final List<SiteContents.Item> items, final String timestamp) throws IOException {
		ForbiddenClasses.check(items);
		Files.createDirectories(site);
		final SiteDatabase db = SiteDatabase.read(site);
		final List<String> paths = new ArrayList<>();
		int written = 0;
		for (final SiteContents.Item item : items) {
			paths.add(item.path);
			final String checksum = item.path.endsWith(".jar") ? UpdaterChecksums.jar(item.source) : UpdaterChecksums.file(item.path, item.source);
			final String at = db.publish(item, checksum, Files.size(item.source), description(item.path), timestamp);
			final Path target = site.resolve(item.path + "-" + at);
			if (at.equals(timestamp) || !Files.exists(target)) {
				Files.createDirectories(target.getParent());
				Files.copy(item.source, target, StandardCopyOption.REPLACE_EXISTING);
				written++;
			}
		}
		db.retireAllBut(paths, timestamp);
		db.write(site);
		return written;
	}

	private static String description(final String path) {
		if (path.startsWith("jars/")) return "NMFusion: multi-modal and multi-focus image fusion (Plugins > NMFusion)";
		if (path.startsWith("lib/")) return "NMFusion's TensorFlow engine, loaded by NMFusion in a class loader of its own";
		return "NMFusion example";
	}

	private UpdateSiteBuilder() {}
}
