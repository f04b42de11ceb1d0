package com.wbiisg.mapping.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The needs template import through the path a user takes (issue 17), run with
 * {@code ./mvnw -Pbench verify -Dtest=ExchangeBenchmark}: the platform is started in a
 * JVM of its own ({@link ForkedPlatform}, demo data), the Secretariat opens a new cycle
 * through the API, a needs workbook of {@code -Diisg.bench.rows} rows (default 50,000)
 * for North Macedonia is written for it, and {@code mk.focal} uploads it, polls its job
 * until the preview is ready, confirms it and polls until it is done (every 100 ms). On
 * each database of {@code -Diisg.bench.databases} (h2,postgres), once with the previews
 * kept for their confirmation (the default) and once on a platform that keeps none
 * ({@code --iisg.exchange.kept-previews=0B}: the confirmation reads the file again;
 * {@code
 * -Diisg.bench.previews=kept} or {@code read-again} runs one of them), each
 * {@code -Diisg.bench.rounds} times (default 2: the first on a cold JVM, a new cycle
 * each). Prints, for the preview (upload to preview ready) and the confirmation (confirm
 * to done): seconds, rows/s (target at least 20,000), the CPU seconds the platform's
 * process used meanwhile, the largest heap kept after a collection, the seconds each
 * tenth of the work took by the job's progress, and the load average of the machine when
 * the phase began. On PostgreSQL also the CPU seconds of the database's server processes
 * ({@link DatabaseCpu}). Each phase starts once the platform is idle. Figures go to the
 * console and to {@code target/bench-results.md}.
 */
class ExchangeBenchmark {

	private static final int ROWS = Integer.getInteger("iisg.bench.rows", 50_000);

	private static final int ROUNDS = Integer.getInteger("iisg.bench.rounds", 2);

	private static final List<String> DATABASES = List
		.of(System.getProperty("iisg.bench.databases", "h2,postgres").split(","));

	private static final String HEAP = System.getProperty("iisg.bench.heap", "default");

	/**
	 * Which previews the platform keeps: {@code kept}, {@code read-again} or both.
	 */
	private static final List<String> PREVIEWS = List
		.of(System.getProperty("iisg.bench.previews", "kept,read-again").split(","));

	private static final String SECRETARIAT = "secretariat";

	private static final String FOCAL_POINT = "mk.focal";

	/**
	 * The importer and the needs module log how long each step took, in the platform's
	 * log.
	 */
	private static final List<String> TIMINGS = List.of(
			"--logging.level.com.wbiisg.mapping.exchange.internal.NeedsXlsxImporter=DEBUG",
			"--logging.level.com.wbiisg.mapping.needs.internal.NeedImporting=DEBUG");

	/**
	 * The status and progress at the head of a job's JSON, read without parsing its
	 * preview: the benchmark's polls should cost the machine little.
	 */
	private static final Pattern HEAD = Pattern.compile("\"status\":\"(\\w+)\",\"progress\":(\\d+)");

	private final List<String> report = new ArrayList<>();

	@Test
	void measuresTheNeedsTemplateImportThroughTheApi() throws Exception {
		print("# Needs template import through the API, %d rows (%s), %d cores, heap %s".formatted(ROWS, Instant.now(),
				Runtime.getRuntime().availableProcessors(), HEAP));
		print("");
		print("| database | previews | round | phase | seconds | rows/s | platform CPU s | database CPU s | "
				+ "heap kept max | seconds per tenth of the work | outcome |");
		print("|---|---|---|---|---|---|---|---|---|---|---|");
		for (String database : DATABASES) {
			for (String previews : PREVIEWS) {
				boolean kept = previews.trim().equals("kept");
				if (!ForkedPlatform.available(database.trim())) {
					print("| %s | | | skipped: IISG_TEST_PG_URL not set |".formatted(database));
					continue;
				}
				run(database.trim(), kept);
			}
		}
		Files.write(Path.of("target", "bench-results.md"), this.report, StandardCharsets.UTF_8,
				StandardOpenOption.CREATE, StandardOpenOption.APPEND);
	}

	private void run(String database, boolean kept) throws Exception {
		List<String> extra = new ArrayList<>(TIMINGS);
		if (!kept) {
			extra.add("--iisg.exchange.kept-previews=0B");
		}
		String previews = kept ? "kept" : "read again";
		try (ForkedPlatform platform = ForkedPlatform.start(database, HEAP.equals("default") ? null : HEAP, extra);
				DatabaseCpu server = DatabaseCpu.of(database)) {
			for (int round = 1; round <= ROUNDS; round++) {
				Path file = workbook(platform);
				settle(platform);
				int collections = platform.collections();
				double load = ForkedPlatform.loadAverage();
				double cpu = platform.cpuSeconds();
				serverSeconds(server);
				long started = System.nanoTime();
				String job = JsonPath
					.read(platform.upload("/api/v1/imports", FOCAL_POINT, Map.of("kind", "needs-xlsx"), file).body(),
							"$.jobId")
					.toString();
				double uploaded = (System.nanoTime() - started) / 1e9;
				Polled preview = await(platform, job, "PREVIEW_READY", started);
				line(database, previews, round, "preview", preview, platform.cpuSeconds() - cpu, serverSeconds(server),
						platform.maxHeapAfterCollectionsSince(collections),
						ForkedPlatform.format("upload %.2f s; create %s, update %s, skip %s, errors %s; load %.1f",
								uploaded, JsonPath.read(preview.json(), "$.preview.create"),
								JsonPath.read(preview.json(), "$.preview.update"),
								JsonPath.read(preview.json(), "$.preview.skip"),
								JsonPath.read(preview.json(), "$.preview.errors.length()"), load));
				settle(platform);
				collections = platform.collections();
				load = ForkedPlatform.loadAverage();
				cpu = platform.cpuSeconds();
				serverSeconds(server);
				started = System.nanoTime();
				platform.postJson("/api/v1/imports/" + job + "/confirm", FOCAL_POINT, "{}");
				Polled confirm = await(platform, job, "DONE", started);
				line(database, previews, round, "confirm", confirm, platform.cpuSeconds() - cpu, serverSeconds(server),
						platform.maxHeapAfterCollectionsSince(collections),
						ForkedPlatform.format("created %s, updated %s, unchanged %s; load %.1f",
								JsonPath.read(confirm.json(), "$.result.created"),
								JsonPath.read(confirm.json(), "$.result.updated"),
								JsonPath.read(confirm.json(), "$.result.unchanged"), load));
				Files.deleteIfExists(file);
			}
			print(ForkedPlatform.format("| %s | %s | | platform CPU | %.1f s in all | | | | | | %s |", database,
					previews, platform.cpuSeconds(), platform.dataDir()));
		}
	}

	/**
	 * A new open cycle of the adopted WBCTi framework, opened by the Secretariat through
	 * the API, and a filled needs template of North Macedonia for it.
	 */
	private static Path workbook(ForkedPlatform platform) throws Exception {
		String frameworks = platform.get("/api/v1/frameworks?initiative=WBCTi", SECRETARIAT).body();
		List<Number> adopted = JsonPath.read(frameworks, "$[?(@.status == 'ADOPTED')].id");
		long framework = adopted.get(0).longValue();
		List<String> measures = JsonPath.read(
				platform.get("/api/v1/frameworks/" + framework + "/tree", SECRETARIAT).body(),
				"$..[?(@.level == 'MEASURE')].code");
		String cycle = platform.postJson("/api/v1/cycles", SECRETARIAT,
				"{\"frameworkId\":%d,\"name\":\"Bench cycle %d\",\"opensOn\":\"2025-01-01\",\"closesOn\":\"2026-12-31\"}"
					.formatted(framework, System.nanoTime()))
			.body();
		Path file = Files.createTempFile("iisg-bench-needs", ".xlsx");
		write(file, ((Number) JsonPath.read(cycle, "$.id")).longValue(), JsonPath.read(cycle, "$.name"), framework,
				measures);
		return file;
	}

	private static void write(Path file, long cycle, String cycleName, long framework, List<String> measures)
			throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(file)) {
			workbook.createSheet("Instructions");
			Sheet sheet = workbook.createSheet("Needs");
			Row head = sheet.createRow(0);
			String[] headers = { "Need id", "Version", "Measure code", "Measure", "Title", "Description", "Type",
					"Perspective", "Priority", "Institution", "Estimated cost (EUR)", "Timeframe", "Start", "End",
					"References", "Restricted", "Status" };
			for (int i = 0; i < headers.length; i++) {
				head.createCell(i).setCellValue(headers[i]);
			}
			String[] types = { "LEGISLATIVE", "INSTITUTIONAL", "OPERATIONAL" };
			String[] priorities = { "HIGH", "MEDIUM", "LOW" };
			for (int i = 1; i <= ROWS; i++) {
				Row row = sheet.createRow(i);
				row.createCell(2).setCellValue(measures.get(i % measures.size()));
				row.createCell(4).setCellValue("Benchmark need " + i + " on capacity building");
				row.createCell(5).setCellValue("Synthetic need " + i + " for the exchange benchmark.");
				row.createCell(6).setCellValue(types[i % 3]);
				row.createCell(7).setCellValue((i % 2 == 0) ? "PREVENTION" : "RESPONSE");
				row.createCell(8).setCellValue(priorities[i % 3]);
				row.createCell(9).setCellValue("Ministry of Interior");
				row.createCell(10).setCellValue(10_000 + i);
				row.createCell(11).setCellValue("MEDIUM");
				row.createCell(14).setCellValue("JAP2; national strategy");
				row.createCell(15).setCellValue("NO");
			}
			var custom = workbook.getXSSFWorkbook().getProperties().getCustomProperties();
			custom.addProperty("iisg.template", "needs");
			custom.addProperty("iisg.templateVersion", "1");
			custom.addProperty("iisg.cycle", String.valueOf(cycle));
			custom.addProperty("iisg.cycleName", cycleName);
			custom.addProperty("iisg.partner", "MK");
			custom.addProperty("iisg.framework", String.valueOf(framework));
			workbook.write(out);
		}
	}

	/**
	 * Waits until the platform is idle (less than a fifth of a core over half a second,
	 * for at most a minute), so that what an earlier phase left running (the suggestions
	 * of a large import are indexed in the background) does not count in the next.
	 */
	private static void settle(ForkedPlatform platform) throws InterruptedException {
		long end = System.nanoTime() + 60_000_000_000L;
		double before = platform.cpuSeconds();
		while (System.nanoTime() < end) {
			Thread.sleep(500);
			double now = platform.cpuSeconds();
			if (now - before < 0.1) {
				return;
			}
			before = now;
		}
	}

	private static double serverSeconds(DatabaseCpu server) throws SQLException {
		return (server == null) ? Double.NaN : server.seconds();
	}

	/**
	 * Polls the job until it has the status wanted, noting when its progress passed each
	 * tenth.
	 */
	private static Polled await(ForkedPlatform platform, String job, String wanted, long started) throws Exception {
		double[] tenths = new double[10];
		int reached = 0;
		while (true) {
			String json = platform.get("/api/v1/jobs/" + job, FOCAL_POINT).body();
			Matcher head = HEAD.matcher(json);
			if (!head.find()) {
				throw new IllegalStateException("No status in " + json.substring(0, Math.min(json.length(), 500)));
			}
			String status = head.group(1);
			int progress = Integer.parseInt(head.group(2));
			double now = (System.nanoTime() - started) / 1e9;
			while (reached < 10 && (progress >= (reached + 1) * 10 || status.equals(wanted))) {
				tenths[reached++] = now;
			}
			if (status.equals(wanted)) {
				return new Polled(now, tenths, json);
			}
			if (status.equals("FAILED")) {
				throw new IllegalStateException("The job failed: " + json.substring(0, Math.min(json.length(), 2000)));
			}
			Thread.sleep(100);
		}
	}

	private void line(String database, String previews, int round, String phase, Polled polled, double cpu,
			double serverCpu, int heapKept, String outcome) {
		StringJoiner tenths = new StringJoiner(" ");
		double before = 0;
		for (double at : polled.tenths()) {
			tenths.add(ForkedPlatform.format("%.2f", at - before));
			before = at;
		}
		print(ForkedPlatform.format("| %s | %s | %d | %s | %.2f | %,.0f | %.1f | %s | %s | %s | %s |", database,
				previews, round, phase, polled.seconds(), ROWS / polled.seconds(), cpu,
				Double.isNaN(serverCpu) ? "" : ForkedPlatform.format("%.1f", serverCpu),
				(heapKept < 0) ? "no collection" : heapKept + " MB", tenths, outcome));
	}

	private void print(String line) {
		System.out.println(line);
		this.report.add(line);
	}

	private record Polled(double seconds, double[] tenths, String json) {
	}

}
