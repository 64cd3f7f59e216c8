package org.nmfusion.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ij.ImagePlus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nmfusion.fusion.FusionMethods;
import org.nmfusion.fusion.FusionPresets;
import org.nmfusion.io.ImageFiles;
import org.nmfusion.testutil.TestImages;
import org.nmfusion.util.BadParameterException;
import org.scijava.Context;

/** A {@link FusionRequest} is checked in one place before anything is read or written, and every source kind fuses alike. */
class FusionRequestTest {

	@TempDir
	Path dir;

	private final ImagePlus a = TestImages.gray8(40, 32, 1), b = TestImages.gray8(40, 32, 2);

	@Test
	void specComposesPresetMethodAndOptions() {
		assertEquals("medical", FusionRequest.images(a, b).spec());
		assertEquals("medical(levels=5)", FusionRequest.images(a, b).preset("medical").option("levels", 5).spec());
		assertEquals("medical(method=cnn;threshold=0.7)", FusionRequest.images(a, b).preset("medical").method("cnn").option("t", 0.7).spec());
		assertEquals("cnn-nmf(alpha=0.7;tau=0.2)", FusionRequest.images(a, b).method("cnn-nmf(alpha=0.7)").options("tau=0.2").spec());
		assertEquals(5, FusionRequest.images(a, b).method("medical(levels=2)").option("levels", 5).resolve().options.levels(), "given wins");
	}

	@Test
	void badRequestsAreRefusedBeforeAnythingIsRead() throws Exception {
		assertMessage(FusionRequest.images(a, null), "two source images are required");
		assertMessage(FusionRequest.files(new File("a.png"), new File("b.png")), "two source files and an output file are required");
		assertMessage(FusionRequest.stackFile(new File("s.tif")), "a stack file and an output file are required");
		assertMessage(FusionRequest.folder(dir.toFile(), null), "no output folder given");
		assertMessage(FusionRequest.stack(a).weightMap(a), "a given weight map applies to two sources, not to a stack or a batch");
		assertMessage(FusionRequest.images(a, b).option("levels", 40), "levels must be in [0, 31], got 40");
		assertMessage(FusionRequest.images(a, b).preset("medical").method("cnn(alpha=1)"), "with a preset, give a method name");
		assertThrows(BadParameterException.class, () -> FusionRequest.images(a, b).option("sharpness", 2));
		final Path in = dir.resolve("a.png");
		ImageFiles.save(a, in);
		assertMessage(FusionRequest.files(in.toFile(), in.toFile()).output(in.toFile()), "output");
	}

	@Test
	void filesImagesAndBatchFuseAlike() throws Exception {
		final Path pa = dir.resolve("in/p_A.png"), pb = dir.resolve("in/p_B.png"), out = dir.resolve("f.png");
		Files.createDirectories(pa.getParent());
		ImageFiles.save(a, pa);
		ImageFiles.save(b, pb);
		try (Context context = new Context(NMFusionService.class)) {
			final NMFusionService s = context.service(NMFusionService.class);
			final ImagePlus images = s.fuse(FusionRequest.images(a, b).method("dwt").option("wavelet", "db2")).fused();
			s.fuse(FusionRequest.files(pa.toFile(), pb.toFile()).method("dwt").option("wavelet", "db2").output(out.toFile()));
			assertArrayEquals((byte[]) images.getProcessor().getPixels(), (byte[]) ImageFiles.openPlane(out).getProcessor().getPixels());
			s.fuseBatch(FusionRequest.folder(pa.getParent().toFile(), null).method("dwt(wavelet=db2)").output(dir.resolve("batch").toFile()));
			assertArrayEquals(Files.readAllBytes(out), Files.readAllBytes(dir.resolve("batch/p_fused.png")));
			final ImagePlus haar = s.fuse(FusionRequest.images(a, b).method("dwt")).fused();
			assertFalse(Arrays.equals((byte[]) haar.getProcessor().getPixels(), (byte[]) images.getProcessor().getPixels()), "the option applies");
			assertTrue(assertThrows(IllegalArgumentException.class, () -> s.fuseBatch(FusionRequest.images(a, b))).getMessage().contains("batch"));
		}
	}

	/** The Fiji example scripts offer exactly the registered presets and methods. */
	@Test
	void exampleScriptsOfferTheRegisteredPresetsAndMethods() throws Exception {
		final List<String> expected = new ArrayList<>(FusionPresets.names());
		expected.addAll(FusionMethods.names());
		final Pattern choices = Pattern.compile("#@ String \\(label = \"Preset or method\", choices = \\{([^}]*)\\}\\) method");
		int scripts = 0;
		for (final String name : List.of("NMFusion_Fuse_Example.groovy", "NMFusion_Fuse_Example.py", "NMFusion_Batch_Folder.groovy")) {
			final Matcher m = choices.matcher(Files.readString(Path.of("scripts/fiji", name)));
			assertTrue(m.find(), name);
			final List<String> got = new ArrayList<>();
			for (final String c : m.group(1).split(","))
				got.add(c.trim().replace("\"", ""));
			assertEquals(new java.util.TreeSet<>(expected), new java.util.TreeSet<>(got), name);
			scripts++;
		}
		assertEquals(3, scripts);
	}

	private static void assertMessage(final FusionRequest r, final String part) {
		final Exception e = assertThrows(Exception.class, r::validate);
		assertTrue(e.getMessage().contains(part), e.getMessage());
	}
}
