package org.nmfusion.bench;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import ij.IJ;
import ij.ImagePlus;
import org.nmfusion.focusstack.FocusStackFusion;
import org.nmfusion.focusstack.FocusStackOptions;
import org.nmfusion.focusstack.FocusStackResult;
import org.nmfusion.focusstack.StackScores;
import org.nmfusion.service.ImagePlusSlices;
import org.nmfusion.util.Planes;

/**
 * Scores one-pass focus-stack fusion on stacks with ground truth: every DIR/ID/ with stack.tif, gt.tif and
 * depth.tif (the shared synthetic stacks' layout, or what SyntheticStacks writes). Prints one tab-separated row
 * per stack: PSNR, SSIM, height MAE and share within one slice, the fusion time (best of two runs in this JVM
 * and the first run, ms). Options (system properties): focus.radius, coarse.weight, smooth.radius, transition, edge.radius;
 * edf = the peers' edf folder (then a markdown table against EDF's best setting per measure, and its q3 time);
 * cli.times = a file of "id seconds" lines (whole-process times of the command line) for that table.
 * Usage: FocusStackBench DIR [ID...], or FocusStackBench STACK.tif for the time per slice only.
 */
public final class FocusStackBench {

	public static void main(final String[] args) {
		final File dir = new File(args[0]);
		if (dir.isFile()) {
			timeOnly(dir);
			return;
		}
		FocusStackOptions o = FocusStackOptions.defaults();
		o = o.withFocusRadius(Integer.getInteger("focus.radius", o.focusRadius()));
		o = o.withCoarseWeight(Double.parseDouble(System.getProperty("coarse.weight", "" + o.coarseWeight())));
		o = o.withSmoothRadius(Integer.getInteger("smooth.radius", o.smoothRadius()));
		o = o.withTransition(Double.parseDouble(System.getProperty("transition", "" + o.transition())));
		o = o.withEdgeRadius(Integer.getInteger("edge.radius", o.edgeRadius()));
		final List<String> ids = new ArrayList<>();
		for (int i = 1; i < args.length; i++) ids.add(args[i]);
		if (ids.isEmpty()) {
			final String[] names = dir.list();
			java.util.Arrays.sort(names);
			for (final String n : names)
				if (new File(new File(dir, n), "stack.tif").isFile()) ids.add(n);
		}
		System.out.println("# " + o);
		System.out.println("id\tpsnr\tssim\th_mae\th_within1\tms_best\tms_first");
		final List<String> rows = new ArrayList<>();
		for (final String id : ids) {
			rows.add(row(new File(dir, id), id, o));
			System.out.println(rows.get(rows.size() - 1));
		}
		final String edf = System.getProperty("edf");
		if (edf != null) EdfComparison.print(rows, new File(edf), System.getProperty("cli.times"));
	}

	private static void timeOnly(final File file) {
		final ImagePlus stack = IJ.openImage(file.getPath());
		final ImagePlusSlices slices = ImagePlusSlices.of(stack);
		long best = Long.MAX_VALUE;
		for (int run = 0; run < 2; run++) {
			final long t0 = System.nanoTime();
			FocusStackFusion.fuse(slices, FocusStackOptions.defaults());
			best = Math.min(best, System.nanoTime() - t0);
		}
		System.out.printf(Locale.ROOT, "%s: %d x %d x %d slices, fusion %.0f ms (best of 2), %.1f ms per slice, %.2f ms per slice and megapixel%n",
			file.getName(), stack.getWidth(), stack.getHeight(), slices.slices(), best / 1e6, best / 1e6 / slices.slices(),
			best / 1e6 / slices.slices() / (stack.getWidth() * (double) stack.getHeight() / 1e6));
	}

	static String row(final File d, final String id, final FocusStackOptions o) {
		final ImagePlus stack = IJ.openImage(new File(d, "stack.tif").getPath());
		final ImagePlus gt = IJ.openImage(new File(d, "gt.tif").getPath());
		final float[] depth = (float[]) IJ.openImage(new File(d, "depth.tif").getPath()).getProcessor().convertToFloat().getPixels();
		final ImagePlusSlices slices = ImagePlusSlices.of(stack);
		final double peak = stack.getBitDepth() == 16 ? 4080 : 255; // 12-bit values in 16-bit stacks (shared and own stacks)
		long first = 0, best = Long.MAX_VALUE;
		FocusStackResult r = null;
		for (int run = 0; run < 2; run++) {
			final long t0 = System.nanoTime();
			r = FocusStackFusion.fuse(slices, o);
			final long t = System.nanoTime() - t0;
			if (run == 0) first = t;
			best = Math.min(best, t);
		}
		final int w = stack.getWidth(), h = stack.getHeight();
		final float[][] fused = new float[r.channels()][], truth = new float[r.channels()][];
		final double max = stack.getBitDepth() == 16 ? 65535 : 255;
		for (int c = 0; c < fused.length; c++) {
			fused[c] = r.fused(c).clone();
			for (int i = 0; i < fused[c].length; i++) fused[c][i] = (float) Math.max(0, Math.min(max, Math.round(fused[c][i])));
		}
		if (gt.getType() == ImagePlus.COLOR_RGB) {
			final int[] px = (int[]) gt.getProcessor().getPixels();
			for (int c = 0; c < 3; c++) {
				truth[c] = new float[px.length];
				for (int i = 0; i < px.length; i++) truth[c][i] = px[i] >> (16 - 8 * c) & 0xff;
			}
		}
		else truth[0] = (float[]) gt.getProcessor().convertToFloat().getPixels();
		final float[] fl = fused.length == 3 ? Planes.luminance(fused[0], fused[1], fused[2]) : fused[0];
		final float[] tl = truth.length == 3 ? Planes.luminance(truth[0], truth[1], truth[2]) : truth[0];
		return String.format(Locale.ROOT, "%s\t%.3f\t%.4f\t%.3f\t%.1f\t%.0f\t%.0f", id, StackScores.psnr(fused, truth, peak),
			StackScores.ssim(fl, tl, w, h, peak), StackScores.meanAbsoluteError(r.heightMap(), depth),
			StackScores.withinOneSlice(r.heightMap(), depth), best / 1e6, first / 1e6);
	}
}
