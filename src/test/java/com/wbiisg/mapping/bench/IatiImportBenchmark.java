package com.wbiisg.mapping.bench;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Supplier;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

import com.fasterxml.aalto.stax.InputFactoryImpl;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The IATI import through the path a user takes (issue 17), run with
 * {@code ./mvnw -Pbench verify -Dtest=IatiImportBenchmark}: a generated IATI file of
 * {@code -Diisg.bench.iati.mb} megabytes (default 100, see {@link IatiBenchmark}) is
 * uploaded to the platform started in a JVM of its own ({@link ForkedPlatform}) as the
 * Secretariat, its preview polled until ready, confirmed and polled until done; then the
 * same file again (every activity unchanged). On each database of
 * {@code -Diisg.bench.databases} (h2,postgres) and heap of {@code -Diisg.bench.heaps}
 * (default,256m), with the file sent as the request's body, read while it arrives, or as
 * a form's file part, by {@code -Diisg.bench.uploads} (body; body,form for both). Before
 * each round, the floor: a raw StAX pass over the same file in this JVM (warmed up, best
 * of three). Prints, for the preview (upload to preview ready) and the confirmation
 * (confirm to done): seconds, MB/s, the share of the floor's MB/s (target at least 50 %),
 * the largest heap kept after a collection in the platform, and the seconds each tenth of
 * the file took by the job's progress, so that a cost growing with the file shows.
 * Figures go to the console and to {@code target/bench-results.md}.
 */
class IatiImportBenchmark {

	private static final List<String> DATABASES = List
		.of(System.getProperty("iisg.bench.databases", "h2,postgres").split(","));

	private static final List<String> HEAPS = List
		.of(System.getProperty("iisg.bench.heaps", "default,256m").split(","));

	private static final List<String> UPLOADS = List.of(System.getProperty("iisg.bench.uploads", "body").split(","));

	private static final String USER = "secretariat";

	private final List<String> report = new ArrayList<>();

	@Test
	void measuresTheIatiImportThroughTheApi() throws Exception {
		Assumptions.assumeTrue(Files.isDirectory(IatiBenchmark.SAMPLES),
				"The IATI samples are not at " + IatiBenchmark.SAMPLES + "; skipped.");
		Path file = IatiBenchmark.generate();
		double megabytes = Files.size(file) / (1024.0 * 1024.0);
		print("# IATI import through the API, %.1f MB (%s), %d cores".formatted(megabytes, Instant.now(),
				Runtime.getRuntime().availableProcessors()));
		print("");
		print("| database | heap | upload | round | phase | seconds | MB/s | floor MB/s JDK warm / JDK cold / Aalto warm | share of floor JDK warm / JDK cold / Aalto warm "
				+ "| heap after GC min-max | seconds per tenth of the file | outcome |");
		print("|---|---|---|---|---|---|---|---|---|---|---|---|");
		for (String database : DATABASES) {
			for (String heap : HEAPS) {
				if (!ForkedPlatform.available(database.trim())) {
					print("| %s | %s | skipped: IISG_TEST_PG_URL not set |".formatted(database, heap));
					continue;
				}
				for (String upload : UPLOADS) {
					run(database.trim(), heap.trim(), upload.trim(), file, megabytes);
				}
			}
		}
		Files.write(Path.of("target", "bench-results.md"), this.report, StandardCharsets.UTF_8,
				StandardOpenOption.CREATE, StandardOpenOption.APPEND);
	}

	private void run(String database, String heap, String upload, Path file, double megabytes) throws Exception {
		List<String> limits = List.of("--iisg.exchange.iati.max-file-size=2GB", "--iisg.exchange.max-upload-size=2GB",
				"--spring.servlet.multipart.max-file-size=2GB", "--spring.servlet.multipart.max-request-size=2GB");
		try (ForkedPlatform platform = ForkedPlatform.start(database, heap.equals("default") ? null : heap, limits)) {
			for (String round : List.of("fresh", "again")) {
				double[] floor = { megabytes / floorSeconds(file, XMLInputFactory::newDefaultFactory),
						megabytes / coldFloorSeconds(file), megabytes / floorSeconds(file, InputFactoryImpl::new) };
				int collections = platform.collections();
				double load = ForkedPlatform.loadAverage();
				long started = System.nanoTime();
				String job = JsonPath.read(upload(platform, upload, file).body(), "$.jobId").toString();
				double uploaded = (System.nanoTime() - started) / 1e9;
				Polled preview = await(platform, job, "PREVIEW_READY", started);
				line(database, heap + " | " + upload, round, "preview", preview, megabytes, floor,
						heap(platform, collections),
						"upload %.2f s; create %s, update %s, unchanged %s, skip %s, errors %s, load %.1f".formatted(
								uploaded, JsonPath.read(preview.json(), "$.preview.create"),
								JsonPath.read(preview.json(), "$.preview.update"),
								JsonPath.read(preview.json(), "$.preview.unchanged"),
								JsonPath.read(preview.json(), "$.preview.skip"),
								JsonPath.read(preview.json(), "$.preview.errors.length()"), load));
				collections = platform.collections();
				load = ForkedPlatform.loadAverage();
				started = System.nanoTime();
				platform.postJson("/api/v1/imports/" + job + "/confirm", USER, "{}");
				Polled confirm = await(platform, job, "DONE", started);
				line(database, heap + " | " + upload, round, "confirm", confirm, megabytes, floor,
						heap(platform, collections),
						"created %s, updated %s, unchanged %s, load %.1f".formatted(
								JsonPath.read(confirm.json(), "$.result.created"),
								JsonPath.read(confirm.json(), "$.result.updated"),
								JsonPath.read(confirm.json(), "$.result.unchanged"), load));
			}
			print("| %s | %s | %s | | platform CPU | %.1f s in all | | | | | | %s |".formatted(database, heap, upload,
					platform.cpuSeconds(), platform.dataDir()));
		}
	}

	/**
	 * The file as the request's body (read while it arrives), or as a form's file part.
	 */
	private static HttpResponse<String> upload(ForkedPlatform platform, String how, Path file) throws Exception {
		return how.equals("form")
				? platform.upload("/api/v1/imports", USER, Map.of("kind", "iati", "initiative", "WBCTi"), file)
				: platform.uploadBody("/api/v1/imports?kind=iati&initiative=WBCTi", USER, "application/xml", file);
	}

	private static String heap(ForkedPlatform platform, int collections) throws Exception {
		return platform.minHeapAfterCollectionsSince(collections) + "-"
				+ platform.maxHeapAfterCollectionsSince(collections) + " MB";
	}

	/**
	 * Polls the job until it has the status wanted, noting when its progress passed each
	 * tenth.
	 */
	private static Polled await(ForkedPlatform platform, String job, String wanted, long started) throws Exception {
		double[] tenths = new double[10];
		int reached = 0;
		while (true) {
			String json = platform.get("/api/v1/jobs/" + job, USER).body();
			String status = JsonPath.read(json, "$.status");
			int progress = ((Number) JsonPath.read(json, "$.progress")).intValue();
			double now = (System.nanoTime() - started) / 1e9;
			while (reached < 10 && (progress >= (reached + 1) * 10 || status.equals(wanted))) {
				tenths[reached++] = now;
			}
			if (status.equals(wanted)) {
				return new Polled(now, tenths, json);
			}
			if (status.equals("FAILED")) {
				throw new IllegalStateException("The job failed: " + json);
			}
			Thread.sleep(100);
		}
	}

	private void line(String database, String heap, String round, String phase, Polled polled, double megabytes,
			double[] floor, String heapKept, String outcome) {
		StringJoiner tenths = new StringJoiner(" ");
		double before = 0;
		for (double at : polled.tenths()) {
			tenths.add(ForkedPlatform.format("%.2f", at - before));
			before = at;
		}
		double rate = megabytes / polled.seconds();
		print(ForkedPlatform.format(
				"| %s | %s | %s | %s | %.2f | %.1f | %.1f / %.1f / %.1f | %.0f / %.0f / %.0f %% | %s | %s | %s |",
				database, heap, round, phase, polled.seconds(), rate, floor[0], floor[1], floor[2],
				100 * rate / floor[0], 100 * rate / floor[1], 100 * rate / floor[2], heapKept, tenths, outcome));
	}

	/**
	 * The floor: a raw StAX pass over the file with the platform's settings of the
	 * parser, counting elements; best of three after a warm-up pass. The target is set
	 * against the JDK's parser; the platform reads with Aalto's, whose own floor is
	 * printed beside it.
	 */
	static double floorSeconds(Path file, Supplier<XMLInputFactory> parser) throws Exception {
		raw(file, parser.get());
		double best = Double.MAX_VALUE;
		for (int i = 0; i < 3; i++) {
			long start = System.nanoTime();
			raw(file, parser.get());
			best = Math.min(best, (System.nanoTime() - start) / 1e9);
		}
		return best;
	}

	/**
	 * The floor as the platform meets a file first: one raw pass in a new JVM, whose
	 * compiler has not yet seen the parser.
	 */
	static double coldFloorSeconds(Path file) throws Exception {
		Process pass = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), RawStaxPass.class.getName(), file.toString())
			.redirectErrorStream(true)
			.start();
		String output = new String(pass.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
		if (pass.waitFor() != 0) {
			throw new IllegalStateException("The cold pass failed: " + output);
		}
		return Double.parseDouble(output.substring(output.lastIndexOf('\n') + 1));
	}

	static long raw(Path file, XMLInputFactory factory) throws Exception {
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
		factory.setProperty(XMLInputFactory.IS_COALESCING, true);
		factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
		long elements = 0;
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024)) {
			XMLStreamReader xml = factory.createXMLStreamReader(in);
			while (xml.hasNext()) {
				if (xml.next() == XMLStreamConstants.START_ELEMENT) {
					elements++;
				}
			}
			xml.close();
		}
		return elements;
	}

	private void print(String line) {
		System.out.println(line);
		this.report.add(line);
	}

	private record Polled(double seconds, double[] tenths, String json) {
	}

}
