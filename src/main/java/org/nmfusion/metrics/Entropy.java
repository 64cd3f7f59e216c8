package org.nmfusion.metrics;

import java.util.EnumSet;
import java.util.Set;

/**
 * EN: Shannon entropy (bits) of the fused image's 256-bin grey-level histogram
 * (J. W. Roberts et al., "Assessment of image fusion procedures using entropy, image quality, and
 * multispectral classification", J. Appl. Remote Sens. 2008; MEFB {@code metricsEntropy}).
 * Sources are not used. Range [0, 8]. <b>Higher is better.</b>
 */
public final class Entropy extends AbstractFusionMetric {

	public Entropy() {
		super("EN", true);
	}

	@Override
	double value(Evaluation e) {
		return Histograms.entropy2(e.probabilities(Evaluation.F));
	}

	@Override
	Set<Evaluation.Shared> shares() {
		return EnumSet.of(Evaluation.Shared.GREY_HISTOGRAMS);
	}
}
