package org.nmfusion.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The focus-stack benchmark's table against BIG-EPFL's EDF (reference/peers/edf/scores.tsv and times.tsv): per
 * stack NMFusion's PSNR, SSIM, height MAE and time beside EDF's best PSNR and SSIM over its three settings, its
 * best smoothed height MAE and its q3 (real wavelets) time, with the target met (yes/no) and the gap.
 */
final class EdfComparison {

	private EdfComparison() {}

	static void print(final List<String> rows, final File edf, final String cliTimes) {
		final Map<String, double[]> best = new HashMap<>();
		final Map<String, Double> q3 = new HashMap<>(), cli = new HashMap<>();
		try {
			final List<String> scores = Files.readAllLines(new File(edf, "scores.tsv").toPath());
			final List<String> head = List.of(scores.get(0).split("\t", -1));
			for (final String l : scores.subList(1, scores.size())) {
				final String[] c = l.split("\t", -1);
				if (!c[1].startsWith("q")) continue;
				final double[] b = best.computeIfAbsent(c[0], k -> new double[] { -1, -1, Double.MAX_VALUE });
				b[0] = Math.max(b[0], Double.parseDouble(c[head.indexOf("psnr")]));
				b[1] = Math.max(b[1], Double.parseDouble(c[head.indexOf("ssim")]));
				b[2] = Math.min(b[2], Double.parseDouble(c[head.indexOf("h_mae_smooth")]));
				if (c[1].startsWith("q3")) q3.put(c[0], Double.parseDouble(c[head.indexOf("ms_best")]));
			}
			if (cliTimes != null) {
				for (final String l : Files.readAllLines(new File(cliTimes).toPath())) {
					final String[] c = l.trim().split("\\s+");
					if (c.length == 2) cli.put(c[0], 1000 * Double.parseDouble(c[1]));
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		System.out.println();
		System.out.println("| stack | PSNR | EDF best | SSIM | EDF best | h MAE | EDF best smoothed | ms fusion | ms whole process | EDF q3 ms |"
			+ " targets met |");
		System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
		for (final String r : rows) {
			final String[] c = r.split("\t");
			final double[] b = best.get(c[0]);
			if (b == null) continue;
			final double psnr = Double.parseDouble(c[1]), ssim = Double.parseDouble(c[2]), mae = Double.parseDouble(c[3]);
			final double ms = Double.parseDouble(c[5]), whole = cli.getOrDefault(c[0], Double.NaN), edfMs = q3.get(c[0]);
			final int met = (psnr >= b[0] ? 1 : 0) + (ssim >= b[1] ? 1 : 0) + (mae <= b[2] ? 1 : 0) + (whole <= edfMs ? 1 : 0);
			System.out.printf(Locale.ROOT,
				"| %s | %.2f | %.2f (%+.2f) | %.4f | %.4f (%+.4f) | %.3f | %.3f (%+.3f) | %.0f | %.0f | %.0f | %d of 4 |%n",
				c[0], psnr, b[0], psnr - b[0], ssim, b[1], ssim - b[1], mae, b[2], mae - b[2], ms, whole, edfMs, met);
		}
	}
}
