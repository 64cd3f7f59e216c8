package org.nmfusion.io;

import java.awt.Color;
import java.awt.Graphics;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import ij.CompositeImage;
import ij.ImagePlus;
import ij.io.FileInfo;

/**
 * Decodes a file with javax.imageio, whose decoders throw on corrupt data (a cut PNG: "Error reading PNG
 * image data"), instead of ImageJ 1.x's wrappers, which print the error to the console and return null.
 * {@link #open} converts the decoded image as ImageJ's {@code Opener.openUsingImageIO} does (the reader
 * ImageJ uses for PNG): images with alpha or custom byte layouts drawn onto white RGB, 16-bit multi-band
 * images as a composite, the file recorded in the image's FileInfo; so the pixels are ImageJ's.
 */
final class ImageIoReader {

	private ImageIoReader() {}

	/** The decoded image. @throws IOException naming the file and the decoder's reason */
	static BufferedImage decode(final Path file) throws IOException {
		final BufferedImage img;
		try {
			img = ImageIO.read(file.toFile());
		}
		catch (IOException | RuntimeException e) {
			throw new IOException(ImageFiles.unreadable(file, e.getMessage() == null ? e.toString() : e.getMessage()), e);
		}
		if (img == null) throw new IOException(ImageFiles.unreadable(file, "no javax.imageio decoder for it"));
		return img;
	}

	/** The file as ImageJ's ImageIO path opens it. */
	static ImagePlus open(final Path file) throws IOException {
		BufferedImage img = decode(file);
		final boolean customBytes = img.getType() == BufferedImage.TYPE_CUSTOM && img.getSampleModel().getDataType() == DataBuffer.TYPE_BYTE;
		if (img.getColorModel().hasAlpha() || customBytes) {
			final BufferedImage rgb = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_INT_ARGB);
			final Graphics g = rgb.getGraphics();
			g.setColor(Color.white);
			g.fillRect(0, 0, img.getWidth(), img.getHeight());
			g.drawImage(img, 0, 0, null);
			g.dispose();
			img = rgb;
		}
		final File f = file.toFile();
		ImagePlus imp = new ImagePlus(f.getName(), img);
		if (imp.getBitDepth() == 16 && imp.getStackSize() > 1) imp = new CompositeImage(imp, CompositeImage.COMPOSITE);
		final FileInfo fi = new FileInfo();
		fi.fileFormat = FileInfo.IMAGEIO;
		fi.fileName = f.getName();
		if (f.getParent() != null) fi.directory = f.getParent() + File.separator;
		imp.setFileInfo(fi);
		return imp;
	}
}
