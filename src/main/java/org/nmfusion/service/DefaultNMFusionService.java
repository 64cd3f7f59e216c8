package org.nmfusion.service;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import ij.ImagePlus;
import ij.measure.Calibration;
import ij.measure.ResultsTable;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.view.Views;
import org.nmfusion.cnn.DenseOutput;
import org.nmfusion.cnn.FocusModel;
import org.nmfusion.cnn.FocusModels;
import org.nmfusion.cnn.UnitScaling;
import org.nmfusion.filter.HannKernel;
import org.nmfusion.filter.HannMeanFilter;
import org.nmfusion.fusion.WeightedAverage;
import org.nmfusion.util.AtomicFiles;
import org.nmfusion.image.Image2D;
import org.nmfusion.io.ImagePlusAdapter;
import org.nmfusion.metrics.FusionMetric;
import org.nmfusion.metrics.FusionMetrics;
import org.nmfusion.metrics.GrayImage;
import org.nmfusion.metrics.MetricsFormat;
import org.nmfusion.nmf.Nmf;
import org.nmfusion.nmf.NmfOptions;
import org.nmfusion.nmf.NmfResult;
import org.nmfusion.train.SiameseTrainer;
import org.nmfusion.train.TrainingConfig;
import org.nmfusion.train.TrainingListener;
import org.scijava.plugin.Plugin;
import org.scijava.service.AbstractService;
import org.scijava.service.Service;

/** Default {@link NMFusionService}: delegates each call to the algorithm package of its stage. */
@Plugin(type = Service.class)
public class DefaultNMFusionService extends AbstractService implements NMFusionService {

	// --- Stage 1: Hann-mean denoising ---

	@Override
	public ImagePlus denoise(ImagePlus input, int radius, double backgroundThreshold, boolean floatOutput) {
		final Image2D result = denoise(ImagePlusAdapter.wrap(input), radius, backgroundThreshold, floatOutput);
		final ImagePlus out = ImagePlusAdapter.toImagePlus(result, derivedTitle(input, "denoised"));
		out.setCalibration(spatialCalibration(input, floatOutput));
		return out;
	}

	@Override
	public Image2D denoise(Image2D input, int radius, double backgroundThreshold, boolean floatOutput) {
		HannKernel.weights(radius); // validates the radius before any work
		final Image2D.Kind kind = !floatOutput ? input.kind() : input.isRgb() ? Image2D.Kind.RGB_FLOAT : Image2D.Kind.GRAY32;
		return input.mapChannels(kind, channel -> floatOutput
			? HannMeanFilter.filterToFloat(channel, radius, backgroundThreshold)
			: HannMeanFilter.filterSameType(channel, radius, backgroundThreshold));
	}

	@Override
	public Img<FloatType> denoiseToFloat(RandomAccessibleInterval<? extends RealType<?>> input, int radius,
		double backgroundThreshold)
	{
		return HannMeanFilter.filterToFloat(input, radius, backgroundThreshold);
	}

	// --- helpers shared by the stages ---

	/** "name-suffix" from the input title without its file extension. */
	static String derivedTitle(ImagePlus input, String suffix) {
		final String t = input.getTitle() == null ? "image" : input.getTitle();
		final int dot = t.lastIndexOf('.');
		return (dot > 0 ? t.substring(0, dot) : t) + "-" + suffix;
	}

	/**
	 * The input's calibration for a derived image: pixel size, unit and origin always; the density
	 * calibration (e.g. signed 16-bit DICOM) only when the output keeps the input's pixel type.
	 */
	static Calibration spatialCalibration(ImagePlus input, boolean typeChanged) {
		final Calibration cal = input.getCalibration().copy();
		if (typeChanged) cal.disableDensityCalibration();
		return cal;
	}

	// --- Fusion quality metrics (issue #5) ---

	@Override
	public LinkedHashMap<String, Double> metrics(ImagePlus sourceA, ImagePlus sourceB, ImagePlus fused,
		String selection)
	{
		final List<FusionMetric> chosen = FusionMetrics.byName(selection);
		return FusionMetrics.evaluate(metricsGray(sourceA, "source A"),
			metricsGray(sourceB, "source B"), metricsGray(fused, "fused image"), chosen);
	}

	@Override
	public LinkedHashMap<String, Double> metrics(RandomAccessibleInterval<? extends RealType<?>> sourceA,
		RandomAccessibleInterval<? extends RealType<?>> sourceB, RandomAccessibleInterval<? extends RealType<?>> fused,
		String selection)
	{
		final List<FusionMetric> chosen = FusionMetrics.byName(selection);
		return FusionMetrics.evaluate(metricsGray(sourceA, "source A"),
			metricsGray(sourceB, "source B"), metricsGray(fused, "fused image"), chosen);
	}

	@Override
	public ResultsTable metricsTable(ImagePlus sourceA, ImagePlus sourceB, ImagePlus fused, String selection) {
		final Map<String, Double> values = metrics(sourceA, sourceB, fused, selection);
		final ResultsTable table = new ResultsTable();
		table.setPrecision(6);
		table.incrementCounter();
		table.addLabel(fused.getTitle() == null ? "fused" : fused.getTitle());
		for (Map.Entry<String, Double> e : values.entrySet()) table.addValue(e.getKey(), e.getValue());
		return table;
	}

	@Override
	public void saveMetricsCsv(Map<String, Double> values, File file) throws IOException {
		if (file == null) throw new IllegalArgumentException("no CSV file given");
		AtomicFiles.writeString(file.toPath(), MetricsFormat.csv(values));
	}

	/** One plane as the metrics' gray image: RGB via the reference rgb2gray rule, values must be 0..255. */
	private static GrayImage metricsGray(ImagePlus imp, String what) {
		if (imp == null) throw new IllegalArgumentException("no " + what + " given (null)");
		final Image2D image;
		try {
			image = ImagePlusAdapter.wrap(imp);
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException(what + ": " + e.getMessage(), e);
		}
		final GrayImage gray;
		try {
			gray = image.isRgb()
				? GrayImage.ofRgb(image.channel(0), image.channel(1), image.channel(2))
				: GrayImage.of(image.channel(0));
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException(what + " '" + imp.getTitle() + "': " + e.getMessage(), e);
		}
		return checkedRange(gray, what + " '" + imp.getTitle() + "'");
	}

	private static GrayImage metricsGray(RandomAccessibleInterval<? extends RealType<?>> img,
		String what)
	{
		try {
			return checkedRange(GrayImage.of(img), what);
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException(what + ": " + e.getMessage(), e);
		}
	}

	private static GrayImage checkedRange(GrayImage g, String what) {
		double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
		for (double v : g.data()) {
			lo = Math.min(lo, v);
			hi = Math.max(hi, v);
		}
		if (lo < 0 || hi > 255) {
			throw new IllegalArgumentException("the metrics expect 8-bit grey levels 0..255, but " + what +
				" has values in [" + lo + ", " + hi + "]; convert it to 8-bit first");
		}
		return g;
	}

	// --- NMF engine and NMF decomposition of stacks (issue #3) ---

	@Override
	public NmfResult nmf(ImagePlus stack, NmfOptions options) {
		if (stack == null) throw new IllegalArgumentException("NMF input image is null");
		if (stack.getBitDepth() == 24) throw new IllegalArgumentException("NMF needs a gray stack (8, 16 or 32-bit), got RGB");
		final int n = stack.getStackSize(), p = stack.getWidth() * stack.getHeight();
		if ((long) n * p > Integer.MAX_VALUE - 8) throw new IllegalArgumentException("NMF input too large: " + n + " x " + p + " values");
		final float[] v = new float[n * p];
		final ij.ImageStack planes = stack.getStack();
		for (int s = 0; s < n; s++) {
			final ImageProcessor ip = planes.getProcessor(s + 1);
			for (int i = 0; i < p; i++)
				v[s * p + i] = ip.getf(i);
		}
		return Nmf.factorize(v, n, p, options);
	}

	@Override
	public NmfResult nmf(RandomAccessibleInterval<? extends RealType<?>> stack,
		Nmf.SliceLayout layout, NmfOptions options)
	{
		return Nmf.factorizeStack(stack, layout, options);
	}

	@Override
	public NmfResult nmf(float[] v, int rows, int columns, NmfOptions options) {
		return Nmf.factorize(v, rows, columns, options);
	}

	@Override
	public ImagePlus nmfBasisImages(NmfResult result, int width, int height, String title) {
		if ((long) width * height != result.columns())
			throw new IllegalArgumentException("basis image size " + width + " x " + height + " does not match the " + result.columns() + " columns of H");
		final ij.ImageStack stack = new ij.ImageStack(width, height);
		final float[] h = result.h();
		for (int j = 0; j < result.rank(); j++) {
			final float[] px = Arrays.copyOfRange(h, j * result.columns(), (j + 1) * result.columns());
			stack.addSlice("component_" + (j + 1), new FloatProcessor(width, height, px));
		}
		final ImagePlus imp = new ImagePlus(title, stack);
		imp.resetDisplayRange();
		return imp;
	}

	@Override
	public ResultsTable nmfCoefficients(NmfResult result) {
		final ResultsTable t = new ResultsTable();
		t.setPrecision(9);
		for (int i = 0; i < result.rows(); i++) {
			t.incrementCounter();
			for (int j = 0; j < result.rank(); j++)
				t.addValue("component_" + (j + 1), result.w(i, j));
		}
		return t;
	}

	@Override
	public ResultsTable nmfLoss(NmfResult result) {
		final ResultsTable t = new ResultsTable();
		t.setPrecision(9);
		final double[] loss = result.lossHistory();
		for (int it = 0; it < loss.length; it++) {
			t.incrementCounter();
			t.addValue("iteration", it);
			t.addValue("loss", loss[it]);
		}
		return t;
	}

	// --- Baseline: weighted average ---

	@Override
	public ImagePlus weightedAverage(ImagePlus sourceA, ImagePlus sourceB, ImagePlus weightMap, double weight) {
		final Image2D a = ImagePlusAdapter.wrap(sourceA), b = ImagePlusAdapter.wrap(sourceB);
		if (a.isRgb() != b.isRgb()) {
			throw new IllegalArgumentException("weighted average needs two gray or two RGB images, got " + a.kind() + " and " + b.kind());
		}
		final RandomAccessibleInterval<? extends RealType<?>> w = weightMap == null ? null : ImagePlusAdapter.wrap(weightMap).channel(0);
		final List<RandomAccessibleInterval<? extends RealType<?>>> fused = new ArrayList<>();
		for (int c = 0; c < a.channels().size(); c++) {
			fused.add(w == null ? WeightedAverage.fuse(a.channel(c), b.channel(c), weight)
				: WeightedAverage.fuse(a.channel(c), b.channel(c), w));
		}
		final ImagePlus out = ImagePlusAdapter.toImagePlus(new Image2D(a.kind(), fused, a.calibration()), derivedTitle(sourceA, "fused"));
		out.setCalibration(spatialCalibration(sourceA, false));
		return out;
	}

	// --- Stage 2: Siamese CNN focus model ---

	private final Map<String, FocusModel> focusModels = new HashMap<>();

	@Override
	public FocusModel focusModel(File modelDir) {
		if (modelDir == null) return FocusModels.bundled();
		String key;
		try {
			key = modelDir.getCanonicalPath();
		}
		catch (IOException e) {
			key = modelDir.getAbsolutePath();
		}
		synchronized (focusModels) {
			FocusModel m = focusModels.get(key);
			if (m == null) {
				m = FocusModels.load(modelDir);
				focusModels.put(key, m);
			}
			return m;
		}
	}

	@Override
	public DenseOutput focusMaps(ImagePlus sourceA, ImagePlus sourceB, File modelDir,
		boolean withFeatures)
	{
		if (sourceA == null || sourceB == null) throw new IllegalArgumentException("two source images are required");
		final float[] a = unitGray(ImagePlusAdapter.wrap(sourceA), "source A");
		final float[] b = unitGray(ImagePlusAdapter.wrap(sourceB), "source B");
		return dense(a, b, sourceA.getWidth(), sourceA.getHeight(), sourceB.getWidth(), sourceB.getHeight(), modelDir,
			withFeatures);
	}

	@Override
	public DenseOutput focusMaps(RandomAccessibleInterval<? extends RealType<?>> sourceA,
		RandomAccessibleInterval<? extends RealType<?>> sourceB, File modelDir, boolean withFeatures)
	{
		if (sourceA == null || sourceB == null) throw new IllegalArgumentException("two source images are required");
		return dense(UnitScaling.toUnit(sourceA), UnitScaling.toUnit(sourceB),
			(int) sourceA.dimension(0), (int) sourceA.dimension(1), (int) sourceB.dimension(0), (int) sourceB.dimension(1),
			modelDir, withFeatures);
	}

	private DenseOutput dense(float[] a, float[] b, int wa, int ha, int wb, int hb, File modelDir,
		boolean withFeatures)
	{
		if (wa != wb || ha != hb) {
			throw new IllegalArgumentException("source images differ in size: " + wa + "x" + ha + " and " + wb + "x" + hb);
		}
		if (wa < 16 || ha < 16) throw new IllegalArgumentException("source images must be at least 16x16, got " + wa + "x" + ha);
		return focusModel(modelDir).denseInference(a, b, wa, ha, withFeatures);
	}

	/** Gray [0,1] pixels of an image: 8-bit /255, 16-bit /65535, 32-bit min-max, RGB luminance. */
	static float[] unitGray(Image2D img, String what) {
		switch (img.kind()) {
			case GRAY8:
			case GRAY16:
			case GRAY32:
				return UnitScaling.toUnit(img.channel(0));
			default: {
				final float[] r = raw(img.channel(0)), g = raw(img.channel(1)), b = raw(img.channel(2));
				final float[] y = new float[r.length];
				for (int i = 0; i < y.length; i++) y[i] = 0.299f * r[i] + 0.587f * g[i] + 0.114f * b[i];
				return img.kind() == Image2D.Kind.RGB ? scaled(y, 1 / 255f) : UnitScaling.minMax(y);
			}
		}
	}

	private static float[] raw(RandomAccessibleInterval<? extends RealType<?>> c) {
		final int w = (int) c.dimension(0);
		final float[] out = new float[(int) (c.dimension(0) * c.dimension(1))];
		final net.imglib2.Cursor<? extends RealType<?>> cur = Views.flatIterable(c).localizingCursor();
		while (cur.hasNext()) {
			final double v = cur.next().getRealDouble();
			out[(int) ((cur.getLongPosition(1) - c.min(1)) * w + cur.getLongPosition(0) - c.min(0))] = (float) v;
		}
		return out;
	}

	private static float[] scaled(float[] v, float s) {
		for (int i = 0; i < v.length; i++) v[i] *= s;
		return v;
	}

	@Override
	public ImagePlus weightMap(ImagePlus sourceA, ImagePlus sourceB, File modelDir) {
		final DenseOutput d = focusMaps(sourceA, sourceB, modelDir, false);
		final ImagePlus out = new ImagePlus(derivedTitle(sourceA, "weightmap"),
			new FloatProcessor(d.width, d.height, d.weightMap()));
		out.setCalibration(spatialCalibration(sourceA, true));
		return out;
	}

	@Override
	public File trainFocusModel(TrainingConfig config, String commandLine,
		TrainingListener listener, BooleanSupplier canceled)
		throws IOException
	{
		return SiameseTrainer.train(config, commandLine, listener, canceled).modelDir;
	}

	@Override
	public void dispose() {
		synchronized (focusModels) {
			for (FocusModel m : focusModels.values()) m.close();
			focusModels.clear();
		}
		super.dispose();
	}

	// --- Trained focus models: held-out evaluation and re-export ---

	@Override
	public String evaluateFocusModel(File modelDir, File imageFolder, int pairs, String... holdout)
		throws IOException
	{
		return org.nmfusion.train.ExportedModels.evaluate(modelDir, imageFolder, Arrays.asList(holdout), pairs);
	}

	@Override
	public File exportFocusModel(File modelDir, File outputFolder) throws IOException {
		return org.nmfusion.train.ExportedModels.reexport(modelDir, outputFolder);
	}
}
