package org.nmfusion.fusion.method;

import java.util.Locale;

import org.nmfusion.fusion.baseline.Wavelet;
import org.nmfusion.fusion.baseline.WaveletFusion;
import org.nmfusion.image.Plane;

/**
 * Baseline {@code dwt}: discrete wavelet transform (Haar or Daubechies db2, 3 levels by default),
 * average of the approximation band, larger absolute value of every detail band, inverse transform.
 */
public final class DwtMethod extends AbstractFusionMethod {

	public DwtMethod() {
		super("dwt", "wavelet fusion: average low band, max-abs details (Haar or db2; baseline)", false);
	}

	@Override
	public Plane fuse(final Plane a, final Plane b, final Plane weightMap, final FusionOptions options, final FusionContext context) {
		final Wavelet wavelet = Wavelet.valueOf(options.wavelet().toUpperCase(Locale.ROOT));
		return a.with(WaveletFusion.fuse(a.data(), b.data(), a.width(), a.height(), wavelet, options.waveletLevels()));
	}
}
