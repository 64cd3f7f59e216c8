package org.nmfusion.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import ij.ImagePlus;
import ij.ImageStack;
import ij.io.FileSaver;
import ij.process.ByteProcessor;
import net.imglib2.RandomAccess;
import net.imglib2.type.numeric.RealType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nmfusion.image.Image2D;

/** 8-bit images are read as the values their lookup table shows, whatever the file format. */
class ImagePlusAdapterTest {

	@TempDir
	Path dir;

	private static final int W = 16, H = 8;

	private static IndexColorModel colourPalette() {
		final byte[] r = new byte[256], g = new byte[256], b = new byte[256];
		for (int i = 0; i < 256; i++) {
			r[i] = (byte) i;
			g[i] = (byte) (255 - i);
			b[i] = (byte) (i * 7);
		}
		return new IndexColorModel(8, 256, r, g, b);
	}

	private static ByteProcessor indices() {
		final ByteProcessor bp = new ByteProcessor(W, H);
		for (int i = 0; i < W * H; i++) bp.set(i, i * 3 % 256);
		return bp;
	}

	@Test
	void colourPalettesAreReadAsTheColoursTheyShow() throws IOException {
		final ByteProcessor bp = indices();
		bp.setColorModel(colourPalette());
		final ImagePlus imp = new ImagePlus("palette", bp);
		final Path gif = dir.resolve("c.gif"), bmp = dir.resolve("c.bmp"), tif = dir.resolve("c.tif"), png = dir.resolve("c.png"),
			indexedPng = dir.resolve("io.png");
		new FileSaver(imp).saveAsGif(gif.toString());
		new FileSaver(imp).saveAsBmp(bmp.toString());
		new FileSaver(imp).saveAsTiff(tif.toString());
		new FileSaver(imp).saveAsPng(png.toString());
		final BufferedImage bi = new BufferedImage(W, H, BufferedImage.TYPE_BYTE_INDEXED, colourPalette());
		for (int i = 0; i < W * H; i++) bi.getRaster().setSample(i % W, i / W, 0, i * 3 % 256);
		ImageIO.write(bi, "png", indexedPng.toFile());
		for (final Image2D img : List.of(ImagePlusAdapter.wrap(imp), ImageFiles.read(gif), ImageFiles.read(bmp), ImageFiles.read(tif),
			ImageFiles.read(png), ImageFiles.read(indexedPng))) {
			assertEquals(Image2D.Kind.RGB, img.kind());
			for (int i = 0; i < W * H; i++) {
				final int index = i * 3 % 256;
				assertEquals(index, value(img, 0, i), "red of pixel " + i);
				assertEquals(255 - index, value(img, 1, i), "green of pixel " + i);
				assertEquals(index * 7 % 256, value(img, 2, i), "blue of pixel " + i);
			}
		}
	}

	@Test
	void grayTablesOtherThanTheIdentityMapTheIndex() throws IOException {
		final ByteProcessor bp = indices();
		bp.invertLut();
		final ImagePlus imp = new ImagePlus("inverted", bp);
		final Path tif = dir.resolve("inv.tif"), png = dir.resolve("inv.png"), gif = dir.resolve("inv.gif");
		new FileSaver(imp).saveAsTiff(tif.toString());
		new FileSaver(imp).saveAsPng(png.toString());
		new FileSaver(imp).saveAsGif(gif.toString());
		for (final Image2D img : List.of(ImagePlusAdapter.wrap(imp), ImageFiles.read(tif), ImageFiles.read(png), ImageFiles.read(gif))) {
			assertEquals(Image2D.Kind.GRAY8, img.kind());
			for (int i = 0; i < W * H; i++) assertEquals(255 - i * 3 % 256, value(img, 0, i), "pixel " + i);
		}
	}

	@Test
	void theIdentityTableKeepsThePixelsWhateverTheDisplayRange() {
		final ByteProcessor bp = indices();
		bp.setMinAndMax(50, 150);
		final ImagePlus imp = new ImagePlus("gray", bp);
		final Image2D img = ImagePlusAdapter.wrap(imp);
		assertEquals(Image2D.Kind.GRAY8, img.kind());
		for (int i = 0; i < W * H; i++) assertEquals(i * 3 % 256, value(img, 0, i));
		assertSame(bp.getPixels(), ImagePlusAdapter.toImagePlus(img, "back").getProcessor().getPixels(), "no copy");
	}

	@Test
	void planesOfAPaletteStackShowTheirColours() {
		final ImageStack stack = new ImageStack(W, H);
		stack.addSlice(indices());
		stack.addSlice(indices());
		stack.setColorModel(colourPalette());
		final List<Image2D> planes = ImagePlusAdapter.wrapPlanes(new ImagePlus("stack", stack));
		assertEquals(2, planes.size());
		assertTrue(planes.get(1).isRgb());
		assertEquals(255 - 3, value(planes.get(1), 1, 1));
	}

	private static int value(final Image2D img, final int channel, final int i) {
		final RandomAccess<? extends RealType<?>> ra = img.channel(channel).randomAccess();
		ra.setPosition(new long[] { i % W, i / W });
		return (int) ra.get().getRealDouble();
	}
}
