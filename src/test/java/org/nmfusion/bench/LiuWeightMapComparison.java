package org.nmfusion.bench;

import ij.IJ;
import ij.ImagePlus;
import java.io.File;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.util.Locale;
import org.nmfusion.cnn.FocusModel;
import org.nmfusion.cnn.FocusModels;

/**
 * Compares NMFusion weight maps with Liu's (reference/liu: NAME_A.png, NAME_B.png, NAME_W_cnnliu.f32) - not a
 * test, a sanity check of the trained model against the original CNN on real pairs.
 * {@code java -cp ... org.nmfusion.bench.LiuWeightMapComparison LIU_DIR [MODEL_DIR|bundled]}
 */
public final class LiuWeightMapComparison {
	public static void main(String[] args) throws Exception {
		File dir = new File(args[0]);
		FocusModel m = args.length < 2 || args[1].equals("bundled") ? FocusModels.loadBundled(FocusModels.DEFAULT_MODEL)
			: FocusModels.load(new File(args[1]));
		System.out.println("| pair | size | decision agreement (W > 0.5) | agreement where Liu is confident (abs(W-0.5) > 0.3) | Pearson r |");
		System.out.println("|---|---|---|---|---|");
		File[] ws = dir.listFiles((d, n) -> n.endsWith("_W_cnnliu.f32"));
		java.util.Arrays.sort(ws);
		for (File wf : ws) {
			String name = wf.getName().replace("_W_cnnliu.f32", "");
			ImagePlus a = IJ.openImage(new File(dir, name + "_A.png").getPath());
			ImagePlus b = IJ.openImage(new File(dir, name + "_B.png").getPath());
			int w = a.getWidth(), h = a.getHeight();
			float[] fa = unit(a), fb = unit(b);
			float[] ours = m.denseInference(fa, fb, w, h).weightMap();
			ByteBuffer bb = ByteBuffer.wrap(Files.readAllBytes(wf.toPath())).order(ByteOrder.LITTLE_ENDIAN);
			float[] liu = new float[w * h];
			bb.asFloatBuffer().get(liu);
			long agree = 0, conf = 0, confAgree = 0;
			double so = 0, sl = 0, soo = 0, sll = 0, sol = 0;
			for (int i = 0; i < liu.length; i++) {
				boolean same = (ours[i] > 0.5f) == (liu[i] > 0.5f);
				agree += same ? 1 : 0;
				if (Math.abs(liu[i] - 0.5f) > 0.3f) {
					conf++;
					confAgree += same ? 1 : 0;
				}
				so += ours[i];
				sl += liu[i];
				soo += ours[i] * ours[i];
				sll += liu[i] * liu[i];
				sol += ours[i] * liu[i];
			}
			int n = liu.length;
			double r = (sol - so * sl / n) / Math.sqrt((soo - so * so / n) * (sll - sl * sl / n));
			System.out.println(String.format(Locale.ROOT, "| %s | %dx%d | %.1f %% | %.1f %% (%.0f %% of pixels) | %.3f |", name, w, h,
				100.0 * agree / n, 100.0 * confAgree / Math.max(1, conf), 100.0 * conf / n, r));
		}
	}

	static float[] unit(ImagePlus imp) {
		float[] p = (float[]) imp.getProcessor().convertToFloat().getPixels();
		float[] o = new float[p.length];
		for (int i = 0; i < p.length; i++) {
			o[i] = p[i] / 255f;
		}
		return o;
	}
}
