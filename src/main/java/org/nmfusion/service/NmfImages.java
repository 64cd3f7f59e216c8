package org.nmfusion.service;

import ij.ImagePlus;
import ij.measure.ResultsTable;
import org.nmfusion.nmf.NmfResult;

/** An NMF of an image stack as ImageJ outputs: the k basis images, the coefficient and loss tables, and the raw result. */
public final class NmfImages {

	private final NmfResult result;
	private final ImagePlus basis;
	private final ResultsTable coefficients, loss;

	public NmfImages(final NmfResult result, final ImagePlus basis, final ResultsTable coefficients, final ResultsTable loss) {
		this.result = result;
		this.basis = basis;
		this.coefficients = coefficients;
		this.loss = loss;
	}

	public NmfResult result() { return result; }

	public ImagePlus basis() { return basis; }

	public ResultsTable coefficients() { return coefficients; }

	public ResultsTable loss() { return loss; }
}
