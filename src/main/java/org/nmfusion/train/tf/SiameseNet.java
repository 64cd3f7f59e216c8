package org.nmfusion.train.tf;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.nmfusion.train.Widths;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;

/**
 * TensorFlow graph of the Siamese focus network (docs/method.md, section 4). Per branch (shared weights): conv3x3 c1 ReLU,
 * conv3x3 c2 ReLU, max-pool 2x2 stride 2, conv3x3 c3 ReLU, all 'same' zero padding. The two 8x8xc3 maps are
 * concatenated (A first) and fully connected to 2 logits; softmax; p = P(A is sharper) = softmax[1].
 * The dense form reuses the same variables with the FC layer as an 8x8 'valid' convolution.
 */
public final class SiameseNet {

	public static final List<String> PARAMS = Arrays.asList("c1_w", "c1_b", "c2_w", "c2_b", "c3_w", "c3_b", "fc_w",
		"fc_b");

	public static long[] shape(String param, Widths w) {
		switch (param) {
			case "c1_w":
				return new long[] { 3, 3, 1, w.c1 };
			case "c1_b":
				return new long[] { w.c1 };
			case "c2_w":
				return new long[] { 3, 3, w.c1, w.c2 };
			case "c2_b":
				return new long[] { w.c2 };
			case "c3_w":
				return new long[] { 3, 3, w.c2, w.c3 };
			case "c3_b":
				return new long[] { w.c3 };
			case "fc_w":
				return new long[] { 8L * 8 * 2 * w.c3, 2 };
			case "fc_b":
				return new long[] { 2 };
			default:
				throw new IllegalArgumentException(param);
		}
	}

	static int size(long[] s) {
		long n = 1;
		for (long d : s) {
			n *= d;
		}
		return (int) n;
	}

	/** He-normal initial weights (biases 0.01 for ReLU layers, 0 for FC), deterministic for the seed. */
	public static Map<String, float[]> initialWeights(Widths w, long seed) {
		Random r = new Random(seed);
		Map<String, float[]> m = new LinkedHashMap<>();
		for (String p : PARAMS) {
			long[] s = shape(p, w);
			float[] v = new float[size(s)];
			if (p.endsWith("_w")) {
				long fanIn = 1;
				for (int i = 0; i < s.length - 1; i++) {
					fanIn *= s[i];
				}
				double std = Math.sqrt(2.0 / fanIn);
				if (p.equals("fc_w")) {
					std = Math.sqrt(1.0 / fanIn);
				}
				for (int i = 0; i < v.length; i++) {
					double g;
					do {
						g = r.nextGaussian();
					} while (Math.abs(g) > 2);
					v[i] = (float) (g * std);
				}
			}
			else if (!p.equals("fc_b")) {
				Arrays.fill(v, 0.01f);
			}
			m.put(p, v);
		}
		return m;
	}

	public final Widths widths;
	public final Map<String, Variable<TFloat32>> vars = new LinkedHashMap<>();
	private final Ops tf;

	/** Creates the variables (named param names), initialised from the given values (constants in the graph). */
	public SiameseNet(Ops tf, Widths widths, Map<String, float[]> init) {
		this.tf = tf;
		this.widths = widths;
		for (String p : PARAMS) {
			float[] v = init.get(p);
			long[] s = shape(p, widths);
			if (v == null || v.length != size(s)) {
				throw new IllegalArgumentException("initial value of " + p + " missing or of wrong size");
			}
			Operand<TFloat32> c = tf.withInitScope().constant(Shape.of(s), DataBuffers.of(v, true, false));
			vars.put(p, tf.withName(p).variable(c));
		}
	}

	/** Placeholders feeding {@link #assigns} (export graphs: the weights live only in the variables checkpoint). */
	public final Map<String, org.tensorflow.op.core.Placeholder<TFloat32>> feeds = new LinkedHashMap<>();
	public final Map<String, org.tensorflow.op.core.Assign<TFloat32>> assigns = new LinkedHashMap<>();

	/**
	 * Creates uninitialised variables plus assign ops fed from placeholders, so the graph holds no copy of the
	 * weights (the SavedModel stores them once, in variables/).
	 */
	public SiameseNet(Ops tf, Widths widths) {
		this.tf = tf;
		this.widths = widths;
		for (String p : PARAMS) {
			long[] s = shape(p, widths);
			Variable<TFloat32> v = tf.withName(p).variable(Shape.of(s), TFloat32.class);
			org.tensorflow.op.core.Placeholder<TFloat32> ph = tf.withName(p + "_value").placeholder(TFloat32.class,
				org.tensorflow.op.core.Placeholder.shape(Shape.of(s)));
			vars.put(p, v);
			feeds.put(p, ph);
			assigns.put(p, tf.withName(p + "_assign").assign(v, ph));
		}
	}

	private Operand<TFloat32> conv(Operand<TFloat32> x, String layer, String padding) {
		Operand<TFloat32> y = tf.nn.conv2d(x, vars.get(layer + "_w"), Arrays.asList(1L, 1L, 1L, 1L), padding);
		return tf.nn.biasAdd(y, vars.get(layer + "_b"));
	}

	/** One branch: NHWC [N,H,W,1] -> [N,ceil(H/2),ceil(W/2),c3] (after c3 ReLU). */
	public Operand<TFloat32> branch(Operand<TFloat32> x) {
		Operand<TFloat32> h1 = tf.nn.relu(conv(x, "c1", "SAME"));
		Operand<TFloat32> h2 = tf.nn.relu(conv(h1, "c2", "SAME"));
		// 'SAME' max-pool pads one row/column at the bottom/right for odd sizes; since the ReLU outputs are
		// >= 0 this equals padding with a zero row/column (docs/method.md, section 4).
		Operand<TFloat32> pooled = tf.nn.maxPool(h2, tf.constant(new int[] { 1, 2, 2, 1 }),
			tf.constant(new int[] { 1, 2, 2, 1 }), "SAME");
		return tf.nn.relu(conv(pooled, "c3", "SAME"));
	}

	/** Patch classifier logits [N,2] from 16x16 inputs, FC as a matrix product on the flattened (HWC) maps. */
	public Operand<TFloat32> patchLogits(Operand<TFloat32> fa, Operand<TFloat32> fb) {
		Operand<TFloat32> cat = tf.concat(Arrays.asList(fa, fb), tf.constant(3));
		Operand<TFloat32> flat = tf.reshape(cat, tf.constant(new long[] { -1, 8L * 8 * 2 * widths.c3 }));
		return tf.math.add(tf.linalg.matMul(flat, vars.get("fc_w")), vars.get("fc_b"));
	}

	/** Dense logits [1,h',w',2]: FC as an 8x8 'valid' convolution over the concatenated maps. */
	public Operand<TFloat32> denseLogits(Operand<TFloat32> fa, Operand<TFloat32> fb) {
		Operand<TFloat32> cat = tf.concat(Arrays.asList(fa, fb), tf.constant(3));
		Operand<TFloat32> k = tf.reshape(vars.get("fc_w"), tf.constant(new long[] { 8, 8, 2L * widths.c3, 2 }));
		Operand<TFloat32> y = tf.nn.conv2d(cat, k, Arrays.asList(1L, 1L, 1L, 1L), "VALID");
		return tf.nn.biasAdd(y, vars.get("fc_b"));
	}

	/**
	 * Dense score map [1,h',w'] = softmax(logits)[..., 1] computed as sigmoid(l1 - l0): the FC layer becomes a
	 * single 8x8 'valid' convolution with the weight difference (half the work of two logits).
	 */
	public Operand<TFloat32> denseScore(Operand<TFloat32> fa, Operand<TFloat32> fb) {
		Operand<TFloat32> cat = tf.concat(Arrays.asList(fa, fb), tf.constant(3));
		Operand<TFloat32> w = vars.get("fc_w");
		Operand<TFloat32> wd = tf.math.sub(tf.gather(w, tf.constant(new int[] { 1 }), tf.constant(1)),
			tf.gather(w, tf.constant(new int[] { 0 }), tf.constant(1)));
		Operand<TFloat32> bd = tf.math.sub(tf.gather(vars.get("fc_b"), tf.constant(new int[] { 1 }), tf.constant(0)),
			tf.gather(vars.get("fc_b"), tf.constant(new int[] { 0 }), tf.constant(0)));
		Operand<TFloat32> k = tf.reshape(wd, tf.constant(new long[] { 8, 8, 2L * widths.c3, 1 }));
		Operand<TFloat32> y = tf.nn.biasAdd(tf.nn.conv2d(cat, k, Arrays.asList(1L, 1L, 1L, 1L), "VALID"), bd);
		return tf.squeeze(tf.math.sigmoid(y), org.tensorflow.op.core.Squeeze.axis(Arrays.asList(3L)));
	}

	/** Both branches in one batch: [2,H,W,1] -> (FA, FB), each [1,ceil(H/2),ceil(W/2),c3]. */
	public java.util.List<org.tensorflow.Output<TFloat32>> branchPair(Operand<TFloat32> a, Operand<TFloat32> b) {
		Operand<TFloat32> f = branch(tf.concat(Arrays.asList(a, b), tf.constant(0)));
		return tf.split(tf.constant(0), f, 2L).output();
	}

	/** p = softmax(logits)[..., 1] = P(A sharper). */
	public Operand<TFloat32> probability(Operand<TFloat32> logits) {
		return tf.gather(tf.nn.softmax(logits), tf.constant(1), tf.constant(-1));
	}
}
