package org.nmfusion.cli;

import static org.nmfusion.cli.CliRun.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

import ij.IJ;
import ij.ImagePlus;
import ij.ImageStack;
import ij.io.FileSaver;
import ij.process.FloatProcessor;
import ij.process.ShortProcessor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NmfSubcommandTest {

	@TempDir
	Path dir;

	private static final int W = 24, H = 18, N = 6, K = 3;

	/** N slices mixing K sparse non-negative basis images with random coefficients: exactly rank K. */
	private static ImagePlus mixtureStack() {
		final SplittableRandom r = new SplittableRandom(5);
		final float[][] basis = new float[K][W * H];
		for (int j = 0; j < K; j++)
			for (int p = 0; p < W * H; p++)
				basis[j][p] = p % K == j || r.nextDouble() < 0.3 ? (float) (0.2 + r.nextDouble()) : 0f;
		final ImageStack stack = new ImageStack(W, H);
		for (int i = 0; i < N; i++) {
			final float[] px = new float[W * H];
			for (int j = 0; j < K; j++) {
				final float c = i % K == j ? 1f : (float) (0.1 + 0.5 * r.nextDouble());
				for (int p = 0; p < W * H; p++)
					px[p] += c * basis[j][p];
			}
			stack.addSlice("s" + i, new FloatProcessor(W, H, px));
		}
		return new ImagePlus("mix", stack);
	}

	@Test
	void writesBasisCoefficientsAndLossThatReconstructTheInput() throws Exception {
		final ImagePlus in = mixtureStack();
		final Path stackFile = dir.resolve("mix.tif"), out = dir.resolve("out");
		new FileSaver(in).saveAsTiffStack(stackFile.toString());
		final CliRun.Result res = run("nmf", stackFile.toString(), "--rank", "3", "--solver", "hals", "--max-iter", "500", "--tol", "0", "-o",
			out.toString());
		assertEquals(0, res.code, res.err);

		final ImagePlus basis = IJ.openImage(out.resolve("basis.tif").toString());
		assertEquals(K, basis.getStackSize());
		assertEquals(32, basis.getBitDepth());
		assertEquals(W, basis.getWidth());
		final List<String> coef = Files.readAllLines(out.resolve("coefficients.csv"));
		assertEquals("component_1,component_2,component_3", coef.get(0));
		assertEquals(N + 1, coef.size());
		final List<String> loss = Files.readAllLines(out.resolve("loss.csv"));
		assertEquals("iteration,loss", loss.get(0));
		assertEquals(502, loss.size(), "header + initial loss + 500 iterations");
		assertTrue(loss.get(1).startsWith("0,"));

		double num = 0, den = 0;
		for (int i = 0; i < N; i++) {
			final String[] c = coef.get(i + 1).split(",");
			assertEquals(K, c.length);
			final float[] orig = (float[]) in.getStack().getProcessor(i + 1).getPixels();
			for (int p = 0; p < W * H; p++) {
				double rec = 0;
				for (int j = 0; j < K; j++)
					rec += Double.parseDouble(c[j]) * ((float[]) basis.getStack().getProcessor(j + 1).getPixels())[p];
				num += (rec - orig[p]) * (rec - orig[p]);
				den += (double) orig[p] * orig[p];
			}
		}
		assertTrue(Math.sqrt(num / den) < 1e-3, "relative reconstruction error " + Math.sqrt(num / den));
	}

	@Test
	void sixteenBitStackAndMuSolverWork() throws Exception {
		final ImageStack stack = new ImageStack(8, 8);
		final SplittableRandom r = new SplittableRandom(1);
		for (int i = 0; i < 4; i++) {
			final short[] px = new short[64];
			for (int p = 0; p < 64; p++)
				px[p] = (short) (1000 + r.nextInt(50000));
			stack.addSlice(new ShortProcessor(8, 8, px, null));
		}
		final Path f = dir.resolve("s16.tif"), out = dir.resolve("o16");
		new FileSaver(new ImagePlus("s16", stack)).saveAsTiffStack(f.toString());
		final CliRun.Result res = run("nmf", f.toString(), "--rank", "2", "--solver", "mu", "--init", "random", "--seed", "7", "-o", out.toString());
		assertEquals(0, res.code, res.err);
		assertEquals(2, IJ.openImage(out.resolve("basis.tif").toString()).getStackSize());
	}

	@Test
	void badArgumentsGiveClearErrors() throws Exception {
		final Path f = dir.resolve("mix.tif"), out = dir.resolve("bad");
		new FileSaver(mixtureStack()).saveAsTiffStack(f.toString());
		CliRun.Result r = run("nmf", f.toString(), "--rank", "0", "-o", out.toString());
		assertEquals(2, r.code);
		assertTrue(r.err.contains("NMF rank must be >= 1"), r.err);
		r = run("nmf", f.toString(), "--rank", "2", "--solver", "als", "-o", out.toString());
		assertEquals(2, r.code);
		assertTrue(r.err.contains("unknown NMF solver 'als'"), r.err);
		r = run("nmf", f.toString(), "--rank", "9", "-o", out.toString());
		assertEquals(1, r.code);
		assertEquals("nmfusion: error: NMF rank 9 exceeds min(rows, columns) = 6 of the 6 x 432 input", r.err.trim());
		assertFalse(Files.exists(out.resolve("basis.tif")));
		final ImageStack neg = new ImageStack(4, 4);
		neg.addSlice(new FloatProcessor(4, 4, new float[] { 1, 2, 3, -4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 }));
		neg.addSlice(new FloatProcessor(4, 4, new float[16]));
		final Path nf = dir.resolve("neg.tif");
		new FileSaver(new ImagePlus("neg", neg)).saveAsTiffStack(nf.toString());
		r = run("nmf", nf.toString(), "--rank", "1", "-o", out.toString());
		assertEquals(1, r.code);
		assertTrue(r.err.contains("non-negative") && r.err.contains("row 0, column 3"), r.err);
		assertTrue(run("--help").out.contains("nmf"));
	}
}
