package org.nmfusion.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import ij.ImagePlus;
import ij.ImageStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nmfusion.batch.FusionPair;
import org.nmfusion.batch.PairOutcome;
import org.nmfusion.io.ImageFiles;
import org.nmfusion.testutil.TestImages;
import org.scijava.Context;
import org.scijava.script.ScriptModule;
import org.scijava.script.ScriptService;

class NMFusionServiceFuseTest {

	@TempDir
	Path dir;

	@Test
	void fusePairIsTheBatchStepWithOptionalMetrics() throws Exception {
		final Path a = dir.resolve("in/p_A.png"), b = dir.resolve("in/p_B.png"), bad = dir.resolve("in/q_B.png");
		Files.createDirectories(a.getParent());
		ImageFiles.save(TestImages.gray8(32, 32, 1), a);
		ImageFiles.save(TestImages.gray8(32, 32, 2), b);
		Files.writeString(bad, "not an image");
		try (Context context = new Context(NMFusionService.class)) {
			final NMFusionService s = context.service(NMFusionService.class);
			s.fuseBatch(FusionRequest.pairs(List.of(new FusionPair("", "p", a, b))).method("pca").output(dir.resolve("batch").toFile()));
			final FusionRequest batch = FusionRequest.pairs(List.of()).method("pca").output(dir.resolve("one").toFile());
			final PairOutcome one = s.fusePair(new FusionPair("g", "p", a, b), batch, "EN,MI");
			assertEquals(PairOutcome.Status.OK, one.status());
			assertEquals(dir.resolve("one/g/p_fused.png"), one.output());
			assertArrayEquals(Files.readAllBytes(dir.resolve("batch/p_fused.png")), Files.readAllBytes(one.output()));
			assertEquals(List.of("EN", "MI"), List.copyOf(one.metrics().keySet()));
			final PairOutcome again = s.fusePair(new FusionPair("g", "p", a, b), batch, null);
			assertEquals(PairOutcome.Status.SKIPPED, again.status());
			final PairOutcome failed = s.fusePair(new FusionPair("", "q", a, bad), batch, null);
			assertEquals(PairOutcome.Status.FAILED, failed.status());
			assertTrue(failed.message().contains("q_B.png"), failed.message());
			assertTrue(failed.metrics().isEmpty());
		}
	}

	@Test
	void groovyExampleScriptFusesLikeJava() throws Exception {
		System.setProperty("java.awt.headless", "true");
		try (Context context = new Context(ScriptService.class, NMFusionService.class)) {
			final ImagePlus a = TestImages.gray8(48, 40, 1), b = TestImages.gray8(48, 40, 2);
			final byte[] before = ((byte[]) a.getProcessor().getPixels()).clone();
			final String script = Files.readString(Path.of("scripts/fiji/NMFusion_Fuse_Example.groovy"));
			final ScriptModule m = context.service(ScriptService.class).run("fuse.groovy", script, true, "sourceA", a, "sourceB", b, "method",
				"pca").get();
			final ImagePlus viaScript = (ImagePlus) m.getOutput("fused");
			assertNotNull(viaScript, "script output (script errors are logged, not thrown)");
			assertNotNull(m.getOutput("weightMap"));
			final ImagePlus viaJava = context.service(NMFusionService.class).fuse(a, b, "pca");
			assertArrayEquals((byte[]) viaJava.getProcessor().getPixels(), (byte[]) viaScript.getProcessor().getPixels());
			assertEquals("gray8-pca", viaJava.getTitle());
			assertArrayEquals(before, (byte[]) a.getProcessor().getPixels(), "input not modified");
		}
	}

	@Test
	void stackOfIdenticalPlanesFusesToThatPlane() throws Exception {
		try (Context context = new Context(NMFusionService.class)) {
			final ImagePlus plane = TestImages.gray8(32, 32, 3);
			final ImageStack st = new ImageStack(32, 32);
			for (int i = 0; i < 3; i++)
				st.addSlice(plane.getProcessor().duplicate());
			final FusedImages f = context.service(NMFusionService.class).fuse(FusionRequest.stack(new ImagePlus("s", st)).method("dwt"));
			assertArrayEquals((byte[]) plane.getProcessor().getPixels(), (byte[]) f.fused().getProcessor().getPixels());
			assertNull(f.weightMap());
		}
	}

	@Test
	void groovyBatchAndWeightMapScriptsRun(@org.junit.jupiter.api.io.TempDir final Path dir) throws Exception {
		System.setProperty("java.awt.headless", "true");
		final Path in = Files.createDirectories(dir.resolve("in")), out = dir.resolve("out");
		for (int i = 0; i < 2; i++) {
			new ij.io.FileSaver(TestImages.gray8(32, 32, i)).saveAsPng(in.resolve("p" + i + "_A.png").toString());
			new ij.io.FileSaver(TestImages.gray8(32, 32, 10 + i)).saveAsPng(in.resolve("p" + i + "_B.png").toString());
		}
		Files.writeString(in.resolve("bad_A.png"), "not an image");
		new ij.io.FileSaver(TestImages.gray8(32, 32, 5)).saveAsPng(in.resolve("bad_B.png").toString());
		try (Context context = new Context(ScriptService.class, NMFusionService.class)) {
			final ScriptService scripts = context.service(ScriptService.class);
			final ScriptModule batch = scripts.run("batch.groovy", Files.readString(Path.of("scripts/fiji/NMFusion_Batch_Folder.groovy")), true,
				"folder", in.toFile(), "output", out.toFile(), "method", "average").get();
			final String summary = (String) batch.getOutput("summary");
			assertNotNull(summary, "script output (script errors are logged, not thrown)");
			org.junit.jupiter.api.Assertions.assertTrue(summary.startsWith("3 pairs, 1 failed") && summary.contains("bad"), summary);
			org.junit.jupiter.api.Assertions.assertTrue(Files.exists(out.resolve("p1_fused.png")));
			final ScriptModule plot = scripts.run("plot.groovy", Files.readString(Path.of("scripts/fiji/NMFusion_Weight_Map_Plot.groovy")), true,
				"sourceA", TestImages.gray8(48, 40, 1), "sourceB", TestImages.gray8(48, 40, 2)).get();
			assertNotNull(plot.getOutput("weightMap"));
			assertNotNull(plot.getOutput("profile"));
		}
	}
}
