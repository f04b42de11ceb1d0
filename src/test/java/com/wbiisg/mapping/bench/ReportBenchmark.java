package com.wbiisg.mapping.bench;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

/**
 * The report benchmark (issue 17), run with
 * {@code ./mvnw -Pbench verify -Dtest=ReportBenchmark -Diisg.bench.scale=100}: starts the
 * platform in a JVM of its own ({@link ForkedPlatform}, heap {@code -Diisg.bench.heap},
 * 512 MB unless given) with synthetic data at a multiple of IISG size, on H2 and on
 * PostgreSQL where {@code IISG_TEST_PG_URL} names a database of one's own (its schema is
 * emptied first), waits until the platform is quiet after its start, and takes the path
 * of the Secretariat through the HTTP API: finds the synthetic cycle, generates a draft
 * of its Needs Mapping Report (timed until the 201), then downloads the PDF and the XLSX
 * side by side right after, each timed from the generation's start until its last byte;
 * "in all" is from the start to both files downloaded. Then the same downloads again (the
 * files kept), and a second draft the same way (cold: the first after start-up; warm: the
 * second). For each round: the largest heap kept after a collection, the CPU seconds of
 * the platform's process and the machine's load average. Figures go to the console and to
 * {@code target/bench-results.md}. Not a test: the target (draft, PDF and XLSX in all
 * under 10 s at scale 100, quiet 2-core machine, 512 MB heap) is read off the figures.
 */
class ReportBenchmark {

	private static final int SCALE = Integer.getInteger("iisg.bench.scale", 100);

	private static final List<String> DATABASES = List
		.of(System.getProperty("iisg.bench.databases", "h2,postgres").split(","));

	private static final String HEAP = System.getProperty("iisg.bench.heap", "512m");

	private static final int ROUNDS = Math.max(2, Integer.getInteger("iisg.bench.rounds", 2));

	/**
	 * More arguments of the platform, such as
	 * {@code --iisg.reporting.files.warm-up=false} ({@code -Diisg.bench.arguments},
	 * separated by spaces).
	 */
	private static final List<String> ARGUMENTS = Arrays
		.stream(System.getProperty("iisg.bench.arguments", "").split(" "))
		.filter((argument) -> !argument.isBlank())
		.toList();

	private static final String SECRETARIAT = "secretariat";

	private static final double MB = 1024 * 1024;

	private final List<String> report = new ArrayList<>();

	private final ExecutorService readers = Executors.newFixedThreadPool(2);

	@Test
	void measuresReportFilesAsTheSecretariatGetsThem() throws Exception {
		print("# Report files benchmark, scale %d, heap %s%s (%s), %d cores here, load average %.2f".formatted(SCALE,
				HEAP, ARGUMENTS.isEmpty() ? "" : ", " + String.join(" ", ARGUMENTS), Instant.now(),
				Runtime.getRuntime().availableProcessors(), ForkedPlatform.loadAverage()));
		try {
			for (String database : DATABASES) {
				if (!ForkedPlatform.available(database.trim())) {
					print("## " + database + ": IISG_TEST_PG_URL not set, skipped");
					continue;
				}
				run(database.trim());
			}
		}
		finally {
			this.readers.shutdownNow();
			Files.write(Path.of("target", "bench-results.md"), this.report, StandardCharsets.UTF_8,
					StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		}
	}

	private void run(String database) throws Exception {
		long started = System.nanoTime();
		List<String> arguments = new ArrayList<>(List.of("--iisg.synthetic.scale=" + SCALE));
		arguments.addAll(ARGUMENTS);
		try (ForkedPlatform platform = ForkedPlatform.start(database, HEAP, arguments)) {
			print("## %s: started with data in %.1f s, load average %.2f, data in %s".formatted(database,
					seconds(System.nanoTime() - started), ForkedPlatform.loadAverage(), platform.dataDir()));
			long cycle = cycle(platform);
			double waited = awaitQuiet(platform);
			List<Integer> heap = platform.heapAfterCollections();
			print("Quiet (the start's indexing and warm-up done) after %.1f s more; heap after the last collection %d MB"
				.formatted(waited, heap.isEmpty() ? -1 : heap.get(heap.size() - 1)));
			print("| round | draft | PDF | XLSX | in all | PDF kept | XLSX kept | same bytes | heap after GC (max) "
					+ "| CPU of the platform | load average |");
			print("|---|---|---|---|---|---|---|---|---|---|---|");
			for (int round = 1; round <= ROUNDS; round++) {
				Round measured = round(platform, cycle);
				print(measured.row((round == 1) ? "cold" : (round == 2) ? "warm" : "warm " + (round - 1)));
			}
			print("");
		}
	}

	/**
	 * A draft generated, its files downloaded as soon as it is there, and then again.
	 */
	private Round round(ForkedPlatform platform, long cycle) throws Exception {
		int collections = platform.collections();
		double cpu = platform.cpuSeconds();
		Map<String, Double> threads = platform.cpuByThread();
		long start = System.nanoTime();
		HttpResponse<String> created = platform.postJson("/api/v1/reports", SECRETARIAT,
				"{\"kind\": \"needs_mapping\", \"cycleId\": %d}".formatted(cycle));
		long draft = System.nanoTime() - start;
		double cpuOfDraft = platform.cpuSeconds() - cpu;
		if (created.statusCode() != 201) {
			throw new IllegalStateException("The draft was not created: " + created.statusCode());
		}
		long id = ((Number) JsonPath.read(created.body(), "$.id")).longValue();
		CompletableFuture<Download> pdf = download(platform, "/api/v1/reports/" + id + ".pdf", start);
		CompletableFuture<Download> xlsx = download(platform, "/api/v1/reports/" + id + ".xlsx", start);
		Download madePdf = pdf.join();
		Download madeXlsx = xlsx.join();
		long inAll = Math.max(madePdf.nanos(), madeXlsx.nanos());
		double cpuUsed = platform.cpuSeconds() - cpu;
		String byThread = byKind(threads, platform.cpuByThread());
		int heap = platform.maxHeapAfterCollectionsSince(collections);
		double load = ForkedPlatform.loadAverage();
		Download keptPdf = download(platform, "/api/v1/reports/" + id + ".pdf", System.nanoTime()).join();
		Download keptXlsx = download(platform, "/api/v1/reports/" + id + ".xlsx", System.nanoTime()).join();
		boolean same = Arrays.equals(madePdf.bytes(), keptPdf.bytes())
				&& Arrays.equals(madeXlsx.bytes(), keptXlsx.bytes());
		return new Round(draft, madePdf, madeXlsx, inAll, keptPdf, keptXlsx, same, heap, cpuOfDraft, cpuUsed, byThread,
				load);
	}

	private CompletableFuture<Download> download(ForkedPlatform platform, String path, long from) {
		return CompletableFuture.supplyAsync(() -> {
			try {
				byte[] bytes = platform.download(path, SECRETARIAT).body();
				return new Download(bytes, System.nanoTime() - from);
			}
			catch (Exception ex) {
				throw new IllegalStateException(path + " could not be downloaded", ex);
			}
		}, this.readers);
	}

	/**
	 * Waits until the platform has done what it does after its start (building indexes,
	 * warming up): until it used less than a tenth of a core over two seconds, for five
	 * minutes at most. Answers the seconds waited.
	 */
	private static double awaitQuiet(ForkedPlatform platform) throws InterruptedException {
		long start = System.nanoTime();
		double before = platform.cpuSeconds();
		while (System.nanoTime() - start < 300e9) {
			Thread.sleep(2000);
			double now = platform.cpuSeconds();
			if (now - before < 0.2) {
				break;
			}
			before = now;
		}
		return seconds(System.nanoTime() - start);
	}

	/**
	 * The CPU seconds used between the two readings by kind of thread: requests (the
	 * draft), the snapshot's reader, the file makers, the JIT compilers, the garbage
	 * collector and the rest.
	 */
	private static String byKind(Map<String, Double> before, Map<String, Double> after) {
		Map<String, Double> kinds = new TreeMap<>();
		after
			.forEach((name, seconds) -> kinds.merge(kind(name), seconds - before.getOrDefault(name, 0.0), Double::sum));
		StringBuilder text = new StringBuilder();
		kinds.forEach((kind, seconds) -> text.append((text.length() == 0) ? "" : ", ")
			.append(ForkedPlatform.format("%s %.1f", kind, seconds)));
		return text.toString();
	}

	private static String kind(String thread) {
		if (thread.startsWith("http-nio")) {
			return "requests";
		}
		if (thread.startsWith("report-snapsho")) {
			return "snapshot reader";
		}
		if (thread.startsWith("report-files")) {
			return "file makers";
		}
		if (thread.contains("CompilerThre")) {
			return "JIT";
		}
		if (thread.startsWith("GC ") || thread.startsWith("G1 ")) {
			return "GC";
		}
		return "other";
	}

	private static long cycle(ForkedPlatform platform) throws Exception {
		String name = "Synthetic \u00d7" + SCALE;
		List<Number> ids = JsonPath.read(platform.get("/api/v1/cycles", SECRETARIAT).body(),
				"$[?(@.name == '" + name + "')].id");
		if (ids.isEmpty()) {
			throw new IllegalStateException("No cycle " + name);
		}
		return ids.get(0).longValue();
	}

	private static double seconds(long nanos) {
		return nanos / 1e9;
	}

	private void print(String line) {
		System.out.println(line);
		this.report.add(line);
	}

	/**
	 * A file downloaded: its bytes and when its last byte came, from the start given.
	 */
	private record Download(byte[] bytes, long nanos) {
	}

	/**
	 * One round's figures.
	 */
	private record Round(long draft, Download pdf, Download xlsx, long inAll, Download keptPdf, Download keptXlsx,
			boolean same, int heap, double cpuOfDraft, double cpu, String byThread, double load) {

		String row(String round) {
			return ForkedPlatform.format(
					"| %s | %.2f s | %.2f s (%.1f MB) | %.2f s (%.1f MB) | %.2f s | %.2f s | %.2f s | %s | %d MB "
							+ "| %.1f s (draft %.1f s; %s) | %.2f |",
					round, seconds(this.draft), seconds(this.pdf.nanos()), this.pdf.bytes().length / MB,
					seconds(this.xlsx.nanos()), this.xlsx.bytes().length / MB, seconds(this.inAll),
					seconds(this.keptPdf.nanos()), seconds(this.keptXlsx.nanos()), this.same ? "yes" : "NO", this.heap,
					this.cpu, this.cpuOfDraft, this.byThread, this.load);
		}

	}

}
