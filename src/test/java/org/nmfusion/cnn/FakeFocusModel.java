package org.nmfusion.cnn;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * TensorFlow-free stand-in for tests of fusion and commands: p = EA / (EA + EB) where E is the sum of squared
 * horizontal and vertical differences inside the 16x16 block (so the sharper block wins). Features (2
 * channels at half resolution): local squared-gradient energy and mean of each 2x2 cell. Purely local, so
 * tiled and untiled results are identical.
 */
public class FakeFocusModel implements FocusModel {
	private final int tileSize;
	public final AtomicInteger denseCalls = new AtomicInteger();
	public volatile boolean closed;

	public FakeFocusModel() {
		this(1024);
	}

	public FakeFocusModel(int tileSize) {
		this.tileSize = tileSize;
	}

	@Override
	public String name() {
		return "fake";
	}

	@Override
	public int featureChannels() {
		return 2;
	}

	@Override
	public int tileSize() {
		return tileSize;
	}

	private static double energy(float[] img, int w, int x0, int y0) {
		double e = 0;
		for (int y = y0; y < y0 + 16; y++) {
			for (int x = x0; x < x0 + 16; x++) {
				float v = img[y * w + x];
				if (x + 1 < x0 + 16) {
					float d = img[y * w + x + 1] - v;
					e += d * d;
				}
				if (y + 1 < y0 + 16) {
					float d = img[(y + 1) * w + x] - v;
					e += d * d;
				}
			}
		}
		return e;
	}

	private static float p(double ea, double eb) {
		return ea + eb > 0 ? (float) (ea / (ea + eb)) : 0.5f;
	}

	@Override
	public float[] scorePatches(float[] a, float[] b, int n) {
		float[] out = new float[n];
		for (int k = 0; k < n; k++) {
			float[] pa = new float[256], pb = new float[256];
			System.arraycopy(a, 256 * k, pa, 0, 256);
			System.arraycopy(b, 256 * k, pb, 0, 256);
			out[k] = p(energy(pa, 16, 0, 0), energy(pb, 16, 0, 0));
		}
		return out;
	}

	@Override
	public DenseOutput denseUntiled(float[] a, float[] b, int w, int h, boolean withFeatures) {
		if (closed) {
			throw new IllegalStateException("closed");
		}
		denseCalls.incrementAndGet();
		int sw = DenseOutput.scoreWidth(w), sh = DenseOutput.scoreWidth(h);
		float[] s = new float[sw * sh];
		for (int j = 0; j < sh; j++) {
			for (int i = 0; i < sw; i++) {
				int x0 = Math.min(2 * i, w - 16), y0 = Math.min(2 * j, h - 16);
				s[j * sw + i] = p(energy(a, w, x0, y0), energy(b, w, x0, y0));
			}
		}
		float[] fa = null, fb = null;
		if (withFeatures) {
			fa = features(a, w, h);
			fb = features(b, w, h);
		}
		return new DenseOutput(w, h, s, 2, fa, fb);
	}

	private static float[] features(float[] img, int w, int h) {
		int fw = (w + 1) / 2, fh = (h + 1) / 2, n = fw * fh;
		float[] f = new float[2 * n];
		for (int y = 0; y < fh; y++) {
			for (int x = 0; x < fw; x++) {
				double sum = 0, e = 0;
				for (int dy = 0; dy < 2; dy++) {
					for (int dx = 0; dx < 2; dx++) {
						int yy = 2 * y + dy, xx = 2 * x + dx;
						float v = yy < h && xx < w ? img[yy * w + xx] : 0f;
						sum += v;
						if (xx + 1 < w && yy < h) {
							float d = img[yy * w + xx + 1] - v;
							e += d * d;
						}
					}
				}
				f[y * fw + x] = (float) e;
				f[n + y * fw + x] = (float) (sum / 4);
			}
		}
		return f;
	}

	@Override
	public void close() {
		closed = true;
	}
}
