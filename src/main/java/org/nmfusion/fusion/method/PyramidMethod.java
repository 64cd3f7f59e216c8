package org.nmfusion.fusion.method;

import org.nmfusion.image.Plane;
import org.nmfusion.pyramid.LaplacianPyramid;
import org.nmfusion.pyramid.PyramidFilter;

/**
 * Multi-scale fusion after Liu et al. 2017, composed from three parts: where the weight map W comes from
 * (CNN, CNN mixed with NMF, none), the rule on the detail levels, and the rule on the base (top) level.
 * Laplacian pyramids of both sources (Burt and Adelson 1983) and a Gaussian pyramid of W are combined
 * level by level and reconstructed. The methods {@code cnn}, {@code cnn-nmf} and {@code laplacian-max}
 * are instances of this class (see {@link org.nmfusion.fusion.FusionMethods}).
 */
public final class PyramidMethod extends AbstractFusionMethod {

	/** Where the weight map of A comes from. */
	@FunctionalInterface
	public interface WeightSource {
		/** The weight map of A, or null when the rules need none. */
		Plane weightMap(Plane lumaA, Plane lumaB, FusionOptions options, FusionContext context);
	}

	/**
	 * Combines pyramid level {@code level} (0 = the finest); {@code gw} is the level of W's Gaussian pyramid (null without W). A detail rule
	 * may use at most the 5 x 5 neighbourhood of a pixel, as detail levels are fused in strips of rows.
	 */
	@FunctionalInterface
	public interface LevelRule {
		void combine(float[] la, float[] lb, float[] gw, int width, int height, int level, FusionOptions options, float[] out);
	}

	/** Pixels per strip of a detail level. */
	private static final int STRIP_PIXELS = 1 << 20;
	/** Rows of context above and below a strip. */
	private static final int CONTEXT_ROWS = 2;

	private final WeightSource weights;
	private final LevelRule detailRule, baseRule;

	public PyramidMethod(final String name, final String description, final boolean usesFocusModel, final WeightSource weights,
		final LevelRule detailRule, final LevelRule baseRule)
	{
		super(name, description, usesFocusModel);
		this.weights = weights;
		this.detailRule = detailRule;
		this.baseRule = baseRule;
	}

	@Override
	public Plane weightMap(final Plane lumaA, final Plane lumaB, final FusionOptions options, final FusionContext context) {
		return weights.weightMap(lumaA, lumaB, options, context);
	}

	/**
	 * Fuses level by level without building whole pyramids: each detail level is made in strips of rows (with
	 * two rows of context on each side, so a detail rule may look two pixels around) and fused at once; only the
	 * fused levels and the next Gaussian levels are kept, and the collapse adds in place. The result equals
	 * fusing whole Laplacian pyramids.
	 */
	@Override
	public Plane fuse(final Plane a, final Plane b, final Plane weightMap, final FusionOptions options, final FusionContext context) {
		return fuse(a, b, weightMap, options, false);
	}

	/** {@link #fuse}, the finest fused level built in A's pixels (rows written once no strip reads them again). */
	@Override
	public Plane fuseReusingA(final Plane a, final Plane b, final Plane weightMap, final FusionOptions options, final FusionContext context) {
		return fuse(a, b, weightMap, options, true);
	}

	private Plane fuse(final Plane a, final Plane b, final Plane weightMap, final FusionOptions options, final boolean reuseA) {
		final int n = options.levelsFor(a.width(), a.height());
		final float[][] fused = new float[n][];
		final int[] ws = new int[n], hs = new int[n];
		float[] ga = a.data(), gb = b.data(), gw = weightMap == null ? null : weightMap.data();
		int w = a.width(), h = a.height();
		for (int l = 0; l < n; l++) {
			ws[l] = w;
			hs[l] = h;
			fused[l] = l == 0 && reuseA && n > 1 ? ga : new float[w * h];
			if (l == n - 1) {
				baseRule.combine(ga, gb, gw, w, h, l, options, fused[l]);
				break;
			}
			final float[] na = PyramidFilter.downsample(ga, w, h), nb = PyramidFilter.downsample(gb, w, h);
			fuseDetailLevel(ga, na, gb, nb, gw, w, h, l, options, fused[l]);
			gw = gw == null ? null : PyramidFilter.downsample(gw, w, h);
			ga = na;
			gb = nb;
			w = (w + 1) / 2;
			h = (h + 1) / 2;
		}
		for (int l = n - 2; l >= 0; l--) {
			LaplacianPyramid.addUpsampled(fused[l + 1], fused[l], ws[l], hs[l]);
			fused[l + 1] = null;
		}
		return a.with(fused[0]);
	}

	/**
	 * Detail level of A and B from their Gaussian levels g and the next ones, fused by the detail rule into out. When
	 * out is A's level itself, a strip's rows are written once no later strip reads them (the last rows of context
	 * wait in a carry buffer until the next strip has read them).
	 */
	private void fuseDetailLevel(final float[] ga, final float[] na, final float[] gb, final float[] nb, final float[] gw, final int w,
		final int h, final int level, final FusionOptions options, final float[] out)
	{
		final int strip = Math.max(1, STRIP_PIXELS / w);
		final boolean inPlace = out == ga;
		float[] sa = new float[0], sb = sa, sout = sa, carry = inPlace ? new float[CONTEXT_ROWS * w] : null, nextCarry = carry == null ? null
			: new float[CONTEXT_ROWS * w];
		int carried = 0; // first row held in carry (rows carried .. y0 - 1)
		for (int y0 = 0; y0 < h; y0 += strip) {
			final int y1 = Math.min(h, y0 + strip), s0 = Math.max(0, y0 - CONTEXT_ROWS), s1 = Math.min(h, y1 + CONTEXT_ROWS), rows = s1 - s0;
			if (sa.length != rows * w) { // the rules take whole planes: buffers of the strip's exact size
				sa = new float[rows * w];
				sb = new float[rows * w];
				sout = new float[rows * w];
			}
			LaplacianPyramid.detailRows(ga, na, w, h, s0, s1, sa);
			LaplacianPyramid.detailRows(gb, nb, w, h, s0, s1, sb);
			final float[] sw = gw == null ? null : java.util.Arrays.copyOfRange(gw, s0 * w, s1 * w);
			detailRule.combine(sa, sb, sw, w, rows, level, options, sout);
			if (!inPlace) {
				System.arraycopy(sout, (y0 - s0) * w, out, y0 * w, (y1 - y0) * w);
				continue;
			}
			// later strips read A's rows from y1 - CONTEXT_ROWS on (or none after the last strip)
			final int readFrom = y1 == h ? h : y1 - CONTEXT_ROWS, waitFrom = Math.max(carried, readFrom);
			for (int r = carried; r < y1; r++) {
				final float[] src = r < y0 ? carry : sout;
				final int at = (r < y0 ? r - carried : r - s0) * w;
				if (r < waitFrom) System.arraycopy(src, at, out, r * w, w);
				else System.arraycopy(src, at, nextCarry, (r - waitFrom) * w, w);
			}
			final float[] t = carry;
			carry = nextCarry;
			nextCarry = t;
			carried = waitFrom;
		}
	}
}
