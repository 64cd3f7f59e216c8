package org.nmfusion.cnn.tf;

/** Names inside an NMFusion focus SavedModel (shared by the exporter and the loader). */
public final class ModelFormat {
	private ModelFormat() {
	}

	/** Patch classifier: inputs a, b [N,16,16,1] float in [0,1]; outputs p [N] = P(A sharper), logits [N,2]. */
	public static final String SIG_PATCH = "serving_default";
	/** Dense form: inputs a, b [1,H,W,1]; outputs score [1,ceil(H/2)-7,ceil(W/2)-7], fa, fb [1,ceil(H/2),ceil(W/2),c3]. */
	public static final String SIG_DENSE = "dense";
	public static final String IN_A = "a";
	public static final String IN_B = "b";
	public static final String OUT_P = "p";
	public static final String OUT_LOGITS = "logits";
	public static final String OUT_SCORE = "score";
	public static final String OUT_FA = "fa";
	public static final String OUT_FB = "fb";
	/** Properties file in the model folder: format, widths, training summary. */
	public static final String PROPERTIES = "nmfusion-model.properties";
	/** Text file listing every file of the model folder (one relative path per line), for bundled models. */
	public static final String FILE_LIST = "model-files.txt";
	public static final String FORMAT = "nmfusion-siamese-1";
}
