package org.nmfusion.io;

import org.nmfusion.image.Image2D;
import org.nmfusion.util.AtomicFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import ij.ImagePlus;
import ij.io.FileSaver;
import ij.io.Opener;
import ij.plugin.PNG_Writer;
import ij.Prefs;

/**
 * Reads every format ImageJ 1.x opens (TIFF 8/16/32-bit, PNG, JPEG, BMP, GIF, DICOM, ...) and writes
 * TIFF (any bit depth) or PNG (8-bit gray or RGB). Errors name the file and the problem; a write goes
 * to a temporary file in the target folder that is renamed into place, so a failed write leaves no
 * partial output behind.
 */
public final class ImageFiles {

	private ImageFiles() {}

	/**
	 * Opens an image file as an ImagePlus (any number of planes). A header claiming more pixel data than
	 * {@link ImageSizeLimit} allows is refused before any pixel is read. Decoded so that a bad file throws, with
	 * nothing printed: a TIFF's header and directories are checked (a cut TIFF, strips past the end of the file
	 * and directory loops are refused) before ImageJ reads its pixels; a PNG is decoded by javax.imageio and
	 * converted as ImageJ does ({@link ImageIoReader}); a JPEG, GIF or BMP is first decoded by javax.imageio (its
	 * errors thrown), then read by ImageJ's reader for its pixels; other formats ImageJ opens (DICOM, FITS, PGM,
	 * ZIP, AVI) go to ImageJ's readers directly.
	 */
	public static ImagePlus open(Path file) throws IOException {
		if (file == null) throw new IOException("no input file given");
		if (!Files.exists(file)) throw new IOException("file not found: " + file);
		if (Files.isDirectory(file)) throw new IOException("expected an image file but got a folder: " + file);
		if (!Files.isReadable(file)) throw new IOException("file is not readable (permissions): " + file);
		if (Files.size(file) == 0) throw new IOException("file is empty (0 bytes): " + file);
		final Opener opener = new Opener();
		opener.setSilentMode(true);
		final String path = file.toAbsolutePath().toString();
		final ImagePlus imp;
		try {
			final int type = opener.getFileType(path);
			if (!isImageType(type)) throw new IOException("not an image file ImageJ can read: " + file);
			if (type == Opener.TIFF || type == Opener.TIFF_AND_DICOM) TiffCheck.requireSaneDirectories(file);
			ImageSizeLimit.current().check(file, type);
			if (type == Opener.PNG) {
				imp = ImageIoReader.open(file);
			}
			else {
				if (type == Opener.TIFF) TiffCheck.requireComplete(file);
				if (type == Opener.JPEG || type == Opener.GIF || type == Opener.BMP) ImageIoReader.decode(file);
				imp = opener.openImage(path);
			}
		}
		catch (RuntimeException e) {
			throw new IOException(unreadable(file, e.getMessage() == null ? e.toString() : e.getMessage()), e);
		}
		if (imp == null || imp.getWidth() < 1 || imp.getHeight() < 1 || imp.getProcessor() == null) {
			throw new IOException(unreadable(file, ""));
		}
		return imp;
	}

	static String unreadable(final Path file, final String detail) {
		return "could not read image (corrupt or unsupported): " + file + (detail.isEmpty() ? "" : " (" + detail + ")");
	}

	/** Opens a single-plane image file as an {@link Image2D} (gray, or three channels for colour). */
	public static Image2D read(Path file) throws IOException {
		final ImagePlus imp = open(file);
		try {
			return ImagePlusAdapter.wrap(imp);
		}
		catch (IllegalArgumentException e) {
			throw new IOException(file + ": " + e.getMessage(), e);
		}
	}

	/** Opens a single-plane image file as an ImagePlus, rejecting stacks with a clear message. */
	public static ImagePlus openPlane(Path file) throws IOException {
		final ImagePlus imp = open(file);
		if (imp.getStackSize() != 1) {
			throw new IOException("expected a 2-D image, but " + file + " has " + imp.getStackSize() +
				" planes (" + imp.getNChannels() + " channels, " + imp.getNSlices() + " slices, " + imp.getNFrames() + " frames)");
		}
		return imp;
	}

	/** Writes {@code image} as TIFF or PNG, chosen by the file extension. */
	public static void write(Image2D image, Path file) throws IOException {
		save(ImagePlusAdapter.toImagePlus(image, file.getFileName().toString()), file);
	}

	/**
	 * Saves an ImagePlus to {@code file}: {@code .tif}/{@code .tiff} (any bit depth, stacks too) or
	 * {@code .png} (8-bit gray or RGB, single plane). Written to a temporary file first and renamed.
	 */
	public static void save(ImagePlus imp, Path file) throws IOException {
		AtomicFiles.write(file, writer(imp, file));
	}

	/**
	 * The writer of {@link #save} for {@link AtomicFiles#writeAll}, to write several outputs all or none;
	 * the format is checked now.
	 */
	public static AtomicFiles.Writer writer(ImagePlus imp, Path file) throws IOException {
		final boolean tiff = requireOutputFormat(file, imp.getBitDepth(), imp.getStackSize());
		return tmp -> {
			final String title = imp.getTitle();
			try {
				if (tiff) {
					final FileSaver saver = new FileSaver(imp);
					final boolean ok = imp.getStackSize() > 1 ? saver.saveAsTiffStack(tmp.toString()) : saver.saveAsTiff(tmp.toString());
					if (!ok) throw new IOException("could not write " + file);
				}
				else {
					writePng(imp, tmp, file);
				}
				if (Files.size(tmp) == 0) throw new IOException("could not write " + file + " (nothing written)");
			}
			finally {
				imp.setTitle(title); // FileSaver renames the image after the temporary file
			}
		};
	}

	/** PNG through ImageJ's PNG writer itself (what FileSaver runs), whose errors are thrown rather than printed. */
	private static void writePng(final ImagePlus imp, final Path tmp, final Path file) throws IOException {
		try {
			new PNG_Writer().writeImage(imp, tmp.toString(), Prefs.getTransparentIndex());
		}
		catch (IOException e) {
			throw new IOException("could not write " + file + " (" + e.getMessage() + ")", e);
		}
		catch (Exception e) {
			throw new IOException("could not write " + file + " (" + (e.getMessage() == null ? e.toString() : e.getMessage()) + ")", e);
		}
	}

	/**
	 * Checks that {@code file} names an output format {@link #save} writes, before any work.
	 *
	 * @return true for TIFF, false for PNG
	 */
	public static boolean requireOutputFormat(Path file) throws IOException {
		return requireOutputFormat(file, 0, 1);
	}

	/**
	 * Checks that {@code file} can hold an image of {@code bitDepth} (0 = not known yet) and {@code planes},
	 * before any work: PNG holds one 8-bit or RGB plane.
	 *
	 * @return true for TIFF, false for PNG
	 */
	public static boolean requireOutputFormat(Path file, int bitDepth, int planes) throws IOException {
		final String name = file.getFileName().toString();
		final String ext = extension(name);
		final boolean tiff = ext.equals("tif") || ext.equals("tiff");
		if (!tiff && !ext.equals("png")) {
			throw new IOException("unsupported output format '" + name + "': use .tif (any bit depth) or .png (8-bit or RGB)");
		}
		if (!tiff && (planes != 1 || bitDepth != 0 && bitDepth != 8 && bitDepth != 24)) {
			throw new IOException("PNG output needs a single 8-bit or RGB plane, but the result is " + bitDepth + "-bit with " + planes +
				" plane(s): write a .tif instead (" + file + ")");
		}
		return tiff;
	}

	private static boolean isImageType(int type) {
		switch (type) {
			case Opener.TIFF:
			case Opener.DICOM:
			case Opener.FITS:
			case Opener.PGM:
			case Opener.JPEG:
			case Opener.GIF:
			case Opener.BMP:
			case Opener.ZIP:
			case Opener.PNG:
			case Opener.TIFF_AND_DICOM:
			case Opener.CUSTOM:
			case Opener.AVI:
				return true;
			default:
				return false;
		}
	}

	private static String extension(String name) {
		final int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}
}
