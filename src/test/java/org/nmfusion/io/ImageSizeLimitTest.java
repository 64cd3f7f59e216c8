package org.nmfusion.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import ij.io.Opener;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nmfusion.testutil.TestImages;

class ImageSizeLimitTest {

	@TempDir
	Path dir;

	private static final long MIB = 1L << 20;

	private static void assertRefused(final Path file, final String... parts) {
		final IOException e = assertThrows(IOException.class, () -> ImageFiles.open(file), file.toString());
		final String m = e.getMessage();
		assertTrue(m.startsWith("image too large: " + file + " claims "), m);
		for (final String part : parts)
			assertTrue(m.contains(part), "'" + part + "' missing from: " + m);
		assertEquals(1, m.lines().count(), m);
	}

	private static String heapLimit() {
		return "the limit is " + Runtime.getRuntime().maxMemory() / 2 / MIB + " MiB (half the Java heap";
	}

	@Test
	void tiffClaimingTenGigapixelsIsRefusedWithItsSizeAndTheLimit() throws IOException {
		// 100000 x 100000: more than an ImageJ plane can hold, whatever the heap
		assertRefused(ImageBombs.tiff(dir.resolve("huge.tif"), 100_000, 100_000, null), "100000 x 100000 pixels",
			"at most 2147483647 pixels per plane");
		// 40000 x 40000 8-bit: 1526 MiB fits a plane; refused by a limit of 1000 MiB
		final Path big = ImageBombs.tiff(dir.resolve("big.tif"), 40_000, 40_000, null);
		final ImageSizeLimit limit = ImageSizeLimit.from(Map.of(ImageSizeLimit.PROPERTY, "1000")::get, k -> null, 1L << 40);
		final IOException e = assertThrows(IOException.class, () -> limit.check(big, Opener.TIFF));
		assertTrue(
			e.getMessage()
				.contains("40000 x 40000 pixels, 1 plane(s), 1 byte(s) per pixel = 1526 MiB; the limit is 1000 MiB (-Dnmfusion.max.image.mb=1000)"),
			e.getMessage());
	}

	@Test
	void imageJStackClaimingHundredThousandSlicesIsRefused() throws IOException {
		final Path stack = ImageBombs.tiff(dir.resolve("stack.tif"), 512, 512, "ImageJ=1.54p\nimages=100000\nslices=100000\n");
		assertRefused(stack, "512 x 512 pixels, 100000 plane(s)", "= 25000 MiB", heapLimit());
	}

	@Test
	void pngJpegAndDicomHeadersAreCheckedBeforeDecoding() throws IOException {
		assertRefused(ImageBombs.png(dir.resolve("gray16.png"), 100_000, 100_000, 16, 0), "100000 x 100000 pixels, 1 plane(s), 2 byte(s)");
		assertRefused(ImageBombs.png(dir.resolve("rgb.png"), 30_000, 30_000, 8, 2),
			"30000 x 30000 pixels, 1 plane(s), 4 byte(s) per pixel = 3434 MiB", heapLimit());
		assertRefused(ImageBombs.png(dir.resolve("palette.png"), 50_000, 50_000, 8, 3), "50000 x 50000 pixels, 1 plane(s), 1 byte(s) per pixel");
		assertRefused(ImageBombs.jpeg(dir.resolve("rgb.jpg"), 40_000, 40_000, 3), "40000 x 40000 pixels, 1 plane(s), 4 byte(s) per pixel");
		assertRefused(ImageBombs.dicom(dir.resolve("ct.dcm"), 40_000, 40_000), "40000 x 40000 pixels, 1 plane(s), 2 byte(s) per pixel = 3052 MiB",
			heapLimit());
	}

	@Test
	void pnmFitsZippedTiffAndAviHeadersAreCheckedBeforeImageJReadsThem() throws IOException {
		assertRefused(ImageBombs.pnm(dir.resolve("gray.pgm"), 5, 100_000, 100_000, 255), "100000 x 100000 pixels, 1 plane(s), 1 byte(s) per pixel",
			"at most 2147483647 pixels per plane");
		assertRefused(ImageBombs.pnm(dir.resolve("gray16.pgm"), 5, 40_000, 40_000, 65535),
			"40000 x 40000 pixels, 1 plane(s), 2 byte(s) per pixel = 3052 MiB",
			heapLimit());
		assertRefused(ImageBombs.pnm(dir.resolve("colour.ppm"), 6, 30_000, 30_000, 255), "30000 x 30000 pixels, 1 plane(s), 4 byte(s) per pixel");
		assertRefused(ImageBombs.fits(dir.resolve("cube.fits"), 4096, 4096, 1000),
			"4096 x 4096 pixels, 1000 plane(s), 4 byte(s) per pixel = 64000 MiB",
			heapLimit());
		assertRefused(ImageBombs.zippedTiff(dir.resolve("bomb.zip"), 100_000, 100_000, null), "100000 x 100000 pixels",
			"at most 2147483647 pixels per plane");
		assertRefused(ImageBombs.zippedTiff(dir.resolve("stack.zip"), 512, 512, "ImageJ=1.54p\nimages=100000\nslices=100000\n"),
			"512 x 512 pixels, 100000 plane(s), 1 byte(s) per pixel = 25000 MiB", heapLimit());
		assertRefused(ImageBombs.avi(dir.resolve("movie.avi"), 1920, 1080, 100_000, 24), "1920 x 1080 pixels, 100000 plane(s), 4 byte(s) per pixel",
			heapLimit());
		assertRefused(ImageBombs.avi(dir.resolve("gray.avi"), 20_000, 20_000, 10, 8), "20000 x 20000 pixels, 10 plane(s), 1 byte(s) per pixel");
	}

	/** A zipped TIFF whose directories form a loop, on which ImageJ's decoder never returns, is refused within the time limit. */
	@Test
	@org.junit.jupiter.api.Timeout(10)
	void aZippedTiffWhoseDirectoriesLoopIsRefused() throws IOException {
		// little-endian TIFF: first directory at 8 with no entries, whose next directory is 8 again
		final java.nio.ByteBuffer tif = java.nio.ByteBuffer.allocate(8 + 2 + 4).order(java.nio.ByteOrder.LITTLE_ENDIAN);
		tif.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8).putShort((short) 0).putInt(8);
		final Path zip = dir.resolve("loop.zip");
		try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(java.nio.file.Files.newOutputStream(zip))) {
			out.putNextEntry(new java.util.zip.ZipEntry("loop.tif"));
			out.write(tif.array());
			out.closeEntry();
		}
		final String m = assertThrows(IOException.class, () -> ImageFiles.open(zip)).getMessage();
		assertEquals("corrupt TIFF: " + zip + " (loop.tif): its image directories form a loop (offset 8 again)", m);
	}

	@Test
	void smallPnmFitsZippedTiffAndAviHeadersAreMeasured() throws IOException {
		assertEquals(30 * 20, ImageHeader.of(ImageBombs.pnm(dir.resolve("s.pgm"), 5, 30, 20, 255), Opener.PGM).bytes);
		assertEquals(30 * 20 * 3 * 2, ImageHeader.of(ImageBombs.pnm(dir.resolve("s.ppm"), 6, 30, 20, 4095), Opener.PGM).bytes);
		assertEquals(30 * 20 * 5 * 4, ImageHeader.of(ImageBombs.fits(dir.resolve("s.fits"), 30, 20, 5), Opener.FITS).bytes);
		assertEquals(30 * 20, ImageHeader.of(ImageBombs.zippedTiff(dir.resolve("s.zip"), 30, 20, null), Opener.ZIP).bytes);
		assertEquals(30 * 20 * 7 * 4, ImageHeader.of(ImageBombs.avi(dir.resolve("s.avi"), 30, 20, 7, 24), Opener.AVI).bytes);
	}

	@Test
	void theLimitComesFromThePropertyThenTheEnvironmentThenHalfTheHeapAndBadValuesAreNamed() throws IOException {
		final Map<String, String> none = Map.of();
		assertEquals(3 * MIB, ImageSizeLimit.from(Map.of(ImageSizeLimit.PROPERTY, "3")::get, Map.of(ImageSizeLimit.ENV, "5")::get, 1L << 30).bytes());
		assertEquals(5 * MIB, ImageSizeLimit.from(none::get, Map.of(ImageSizeLimit.ENV, "5")::get, 1L << 30).bytes());
		assertEquals(512 * MIB, ImageSizeLimit.from(none::get, none::get, 1L << 30).bytes());
		final IOException bad = assertThrows(IOException.class,
			() -> ImageSizeLimit.from(none::get, Map.of(ImageSizeLimit.ENV, "-1")::get, 1L << 30));
		assertEquals("bad image size limit NMFUSION_MAX_IMAGE_MB='-1': expected a positive number of MiB", bad.getMessage());
	}

	@Test
	void ordinaryImagesPassAndAreMeasuredAsImageJHoldsThem() throws IOException {
		final Path tif = dir.resolve("g16.tif");
		ImageFiles.save(TestImages.gray16(300, 200, 1), tif);
		final ImageHeader t = ImageHeader.of(tif, Opener.TIFF);
		assertEquals(300 * 200 * 2, t.bytes);
		final Path png = dir.resolve("rgb.png");
		ImageFiles.save(TestImages.rgb(30, 20, 2), png);
		assertEquals(30 * 20 * 4, ImageHeader.of(png, Opener.PNG).bytes);
		ImageFiles.open(tif);
		ImageFiles.open(png);
		final ImageSizeLimit tight = ImageSizeLimit.from(Map.of(ImageSizeLimit.PROPERTY, "1")::get, k -> null, 1L << 30);
		tight.check(tif, Opener.TIFF); // 117 KiB < 1 MiB
	}
}
