package org.nmfusion.io;

import org.nmfusion.image.Image2D;
import org.nmfusion.image.PixelCalibration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

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
			TestImages.gray32(23, 17, 3), TestImages.rgb(23, 17, 4) })
		{
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
