package org.nmfusion.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import ij.ImagePlus;

import org.nmfusion.cli.NMFusionCli;
import org.nmfusion.io.ImageFiles;

/**
 * Reader fuzzing (scripts/fuzz-readers): case i mutates seed i mod S ({@link FuzzSeeds}) with mutation kind
 * (i / S) mod 3 ({@link Mutations}) from a random generator seeded by (seed, i), and runs the mutant through
 * {@code nmfusion fuse}, {@code metrics} and {@code denoise} in this JVM. A case passes when every command
 * either exits 0 with a complete output (an image that opens again, a full metrics table) or exits 1 or 2 with
 * one line on stderr naming the file, never an internal error or a stack trace, all three within 10 s (progress
 * lines on stderr are fine on success).
 * Usage: ReaderFuzz run OUT_DIR DICOM_DIR SEED FROM TO (appends OUT_DIR/results.tsv, keeps failing cases in
 * OUT_DIR/failures/, writes the next case to OUT_DIR/next; exit 3 after a hang) | ReaderFuzz summary OUT_DIR
 */
public final class ReaderFuzz {

	/** The most a case (three commands) may take. */
	static final long CASE_LIMIT_MS = 10_000;

	static final List<String> OPS = List.of("fuse", "metrics", "denoise");

	/** How one command ended on one case. */
	static final class OpResult {
		final String op, outcome, message;
		final int code;
		final long millis;

		OpResult(final String op, final int code, final long millis, final String outcome, final String message) {
			this.op = op;
			this.code = code;
			this.millis = millis;
			this.outcome = outcome;
			this.message = message;
		}

		boolean passed() {
			return outcome.equals("ok") || outcome.equals("refused");
		}
	}

	/** One fuzz case: its file, format, mutation. */
	static final class Case {
		final int index;
		final String format, kind, what;
		final Path file;

		Case(final int index, final String format, final String kind, final String what, final Path file) {
			this.index = index;
			this.format = format;
			this.kind = kind;
			this.what = what;
			this.file = file;
		}
	}

	private final Map<String, Path> seeds;
	private final List<String> formats;
	private final Map<String, Path> partners = new java.util.HashMap<>();
	private final Path work;
	private final long seed;
	private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
		final Thread t = new Thread(r, "fuzz-case");
		t.setDaemon(true);
		return t;
	});

	ReaderFuzz(final Path work, final Path dicomDir, final long seed) throws IOException {
		this.work = work;
		this.seed = seed;
		this.seeds = FuzzSeeds.write(work.resolve("seeds"), dicomDir);
		this.formats = new ArrayList<>(seeds.keySet());
		for (final Map.Entry<String, Path> s : seeds.entrySet()) {
			final ImagePlus imp = ImageFiles.open(s.getValue());
			final Path partner = work.resolve("partner-" + imp.getWidth() + "x" + imp.getHeight() + ".tif");
			if (!Files.exists(partner))
				ImageFiles.save(new ImagePlus("partner", new ij.process.ByteProcessor(imp.getWidth(), imp.getHeight())), partner);
			partners.put(s.getKey(), partner);
		}
	}

	int seedCount() {
		return formats.size();
	}

	/** Builds case i: the mutated file in the work folder. */
	Case make(final int i) throws IOException {
		final String format = formats.get(i % formats.size()), kind = Mutations.KINDS.get(i / formats.size() % Mutations.KINDS.size());
		final Path seedFile = seeds.get(format);
		final Random rnd = new Random(seed * 0x9E3779B97F4A7C15L + i);
		final Mutations.Mutant m = Mutations.apply(kind, format, Files.readAllBytes(seedFile), rnd);
		final String name = seedFile.getFileName().toString(), ext = name.substring(name.lastIndexOf('.'));
		final Path file = work.resolve(String.format(Locale.ROOT, "c%05d-%s-%s%s", i, format, kind, ext));
		Files.write(file, m.bytes);
		return new Case(i, format, kind, m.what, file);
	}

	/** A kept case file named like the cases make() writes (cINDEX-FORMAT-KIND.ext), copied into the work folder. */
	Case kept(final Path file) throws IOException {
		final String[] parts = file.getFileName().toString().replaceFirst("\\.[^.]+$", "").split("-");
		final String format = String.join("-", java.util.Arrays.asList(parts).subList(1, parts.length - 1));
		// a case of a seed this run lacks (a DICOM of ../shared in the unit tests) gets the first seed's partner
		partners.putIfAbsent(format, partners.get(formats.get(0)));
		final Path copy = Files.copy(file, work.resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		return new Case(Integer.parseInt(parts[0].substring(1)), format, parts[parts.length - 1], "kept case", copy);
	}

	/** Runs the three commands on the case; stops early (with a "hang") when the case exceeds its time. */
	List<OpResult> run(final Case c) {
		final List<OpResult> results = new ArrayList<>();
		long left = CASE_LIMIT_MS;
		for (final String op : OPS) {
			final OpResult r = runOp(c, op, left);
			results.add(r);
			left -= r.millis;
			if (r.outcome.equals("hang")) break;
		}
		return results;
	}

	private OpResult runOp(final Case c, final String op, final long limitMs) {
		final Path out = work.resolve("out.tif"), partner = partners.get(c.format);
		final String f = c.file.toString();
		final boolean stack = c.format.contains("stack");
		final String[] args = op.equals("fuse") ? stack ? new String[] { "fuse", "--stack", f, "-o", out.toString(), "--overwrite" }
			: new String[] { "fuse", f, partner.toString(), "-o", out.toString(), "--method", "average", "--overwrite" }
			: op.equals("metrics") ? new String[] { "metrics", partner.toString(), partner.toString(), f }
				: new String[] { "denoise", "--radius", "1", f, "-o", out.toString(), "--overwrite" };
		try {
			Files.deleteIfExists(out);
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		final ByteArrayOutputStream stdout = new ByteArrayOutputStream(), stderr = new ByteArrayOutputStream();
		final long t0 = System.nanoTime();
		final Future<Integer> job = runner.submit(() -> {
			final PrintStream oldOut = System.out, oldErr = System.err;
			System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
			System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
			try {
				return NMFusionCli.execute(args);
			}
			finally {
				System.setOut(oldOut);
				System.setErr(oldErr);
			}
		});
		int code;
		try {
			code = job.get(Math.max(1, limitMs), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException e) {
			job.cancel(true);
			return new OpResult(op, -1, (System.nanoTime() - t0) / 1_000_000, "hang", "still running after " + limitMs + " ms");
		}
		catch (Exception e) {
			final Throwable t = e.getCause() == null ? e : e.getCause();
			return new OpResult(op, -1, (System.nanoTime() - t0) / 1_000_000, "crash", t.toString());
		}
		final long ms = (System.nanoTime() - t0) / 1_000_000;
		final String err = stderr.toString(StandardCharsets.UTF_8), text = stdout.toString(StandardCharsets.UTF_8);
		return new OpResult(op, code, ms, judge(op, code, err, text, c.file, out), firstLine(err));
	}

	/** ok, refused, or what went wrong: stack-trace, bad-exit, multi-line, internal-error, unnamed, incomplete-output. */
	static String judge(final String op, final int code, final String err, final String out, final Path file, final Path output) {
		if (err.contains("\tat ") || err.contains("Exception in thread")) return "stack-trace";
		final List<String> lines = new ArrayList<>();
		for (final String l : err.split("\\R"))
			if (!l.isBlank() && !l.startsWith("nmfusion: note:")) lines.add(l);
		if (code == 0) {
			if (op.equals("metrics")) return completeTable(out) ? "ok" : "incomplete-output";
			try {
				final ImagePlus back = ImageFiles.open(output);
				return back.getWidth() > 0 ? "ok" : "incomplete-output";
			}
			catch (IOException e) {
				return "incomplete-output";
			}
		}
		if (code != 1 && code != 2) return "bad-exit";
		if (lines.size() != 1 || !lines.get(0).startsWith("nmfusion: error: ")) return "multi-line";
		if (lines.get(0).contains("internal error")) return "internal-error";
		return lines.get(0).contains(file.toString()) || lines.get(0).contains(file.getFileName().toString()) ? "refused" : "unnamed";
	}

	private static boolean completeTable(final String out) {
		final String[] lines = out.strip().split("\\R");
		if (lines.length < 2) return false;
		final int fields = lines[0].split("\t", -1).length;
		for (final String l : lines)
			if (l.split("\t", -1).length != fields) return false;
		return true;
	}

	private static String firstLine(final String s) {
		for (final String l : s.split("\\R"))
			if (!l.isBlank()) return l.replace('\t', ' ');
		return "";
	}

	/** The largest heap use seen by a sampler every 5 ms since {@link #startHeapSampler}, in MiB. */
	private static final java.util.concurrent.atomic.AtomicLong PEAK_HEAP = new java.util.concurrent.atomic.AtomicLong();

	static void startHeapSampler() {
		final Thread t = new Thread(() -> {
			final java.lang.management.MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
			while (true) {
				PEAK_HEAP.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
				try {
					Thread.sleep(5);
				}
				catch (InterruptedException e) {
					return;
				}
			}
		}, "heap-sampler");
		t.setDaemon(true);
		t.start();
	}

	static long peakHeapMiB() {
		return PEAK_HEAP.get() >> 20;
	}

	public static void main(final String[] args) throws IOException {
		if (args.length == 2 && args[0].equals("summary")) {
			FuzzSummary.print(Paths.get(args[1]), System.out);
			return;
		}
		if (args.length != 6 || !args[0].equals("run")) {
			System.err.println("usage: ReaderFuzz run OUT_DIR DICOM_DIR SEED FROM TO | ReaderFuzz summary OUT_DIR");
			System.exit(2);
		}
		final Path out = Paths.get(args[1]);
		final int from = Integer.parseInt(args[4]), to = Integer.parseInt(args[5]);
		final Path work = out.resolve("work-" + from);
		startHeapSampler();
		final ReaderFuzz fuzz = new ReaderFuzz(work, Paths.get(args[2]), Long.parseLong(args[3]));
		final Path failures = Files.createDirectories(out.resolve("failures"));
		Files.writeString(out.resolve("next"), Integer.toString(from));
		boolean hung = false;
		try (Writer results = Files.newBufferedWriter(out.resolve("results.tsv"), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
			StandardOpenOption.APPEND)) {
			for (int i = from; i < to && !hung; i++) {
				final Case c = fuzz.make(i);
				final List<OpResult> rs = fuzz.run(c);
				boolean passed = true;
				for (final OpResult r : rs) {
					results.write(String.join("\t", Integer.toString(i), c.format, c.kind, c.what, r.op, Integer.toString(r.code),
						Long.toString(r.millis), r.outcome, r.message) + "\n");
					passed &= r.passed();
					hung |= r.outcome.equals("hang");
				}
				results.flush();
				if (!passed) Files.copy(c.file, failures.resolve(c.file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
				Files.deleteIfExists(c.file);
				Files.writeString(out.resolve("next"), Integer.toString(i + 1));
			}
		}
		Files.writeString(out.resolve("heap.tsv"), from + "\t" + to + "\t" + peakHeapMiB() + "\n", StandardOpenOption.CREATE,
			StandardOpenOption.APPEND);
		System.exit(hung ? 3 : 0);
	}
}
