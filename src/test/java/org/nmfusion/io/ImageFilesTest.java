package org.nmfusion.io;

import org.nmfusion.image.Image2D;
import org.nmfusion.image.PixelCalibration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import ij.ImagePlus;
import ij.ImageStack;
import ij.io.FileSaver;
import ij.process.ByteProcessor;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nmfusion.testutil.TestImages;

class ImageFilesTest {

	@TempDir
	Path dir;

	@Test
	void tiffRoundTripsEveryBitDepthWithCalibration() throws IOException {
		for (ImagePlus imp : new ImagePlus[] { TestImages.gray8(23, 17, 1), TestImages.gray16(23, 17, 2),
			TestImages.gray32(23, 17, 3), TestImages.rgb(23, 17, 4) }) {
			imp.getCalibration().pixelWidth = 0.25;
			imp.getCalibration().pixelHeight = 0.5;
			imp.getCalibration().setUnit("mm");
			final Image2D in = ImagePlusAdapter.wrap(imp);
			final Path file = dir.resolve(imp.getTitle() + ".tif");
			ImageFiles.write(in, file);
			final Image2D back = ImageFiles.read(file);
			assertEquals(in.kind(), back.kind(), imp.getTitle());
			assertEquals(new PixelCalibration(0.25, 0.5, "mm"), back.calibration(), imp.getTitle());
			assertSamePixels(in, back);
		}
	}

	@Test
	void pngRoundTripsGrayAndRgb() throws IOException {
		for (ImagePlus imp : new ImagePlus[] { TestImages.gray8(31, 9, 5), TestImages.rgb(31, 9, 6) }) {
			final Path file = dir.resolve(imp.getTitle() + ".png");
			ImageFiles.save(imp, file);
			assertSamePixels(ImagePlusAdapter.wrap(imp), ImageFiles.read(file));
		}
	}

	@Test
	void readsBmpGifAndJpeg() throws IOException {
		final ImagePlus gray = TestImages.gray8(24, 16, 8);
		for (String format : new String[] { "bmp", "gif" }) {
			final Path file = dir.resolve("gray." + format);
			final FileSaver saver = new FileSaver(gray.duplicate());
			assertTrue(format.equals("bmp") ? saver.saveAsBmp(file.toString()) : saver.saveAsGif(file.toString()), format);
			final Image2D back = ImageFiles.read(file);
			assertEquals(Image2D.Kind.GRAY8, back.kind(), format);
			assertSamePixels(ImagePlusAdapter.wrap(gray), back);
		}
		final ImagePlus rgb = TestImages.rgb(24, 16, 9);
		final Path jpeg = dir.resolve("rgb.jpg");
		assertTrue(new FileSaver(rgb.duplicate()).saveAsJpeg(jpeg.toString()));
		final Image2D back = ImageFiles.read(jpeg);
		assertEquals(Image2D.Kind.RGB, back.kind());
		assertEquals(24, back.width());
		assertEquals(16, back.height());
	}

	@Test
	void grayImagesAreWrappedWithoutCopy() {
		final ImagePlus imp = TestImages.gray32(8, 4, 1);
		final Image2D img = ImagePlusAdapter.wrap(imp);
		((float[]) imp.getProcessor().getPixels())[9] = 42f;
		assertEquals(42f, pixel(img, 1, 1), 0f);
		final ImagePlus back = ImagePlusAdapter.toImagePlus(img, "back");
		assertSame(imp.getProcessor().getPixels(), back.getProcessor().getPixels());
	}

	@Test
	void clearErrorsForBadFiles() throws IOException {
		assertMessage(assertThrows(IOException.class, () -> ImageFiles.read(dir.resolve("missing.tif"))), "file not found");
		assertMessage(assertThrows(IOException.class, () -> ImageFiles.read(dir)), "folder");
		final Path empty = Files.createFile(dir.resolve("empty.tif"));
		assertMessage(assertThrows(IOException.class, () -> ImageFiles.read(empty)), "empty");
		final Path text = Files.writeString(dir.resolve("notes.txt"), "not an image\n");
		assertMessage(assertThrows(IOException.class, () -> ImageFiles.read(text)), "not an image");
		final Path fakeTiff = Files.write(dir.resolve("corrupt.tif"), new byte[] { 'I', 'I', 42, 0, 8, 0, 0, 0, 1, 2 });
		assertMessage(assertThrows(IOException.class, () -> ImageFiles.read(fakeTiff)), "corrupt.tif");
	}

	@Test
	void truncatedTiffsAreRefusedWithTheBytesTheyLack() throws IOException {
		final ImagePlus one = TestImages.gray8(64, 48, 3);
		final Path single = dir.resolve("single.tif");
		new FileSaver(one).saveAsTiff(single.toString());
		final ImageStack st = new ImageStack(64, 48);
		for (int i = 0; i < 5; i++) st.addSlice(TestImages.gray8(64, 48, 10 + i).getProcessor());
		final Path stack = dir.resolve("stack.tif");
		new FileSaver(new ImagePlus("stack", st)).saveAsTiffStack(stack.toString());
		for (final Path complete : new Path[] { single, stack }) {
			final long length = Files.size(complete);
			final Path cut = dir.resolve("cut-" + complete.getFileName());
			Files.write(cut, Arrays.copyOf(Files.readAllBytes(complete), (int) (length * 2 / 3)));
			final IOException e = assertThrows(IOException.class, () -> ImageFiles.open(cut));
			assertTrue(e.getMessage().matches("truncated TIFF: " + Pattern.quote(cut.toString()) + " needs \\d+ bytes, file has " + length * 2 / 3),
				e.getMessage());
			ImageFiles.open(complete);
		}
	}

	@Test
	void truncatedMultiPageTiffsOfOtherWritersAreRefused() throws IOException {
		for (final String compression : new String[] { null, "LZW" }) {
			final Path file = dir.resolve("pages-" + compression + ".tif");
			writePages(file, 4, compression);
			assertEquals(4, ImageFiles.open(file).getStackSize(), "complete file: all pages");
			final byte[] bytes = Files.readAllBytes(file);
			for (final int cut : new int[] { bytes.length - 10, bytes.length * 3 / 4, bytes.length / 2 }) {
				final Path part = dir.resolve("cut" + cut + "-" + file.getFileName());
				Files.write(part, Arrays.copyOf(bytes, cut));
				final IOException e = assertThrows(IOException.class, () -> ImageFiles.open(part), compression + " cut at " + cut);
				assertTrue(e.getMessage().startsWith("truncated TIFF: " + part + " needs "), e.getMessage());
			}
		}
	}

	@Test
	void corruptFilesGiveOneErrorAndPrintNothing() throws IOException {
		final Path png = dir.resolve("ok.png");
		new FileSaver(TestImages.gray8(64, 48, 4)).saveAsPng(png.toString());
		final byte[] bytes = Files.readAllBytes(png);
		final Path cut = Files.write(dir.resolve("cut.png"), Arrays.copyOf(bytes, bytes.length * 2 / 3));
		final PrintStream out = System.out, err = System.err;
		final ByteArrayOutputStream console = new ByteArrayOutputStream();
		final IOException e;
		try {
			System.setOut(new PrintStream(console, true));
			System.setErr(new PrintStream(console, true));
			e = assertThrows(IOException.class, () -> ImageFiles.open(cut));
		}
		finally {
			System.setOut(out);
			System.setErr(err);
		}
		assertEquals("", console.toString(), "ImageJ's reader printed to the console");
		assertEquals("could not read image (corrupt or unsupported): " + cut + " (Error reading PNG image data)", e.getMessage());
	}

	/** A multi-page TIFF as other tools write it: one image directory per page (javax.imageio). */
	private static void writePages(final Path file, final int pages, final String compression) throws IOException {
		final ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
		try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
			writer.setOutput(out);
			writer.prepareWriteSequence(null);
			final ImageWriteParam param = writer.getDefaultWriteParam();
			if (compression != null) {
				param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
				param.setCompressionType(compression);
			}
			for (int p = 0; p < pages; p++) {
				final BufferedImage page = new BufferedImage(40, 30, BufferedImage.TYPE_BYTE_GRAY);
				for (int i = 0; i < 40 * 30; i++) page.getRaster().setSample(i % 40, i / 40, 0, (i * 7 + p * 13) % 256);
				writer.writeToSequence(new IIOImage(page, null, null), param);
			}
			writer.endWriteSequence();
		}
		finally {
			writer.dispose();
		}
	}

	@Test
	void stacksAreRejectedWhereAPlaneIsExpected() throws IOException {
		final ImageStack stack = new ImageStack(5, 4);
		for (int i = 0; i < 3; i++) stack.addSlice(new ByteProcessor(5, 4));
		final Path file = dir.resolve("stack.tif");
		new FileSaver(new ImagePlus("stack", stack)).saveAsTiffStack(file.toString());
		assertMessage(assertThrows(IOException.class, () -> ImageFiles.read(file)), "3 planes");
		assertMessage(assertThrows(IOException.class, () -> ImageFiles.openPlane(file)), "3 planes");
	}

	@Test
	void refusedWritesLeaveNothingBehind() throws IOException {
		final ImagePlus imp16 = TestImages.gray16(4, 4, 1);
		assertMessage(assertThrows(IOException.class, () -> ImageFiles.save(imp16, dir.resolve("out.png"))), "PNG");
		assertMessage(assertThrows(IOException.class, () -> ImageFiles.save(imp16, dir.resolve("out.jpg"))), "unsupported");
		assertMessage(assertThrows(IOException.class, () -> ImageFiles.save(imp16, dir.resolve("no/such/out.tif"))), "does not exist");
		try (Stream<Path> files = Files.list(dir)) {
			assertEquals(0, files.count(), "no partial or temporary files");
		}
		ImageFiles.save(imp16, dir.resolve("out.tif"));
		assertEquals("gray16", imp16.getTitle(), "title of the saved image is kept");
		try (Stream<Path> files = Files.list(dir)) {
			assertArrayEquals(new String[] { "out.tif" }, files.map(p -> p.getFileName().toString()).toArray());
		}
	}

	private static float pixel(Image2D img, int x, int y) {
		final net.imglib2.RandomAccess<? extends RealType<?>> ra = img.channel(0).randomAccess();
		ra.setPosition(new long[] { x, y });
		return ra.get().getRealFloat();
	}

	private static void assertSamePixels(Image2D a, Image2D b) {
		assertEquals(a.channels().size(), b.channels().size());
		for (int c = 0; c < a.channels().size(); c++) {
			final java.util.Iterator<? extends RealType<?>> ib = Views.flatIterable(b.channel(c)).iterator();
			for (RealType<?> t : Views.flatIterable(a.channel(c))) assertEquals(t.getRealDouble(), ib.next().getRealDouble(), 0.0);
			assertFalse(ib.hasNext());
		}
	}

	private static void assertMessage(Exception e, String part) {
		assertTrue(e.getMessage().contains(part), "message '" + e.getMessage() + "' should mention '" + part + "'");
	}
}
