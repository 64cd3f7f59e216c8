package org.nmfusion.bench;

import java.util.Arrays;
import java.util.Locale;

import net.imglib2.img.array.ArrayImgs;
import org.nmfusion.cnn.DenseOutput;
import org.nmfusion.cnn.FocusModel;
import org.nmfusion.cnn.FocusModels;
import org.nmfusion.testutil.TestImages;
import org.nmfusion.fusion.Fusion;
import org.nmfusion.fusion.FusionMethods;
import org.nmfusion.fusion.method.FusionContext;
import org.nmfusion.fusion.method.FusionMethod;
import org.nmfusion.fusion.method.FusionOptions;
import org.nmfusion.fusion.weights.FeatureNmfWeightMap;
import org.nmfusion.image.Image2D;
import org.nmfusion.image.PixelCalibration;
import org.nmfusion.nmf.NmfOptions;

/**
 * Warm time per pair of one fusion method at one size (8-bit gray pair: a textured image and a blurred
 * copy), with the bundled model; one JVM per method and size so that the peak RSS belongs to it. Started
 * by scripts/bench-fusion, which prints the table. With {@code --nmf-stage1 SIZE} it reports what NMF stage
 * 1 costs and the loss it reaches at the default bound against a long run.
 */
public final class FusionBenchmark {

	/** Anchors measured on this machine class: IFCNN 0.119 s and CNN-LIU 7.45 s per 256x256 pair. */
	static final double IFCNN_256 = 0.119, CNN_LIU_256 = 7.45;

	public static void main(final String[] args) throws Exception {
		if (args[0].equals("--header")) {
			System.out.println(
				"| method | pair size | median time | min time | vs IFCNN 0.119 s (256) | vs CNN-LIU 7.45 s (256) | CPU / wall | peak RSS | runs |");
			System.out.println("|---|---|---|---|---|---|---|---|---|");
			return;
		}
		if (args[0].equals("--nmf-stage1")) {
			nmfStage1(Integer.parseInt(args[1]));
			return;
		}
		final FusionMethods.Spec spec = FusionMethods.spec(args[0], FusionOptions.defaults()); // a preset, method or spec
		final FusionMethod method = spec.method;
		final FusionOptions options = spec.options;
		final int size = Integer.parseInt(args[1]), repeats = Integer.parseInt(args[2]);
		final FocusModel model = FocusModels.loadBundled(FocusModels.DEFAULT_MODEL);
		final FusionContext context = FusionContext.of(() -> model);
		final Image2D a = gray8(TestImages.textured(size, size, 1234), size), b = gray8(TestImages.blur(TestImages.textured(size, size, 1234),
			size, size, 2.0), size);
		final Image2D wa = gray8(TestImages.textured(128, 128, 1), 128), wb = gray8(TestImages.textured(128, 128, 2), 128);
		Fusion.fuse(wa, wb, method, options, context); // warm-up: graph, JIT
		Fusion.fuse(a, b, method, options, context); // warm-up at full size: heap grown, big-image paths compiled
		final double[] t = new double[repeats];
		final long cpu0 = CnnBenchmark.cpuNanos(), wall0 = System.nanoTime();
		for (int r = 0; r < repeats; r++) {
			final long t0 = System.nanoTime();
			Fusion.fuse(a, b, method, options, context);
			t[r] = (System.nanoTime() - t0) / 1e9;
		}
		final double cpu = (CnnBenchmark.cpuNanos() - cpu0) / (double) (System.nanoTime() - wall0);
		Arrays.sort(t);
		final double med = t[repeats / 2];
		System.out.println(String.format(Locale.ROOT, "| %s | %dx%d | %.3f s | %.3f s | %s | %s | %.2f | %s | %d |", spec.label, size, size, med,
			t[0], size == 256 ? String.format(Locale.ROOT, "%.2fx", IFCNN_256 / med) : "-",
			size == 256 ? String.format(Locale.ROOT, "%.0fx", CNN_LIU_256 / med) : "-", cpu, CnnBenchmark.peakRssMb(), repeats));
		model.close();
	}

	/**
	 * NMF stage 1 on the real CNN features of one pair: the default bound (basis fitted on a grid of at most
	 * NMF_FIT_PIXELS pooled pixels, tolerance, iteration cap) against a fit on every pixel for 1000 iterations;
	 * relative error on all pixels, and the mean difference of the resulting Wn.
	 */
	private static void nmfStage1(final int size) {
		final FocusModel model = FocusModels.loadBundled(FocusModels.DEFAULT_MODEL);
		final float[] a = TestImages.textured(size, size, 1234), b = TestImages.blur(a, size, size, 2.0);
		final DenseOutput d = model.denseInference(a, b, size, size, true);
		final int c = d.featureChannels, p = d.featureHeight * d.featureWidth;
		final float[] v = new float[2 * c * p];
		System.arraycopy(d.featuresA, 0, v, 0, c * p);
		System.arraycopy(d.featuresB, 0, v, c * p, c * p);
		float[] reference = null;
		for (final boolean bounded : new boolean[] { false, true }) {
			final NmfOptions o = NmfOptions.builder(FusionOptions.defaults().nmfRank())
				.maxIterations(bounded ? FusionOptions.DEFAULT_NMF_MAX_ITERATIONS
					: 1000)
				.tolerance(bounded ? FusionOptions.DEFAULT_NMF_TOLERANCE : 0).build();
			final int fit = bounded ? FusionOptions.NMF_FIT_PIXELS : Integer.MAX_VALUE;
			final long t0 = System.nanoTime();
			final FeatureNmfWeightMap.Result r = FeatureNmfWeightMap.compute(d.featuresA, d.featuresB, c, d.featureWidth, d.featureHeight, o,
				FusionOptions.defaults().tau(), fit);
			final double s = (System.nanoTime() - t0) / 1e9;
			final float[] wn = r.wnPooled();
			double diff = 0;
			if (reference != null) {
				for (int i = 0; i < wn.length; i++)
					diff += Math.abs(wn[i] - reference[i]);
				diff /= wn.length;
			}
			else reference = wn;
			System.out.println(String.format(Locale.ROOT, "| %dx%d | %s | %d | %.5f | %s | %.3f s |", size, size,
				bounded ? "default: fit on <= " + fit + " pixels, tol " + FusionOptions.DEFAULT_NMF_TOLERANCE + ", cap " +
					FusionOptions.DEFAULT_NMF_MAX_ITERATIONS : "all " + p + " pixels, 1000 iterations",
				r.nmf().iterations(),
				relativeError(v, r.nmf().w(), r.coefficients(), 2 * c, p, r.nmf().rank()), bounded ? String.format(Locale.ROOT, "%.4f", diff) : "-",
				s));
		}
		model.close();
	}

	private static double relativeError(final float[] v, final float[] w, final float[] h, final int m, final int n, final int k) {
		double num = 0, den = 0;
		for (int i = 0; i < m; i++)
			for (int x = 0; x < n; x++) {
				double r = v[i * n + x];
				den += r * r;
				for (int j = 0; j < k; j++)
					r -= w[i * k + j] * h[j * n + x];
				num += r * r;
			}
		return Math.sqrt(num / den);
	}

	/** An 8-bit gray size x size image of [0, 1] values. */
	static Image2D gray8(final float[] unit, final int size) {
		final byte[] p = new byte[unit.length];
		for (int i = 0; i < p.length; i++)
			p[i] = (byte) Math.round(255 * Math.max(0, Math.min(1, unit[i])));
		return Image2D.gray(Image2D.Kind.GRAY8, ArrayImgs.unsignedBytes(p, size, size), PixelCalibration.UNCALIBRATED);
	}
}
