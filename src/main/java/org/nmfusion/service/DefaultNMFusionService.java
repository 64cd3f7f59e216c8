package org.nmfusion.service;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import ij.ImagePlus;
import ij.measure.ResultsTable;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.view.Views;
import org.nmfusion.batch.BatchFusion;
import org.nmfusion.batch.FusionPair;
import org.nmfusion.batch.PairFinder;
import org.nmfusion.batch.PairOutcome;
import org.nmfusion.benchmark.Benchmark;
import org.nmfusion.benchmark.BenchmarkRow;
import org.nmfusion.cnn.DenseOutput;
import org.nmfusion.cnn.FocusModel;
import org.nmfusion.cnn.EngineLoader;
import org.nmfusion.cnn.FocusModelCache;
import org.nmfusion.filter.HannMeanFilter;
import org.nmfusion.focusstack.FocusStackFusion;
import org.nmfusion.focusstack.FocusStackOptions;
import org.nmfusion.focusstack.FocusStackResult;
import org.nmfusion.fusion.method.FusionCanceledException;
import org.nmfusion.fusion.Fusion;
import org.nmfusion.fusion.FusionMethods;
import org.nmfusion.fusion.FusionPresets;
import org.nmfusion.fusion.FusionResult;
import org.nmfusion.fusion.method.FusionContext;
import org.nmfusion.fusion.method.FusionMethod;
import org.nmfusion.fusion.method.FusionOptions;
import org.nmfusion.image.Image2D;
import org.nmfusion.image.Plane;
import org.nmfusion.io.DerivedImages;
import org.nmfusion.io.ImageFiles;
import org.nmfusion.io.ImagePlusAdapter;
import org.nmfusion.metrics.FusionMetric;
import org.nmfusion.metrics.FusionMetrics;
import org.nmfusion.metrics.GrayImage;
import org.nmfusion.metrics.MetricsFormat;
import org.nmfusion.metrics.MetricsResult;
import org.nmfusion.metrics.SourceImages;
import org.nmfusion.nmf.Nmf;
import org.nmfusion.nmf.NmfOptions;
import org.nmfusion.nmf.NmfResult;
import org.nmfusion.train.FocusModelTrainer;
import org.nmfusion.train.TrainingConfig;
import org.nmfusion.train.TrainingListener;
import org.nmfusion.util.AtomicFiles;
import org.nmfusion.util.OutputFiles;
import org.nmfusion.util.ProgressListener;
import org.nmfusion.util.ProgressReport;
import org.scijava.app.StatusService;
import org.scijava.event.EventService;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.service.AbstractService;
import org.scijava.service.Service;
import org.scijava.task.Task;
import org.scijava.task.TaskService;

/**
 * Default {@link NMFusionService}: converts between ImageJ images and the cores' types with the io
 * adapter and delegates each call to the package of its stage. Owns the focus-model cache; reaches TensorFlow
 * only through the engine interfaces ({@link FocusModel}, {@link FocusModelTrainer}).
 */
@Plugin(type = Service.class)
public class DefaultNMFusionService extends AbstractService implements NMFusionService {

	@Parameter(required = false)
	private StatusService status;

	@Parameter(required = false)
	private EventService events;

	@Parameter(required = false)
	private TaskService tasks;

	// --- Fusion ---

	@Override
	public FusedImages fuse(final FusionRequest request) throws IOException {
		if (request == null) throw new IllegalArgumentException("no fusion request given (null)");
		final FusionMethods.Spec spec = request.validate();
		final ImagePlus like;
		final List<Image2D> sources;
		switch (request.sources()) {
			case IMAGES:
				like = request.imageA();
				sources = List.of(wrap(request.imageA(), "source A"), wrap(request.imageB(), "source B"));
				break;
			case FILES:
				like = ImageFiles.openPlane(request.fileA().toPath());
				sources = List.of(wrap(like, "source A"), wrap(ImageFiles.openPlane(request.fileB().toPath()), "source B"));
				break;
			case STACK:
				like = request.imageA();
				sources = ImagePlusAdapter.wrapPlanes(like);
				break;
			case STACK_FILE:
				like = ImageFiles.open(request.fileA().toPath());
				sources = ImagePlusAdapter.wrapPlanes(like);
				break;
			default:
				throw new IllegalArgumentException("a folder or a list of pairs is a batch: use fuseBatch");
		}
		final Plane given = request.weightMap() == null ? null : plane(wrap(request.weightMap(), "weight map"));
		final FusedImages fused = images(fuse(sources, spec, request.modelDir(), given, request.canceled()), like);
		if (request.output() != null) ImageFiles.save(fused.fused(), request.output().toPath());
		return fused;
	}

	/** Fuses N >= 2 images in the core's form with a resolved method, reporting progress to the front ends. */
	private FusionResult fuse(final List<Image2D> sources, final FusionMethods.Spec spec, final File modelDir, final Plane weightMap,
		final BooleanSupplier canceled)
	{
		final FusionMethod m = spec.method;
		final FusionContext context = FusionContext.of(m.usesFocusModel() ? () -> focusModel(modelDir) : null).withWeightMap(weightMap)
			.withProgress(this::report, canceled);
		return Fusion.fuse(sources, m, spec.options, context);
	}

	@Override
	public FocusStackImages fuseFocusStack(final ImagePlus stack, final FocusStackOptions options, final boolean heightInZ,
		final boolean withConfidence, final BooleanSupplier canceled)
	{
		final ImagePlusSlices slices = ImagePlusSlices.of(stack);
		final FocusStackResult r;
		try {
			r = asTask("NMFusion focus stack", canceled, (progress, stop) -> FocusStackFusion.fuse(slices,
				options == null ? FocusStackOptions.defaults() : options, (step, done, total) -> progress.progress(new ProgressReport(
					ProgressReport.Step.FOCUS_STACK, done, total, "focus stack: " + step + " " + done + "/" + total)),
				stop));
		}
		catch (IOException e) { // the slices are in memory: nothing is read or written here
			throw new java.io.UncheckedIOException(e);
		}
		catch (FocusStackFusion.CanceledException e) {
			throw new FusionCanceledException();
		}
		return FocusStackImages.of(r, stack, heightInZ, withConfidence);
	}

	@Override
	public FocusStackImages fuseFocusStackFiles(final File stack, final File output, final File heightMap, final File confidence,
		final FocusStackOptions options, final boolean heightInZ, final boolean overwrite, final BooleanSupplier canceled) throws IOException
	{
		if (stack == null || output == null) throw new IllegalArgumentException("a stack file and an output file are required");
		final List<Path> outputs = new ArrayList<>();
		for (final File f : new File[] { output, heightMap, confidence })
			if (f != null) outputs.add(f.toPath());
		OutputFiles.check(overwrite, List.of(stack.toPath()), outputs.toArray(new Path[0]));
		ImageFiles.requireOutputFormat(output.toPath());
		if (heightMap != null) ImageFiles.requireOutputFormat(heightMap.toPath(), 32, 1);
		if (confidence != null) ImageFiles.requireOutputFormat(confidence.toPath(), 32, 1);
		final FocusStackImages images = fuseFocusStack(ImageFiles.open(stack.toPath()), options, heightInZ, confidence != null, canceled);
		final Map<Path, AtomicFiles.Writer> files = new LinkedHashMap<>();
		files.put(output.toPath(), ImageFiles.writer(images.fused(), output.toPath()));
		if (heightMap != null) files.put(heightMap.toPath(), ImageFiles.writer(images.heightMap(), heightMap.toPath()));
		if (confidence != null) files.put(confidence.toPath(), ImageFiles.writer(images.confidence(), confidence.toPath()));
		AtomicFiles.writeAll(files);
		return images;
	}

	@Override
	public List<PairOutcome> fuseBatch(final FusionRequest request) throws IOException {
		if (request == null) throw new IllegalArgumentException("no fusion request given (null)");
		if (!request.isBatch()) throw new IllegalArgumentException("a batch needs a folder or a list of pairs: use fuse for two images or a stack");
		final FusionMethods.Spec spec = request.validate(); // an unknown method or bad setting fails once, not per pair
		final List<FusionPair> pairs = request.sources() == FusionRequest.Sources.PAIRS ? request.pairList()
			: request.fileB() == null ? PairFinder.inFolder(request.fileA().toPath())
				: PairFinder.inTwoFolders(request.fileA().toPath(), request.fileB().toPath());
		return asTask("NMFusion batch: " + spec.label, request.canceled(), (progress, canceled) -> BatchFusion.run(pairs, request.output().toPath(),
			pairFuser(spec, request.modelDir(), canceled), spec.label + ": " + spec.settings(), request.overwrite(),
			(done, total, o) -> progress.progress(new ProgressReport(ProgressReport.Step.BATCH_PAIR, done, total, o.pair().id() + ": " + o.status()
				.label())),
			canceled));
	}

	@Override
	public PairOutcome fusePair(final FusionPair pair, final FusionRequest batch, final String metrics) {
		if (batch == null || batch.output() == null) throw new IllegalArgumentException("no output folder given");
		final FusionMethods.Spec spec = batch.resolve();
		if (metrics != null) FusionMetrics.byName(metrics); // unknown names are the caller's error, not the pair's
		return BatchFusion.fusePair(pair, batch.output().toPath(), pairFuser(spec, batch.modelDir(), batch.canceled()),
			metrics == null ? null : (a, b, fused) -> metrics(a, b, fused, metrics), batch.overwrite());
	}

	/** How a batch fuses each pair, for {@link #fuseBatch} and {@link #fusePair} alike; a cancel stops within the pair. */
	private BatchFusion.PairFuser pairFuser(final FusionMethods.Spec spec, final File modelDir, final BooleanSupplier canceled) {
		return (a, b) -> fused(a, b, spec, modelDir, canceled);
	}

	/** Two open images fused with a resolved method, as an ImageJ image like A. */
	private ImagePlus fused(final ImagePlus a, final ImagePlus b, final FusionMethods.Spec spec, final File modelDir,
		final BooleanSupplier canceled)
	{
		return images(fuse(List.of(wrap(a, "source A"), wrap(b, "source B")), spec, modelDir, null, canceled), a).fused();
	}

	@Override
	public List<BenchmarkRow> benchmark(File dataFolder, String methods, File peersFolder, File outputFolder, String metrics,
		FusionOptions options, File modelDir, BooleanSupplier canceled) throws IOException
	{
		final Map<String, FusionMethods.Spec> specs = FusionMethods.specList(methods, options == null ? FusionOptions.defaults() : options);
		final List<String> methodNames = new ArrayList<>(specs.keySet());
		final List<FusionMetric> chosen = FusionMetrics.byName(metrics);
		final List<String> metricNames = new ArrayList<>();
		final boolean[] higher = new boolean[chosen.size()];
		for (int i = 0; i < higher.length; i++) {
			metricNames.add(chosen.get(i).name());
			higher[i] = chosen.get(i).higherIsBetter();
		}
		if (dataFolder == null || outputFolder == null) throw new IllegalArgumentException("the data and output folders are required");
		final Benchmark.Setup setup = new Benchmark.Setup(dataFolder.toPath(), methodNames, peersFolder == null ? null : peersFolder.toPath(),
			outputFolder.toPath(), metricNames, higher);
		final Map<String, String> settings = new LinkedHashMap<>();
		specs.forEach((label, spec) -> settings.put(label, spec.settings()));
		setup.withSettings(settings);
		return asTask("NMFusion benchmark", canceled,
			(progress, stop) -> Benchmark.run(setup, (a, b, m) -> fused(a, b, specs.get(m), modelDir, stop), (a, b) -> {
				// the sources' own intermediates, kept for all the fused images of this pair
				final SourceImages sources = new SourceImages(metricsGray(a, "source A"), metricsGray(b, "source B"));
				return f -> {
					final LinkedHashMap<String, Double> v = FusionMetrics.evaluateWithNotes(sources, metricsGray(f, "fused image"), chosen).values();
					final double[] out = new double[metricNames.size()];
					for (int i = 0; i < out.length; i++)
						out[i] = v.get(metricNames.get(i));
					return out;
				};
			}, (done, total, message) -> progress.progress(new ProgressReport(ProgressReport.Step.BENCHMARK_PAIR, done, total, message)), stop));
	}

	private FusedImages images(final FusionResult r, final ImagePlus like) {
		final ImagePlus fused = ImagePlusAdapter.toImagePlus(r.fused(), DerivedImages.derivedTitle(like, r.method()));
		fused.setCalibration(DerivedImages.calibration(like, fused.getBitDepth() != like.getBitDepth()));
		if (fused.getBitDepth() == 32) fused.resetDisplayRange();
		return new FusedImages(fused, r.weightMap() == null ? null : DerivedImages.floatImage(r.weightMap(), like, "weightmap"));
	}

	/** A long job given its progress listener and its cancel check. */
	@FunctionalInterface
	private interface Job<T> {
		T run(ProgressListener progress, BooleanSupplier canceled) throws IOException;
	}

	/**
	 * Runs a long job (a batch, a benchmark, a focus stack) as a SciJava {@link Task} when a {@link TaskService} is there
	 * (Fiji lists it with its progress, and its cancel stops the job like the caller's cancel); its reports also go to
	 * {@link #report}. Without a task service the job just reports.
	 */
	private <T> T asTask(final String name, final BooleanSupplier canceled, final Job<T> job) throws IOException {
		final BooleanSupplier callerCanceled = canceled == null ? () -> false : canceled;
		final Task task = tasks == null ? null : tasks.createTask(name);
		if (task == null) return job.run(this::report, callerCanceled);
		task.start();
		try {
			return job.run(r -> {
				report(r);
				if (r.total() > 0) task.setProgressMaximum(r.total());
				task.setProgressValue(r.done());
				task.setStatusMessage(r.message());
			}, () -> task.isCanceled() || callerCanceled.getAsBoolean());
		}
		finally {
			task.finish();
		}
	}

	/** A progress report to the front ends: the status bar shows it, and a {@link ProgressEvent} carries it typed. */
	private void report(final ProgressReport r) {
		if (status != null) status.showStatus(r.done(), r.total(), r.message());
		if (events != null) events.publish(new ProgressEvent(r));
	}

	// --- Stage 1: Hann-mean denoising ---

	@Override
	public ImagePlus denoise(ImagePlus input, int radius, double backgroundThreshold, boolean floatOutput) {
		final Image2D result = denoise(wrap(input, "input"), radius, backgroundThreshold, floatOutput);
		final ImagePlus out = ImagePlusAdapter.toImagePlus(result, DerivedImages.derivedTitle(input, "denoised"));
		out.setCalibration(DerivedImages.calibration(input, floatOutput));
		return out;
	}

	private static Image2D denoise(Image2D input, int radius, double backgroundThreshold, boolean floatOutput) {
		return HannMeanFilter.filter(input, radius, backgroundThreshold, floatOutput);
	}

	// --- Stage 2: Siamese CNN focus model ---

	/** The one model cache: bundled and user models, each loaded once per service, closed on dispose. */
	private final FocusModelCache focusModels = new FocusModelCache();

	private FocusModel focusModel(File modelDir) {
		return focusModels.get(modelDir);
	}

	private DenseOutput focusMaps(ImagePlus sourceA, ImagePlus sourceB, File modelDir, boolean withFeatures) {
		return dense(Fusion.unitLuma(wrap(sourceA, "source A"), wrap(sourceB, "source B")), modelDir, withFeatures);
	}

	private DenseOutput dense(final Plane[] unit, final File modelDir, final boolean withFeatures) {
		return focusModel(modelDir).denseInference(unit[0].data(), unit[1].data(), unit[0].width(), unit[0].height(), withFeatures);
	}

	@Override
	public FocusMapImages focusMapImages(ImagePlus sourceA, ImagePlus sourceB, File modelDir, boolean withScores,
		boolean withFeatures)
	{
		final DenseOutput d = focusMaps(sourceA, sourceB, modelDir, withFeatures);
		final ImagePlus weights = DerivedImages.floatImage(new Plane(d.weightMap(), d.width, d.height), sourceA, "weightmap");
		final ImagePlus scores = !withScores ? null
			: DerivedImages.floatStack(DerivedImages.derivedTitle(sourceA, "scores"), d.scores, 1, d.scoreWidth, d.scoreHeight, "scores");
		final ImagePlus fa = !withFeatures ? null
			: DerivedImages.floatStack(DerivedImages.derivedTitle(sourceA, "features-a"), d.featuresA, d.featureChannels, d.featureWidth,
				d.featureHeight, "c");
		final ImagePlus fb = !withFeatures ? null
			: DerivedImages.floatStack(DerivedImages.derivedTitle(sourceB, "features-b"), d.featuresB, d.featureChannels, d.featureWidth,
				d.featureHeight, "c");
		return new FocusMapImages(weights, scores, fa, fb);
	}

	// --- Fusion quality metrics ---

	@Override
	public MetricsResult metricsWithNotes(ImagePlus sourceA, ImagePlus sourceB, ImagePlus fused, String selection, File csvFile)
		throws IOException
	{
		final List<FusionMetric> chosen = FusionMetrics.byName(selection);
		final MetricsResult result = FusionMetrics.evaluateWithNotes(metricsGray(sourceA, "source A"), metricsGray(sourceB, "source B"),
			metricsGray(fused, "fused image"), chosen);
		if (csvFile != null && !csvFile.getPath().isEmpty()) AtomicFiles.writeString(csvFile.toPath(), MetricsFormat.csv(result.values()));
		return result;
	}

	/** One plane as the metrics' gray image: RGB via the reference rgb2gray rule, values must be 0..255. */
	private static GrayImage metricsGray(ImagePlus imp, String what) {
		final Image2D image = wrap(imp, what);
		try {
			return checkedRange(image.isRgb() ? GrayImage.ofRgb(image.channel(0), image.channel(1), image.channel(2))
				: GrayImage.of(image.channel(0)), what + " '" + imp.getTitle() + "'");
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException(what + " '" + imp.getTitle() + "': " + e.getMessage(), e);
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

	// --- NMF engine and NMF decomposition of stacks ---

	@Override
	public NmfResult nmf(ImagePlus stack, NmfOptions options) {
		if (stack == null) throw new IllegalArgumentException("NMF input image is null");
		if (stack.getBitDepth() == 24) throw new IllegalArgumentException("NMF needs a gray stack (8, 16 or 32-bit), got RGB");
		final List<RandomAccessibleInterval<? extends RealType<?>>> planes = new ArrayList<>();
		for (final Image2D p : ImagePlusAdapter.wrapPlanes(stack)) {
			if (p.isRgb())
				throw new IllegalArgumentException("NMF needs a gray stack, but '" + stack.getTitle() +
					"' shows colours (an 8-bit colour palette); convert it to 8-bit gray or RGB first");
			planes.add(p.channel(0));
		}
		return Nmf.factorizeStack(stackOf(planes), Nmf.SliceLayout.ROWS, options);
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static RandomAccessibleInterval<? extends RealType<?>> stackOf(final List<RandomAccessibleInterval<? extends RealType<?>>> planes) {
		return Views.stack((List) planes);
	}

	@Override
	public NmfImages nmfDecomposition(ImagePlus stack, NmfOptions options) {
		final NmfResult result = nmf(stack, options);
		final ImagePlus basis = nmfBasisImages(result, stack.getWidth(), stack.getHeight(), DerivedImages.derivedTitle(stack, "nmf-basis"));
		basis.setCalibration(DerivedImages.calibration(stack, true));
		return new NmfImages(result, basis, nmfCoefficients(result), nmfLoss(result));
	}

	private static ImagePlus nmfBasisImages(NmfResult result, int width, int height, String title) {
		if ((long) width * height != result.columns())
			throw new IllegalArgumentException(
				"basis image size " + width + " x " + height + " does not match the " + result.columns() + " columns of H");
		return DerivedImages.floatStack(title, result.h(), result.rank(), width, height, "component_");
	}

	private static ResultsTable nmfCoefficients(NmfResult result) {
		final ResultsTable t = new ResultsTable();
		t.setPrecision(9);
		for (int i = 0; i < result.rows(); i++) {
			t.incrementCounter();
			for (int j = 0; j < result.rank(); j++)
				t.addValue("component_" + (j + 1), result.w(i, j));
		}
		return t;
	}

	private static ResultsTable nmfLoss(NmfResult result) {
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

	// --- helpers ---

	/** The io adapter's view of an ImagePlus, with {@code what} naming it in any error. */
	private static Image2D wrap(final ImagePlus imp, final String what) {
		if (imp == null) throw new IllegalArgumentException("no " + what + " given (null)");
		try {
			return ImagePlusAdapter.wrap(imp);
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException(what + ": " + e.getMessage(), e);
		}
	}

	/** The first channel of a gray image as a plane (weight maps). */
	private static Plane plane(final Image2D image) {
		if (image.isRgb()) throw new IllegalArgumentException("a weight map must be a gray (32-bit) image, not RGB");
		return new Plane(org.nmfusion.util.Planes.copy(image.channel(0)), (int) image.width(), (int) image.height());
	}

	// --- Training the focus model ---

	@Override
	public File trainFocusModel(TrainingConfig config, String commandLine,
		TrainingListener listener, BooleanSupplier canceled)
		throws IOException
	{
		final List<Path> missing = config == null || config.out == null ? List.of() : OutputFiles.missingFolders(config.out.toPath());
		try {
			return trainer().train(config, commandLine, listener, canceled);
		}
		catch (IOException | RuntimeException e) {
			OutputFiles.removeEmpty(missing);
			throw e;
		}
	}

	@Override
	public void dispose() {
		focusModels.close();
		super.dispose();
	}

	// --- Trained focus models: held-out evaluation and re-export ---

	@Override
	public String evaluateFocusModel(File modelDir, File imageFolder, int pairs, String... holdout)
		throws IOException
	{
		return trainer().evaluate(modelDir, imageFolder, Arrays.asList(holdout), pairs);
	}

	/** The TensorFlow trainer, from the engine (isolated from Fiji's TensorFlow 1.x in Fiji). */
	private static FocusModelTrainer trainer() {
		return EngineLoader.service(FocusModelTrainer.class);
	}

	@Override
	public File exportFocusModel(File modelDir, File outputFolder, boolean overwrite) throws IOException {
		if (modelDir == null || outputFolder == null) throw new IllegalArgumentException("the model folder and the new folder are required");
		final Path to = outputFolder.toPath().toAbsolutePath().normalize();
		OutputFiles.checkFolder(to, overwrite, List.of(modelDir.toPath()));
		final List<Path> created = OutputFiles.createFolders(to.getParent());
		try {
			AtomicFiles.writeFolder(to, staging -> trainer().export(modelDir, staging.toFile()));
		}
		catch (IOException | RuntimeException e) {
			OutputFiles.removeEmpty(created);
			throw e;
		}
		return outputFolder;
	}
}
