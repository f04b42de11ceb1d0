package com.wbiisg.mapping.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.wbiisg.mapping.Application;
import com.wbiisg.mapping.exchange.ImportPreview;
import com.wbiisg.mapping.exchange.internal.ImportFile;
import com.wbiisg.mapping.exchange.internal.ImportProgress;
import com.wbiisg.mapping.exchange.internal.Importer;
import com.wbiisg.mapping.identity.CurrentUser;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The IATI import benchmark (issue 7), run with
 * {@code ./mvnw -Pbench verify -Dtest=IatiBenchmark}: generates an IATI activities file
 * of at least {@code -Diisg.bench.iati.mb} megabytes (default 100) under {@code target/}
 * from the real samples, every activity with an identifier of its own, then, in a JVM
 * limited to 256 MB of heap, passes over it with raw StAX (counting elements) and with
 * the platform's reader and mapping, and prints the throughput of both, their ratio
 * (target: at least 50%) and the peak heap used (target: under 256 MB). Figures go to the
 * console and to {@code target/bench-results.md}. Last, the importer's preview of the
 * file runs on the demo data in H2. Not a test: it asserts nothing but that the passes
 * ran.
 */
class IatiBenchmark {

	private static final int MEGABYTES = Integer.getInteger("iisg.bench.iati.mb", 100);

	static final Path SAMPLES = Path.of("..", "shared", "data", "iati", "activities");

	private static final Path FILE = Path.of("target", "iati-bench", "activities-" + MEGABYTES + "mb.xml");

	private static final Pattern ACTIVITY = Pattern.compile("(?s)<iati-activity[\\s>].*?</iati-activity>");

	private static final Pattern IDENTIFIER = Pattern.compile("<iati-identifier>([^<]*)</iati-identifier>");

	@Test
	void readsALargeFileInLittleMemoryNearTheSpeedOfRawStax() throws Exception {
		Assumptions.assumeTrue(Files.isDirectory(SAMPLES), "The IATI samples are not at " + SAMPLES + "; skipped.");
		generate();
		List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
				"-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), IatiBenchmarkPasses.class.getName(),
				FILE.toString());
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		List<String> output = new ArrayList<>();
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				System.out.println(line);
				output.add(line);
			}
		}
		int exit = process.waitFor();
		List<String> report = new ArrayList<>();
		report.add("");
		report.add("## IATI import benchmark (" + java.time.Instant.now() + ")");
		report.add("");
		report
			.add("File: " + FILE + " (" + Files.size(FILE) / (1024 * 1024) + " MB); forked JVM -Xmx256m, exit " + exit);
		report.add("");
		output.forEach((line) -> report.add("    " + line));
		Files.write(Path.of("target", "bench-results.md"), report, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
				StandardOpenOption.APPEND);
		if (exit != 0) {
			throw new AssertionError("The passes failed under a 256 MB heap (exit " + exit + ")");
		}
		List<String> preview = preview();
		preview.forEach(System.out::println);
		Files.write(Path.of("target", "bench-results.md"), preview.stream().map((line) -> "    " + line).toList(),
				StandardCharsets.UTF_8, StandardOpenOption.APPEND);
	}

	/**
	 * The importer's preview of the file as the Secretariat, on the demo data in H2:
	 * reads, maps and looks every Western Balkan activity up in the database, writing
	 * nothing.
	 */
	private static List<String> preview() throws IOException {
		Path data = Files.createTempDirectory("iisg-bench-iati");
		String[] args = { "--server.port=0", "--iisg.data-dir=" + data, "--iisg.demo.password=Bench-Iati-Pass-1",
				"--iisg.analysis.index.in-memory=true", "--iisg.exchange.iati.max-file-size=1GB",
				"--logging.level.root=WARN" };
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class).profiles("demo")
			.run(args)) {
			UserDetails secretariat = context.getBean(UserDetailsService.class).loadUserByUsername("secretariat");
			CurrentUser user = ((CurrentUser.CurrentUserHolder) secretariat).currentUser();
			Importer iati = context.getBeansOfType(Importer.class)
				.values()
				.stream()
				.filter((importer) -> importer.kind().equals("iati"))
				.findFirst()
				.orElseThrow();
			SecurityContextHolder.getContext()
				.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(secretariat, null,
						secretariat.getAuthorities()));
			try {
				MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
				System.gc();
				long before = memory.getHeapMemoryUsage().getUsed();
				long start = System.nanoTime();
				ImportPreview result = iati.preview(
						new ImportFile(FILE, FILE.getFileName().toString(), user, Map.of("initiative", "WBCTi")),
						ImportProgress.NONE);
				double seconds = (System.nanoTime() - start) / 1e9;
				long after = memory.getHeapMemoryUsage().getUsed();
				double megabytes = Files.size(FILE) / (1024.0 * 1024.0);
				return List.of(String.format(Locale.ROOT,
						"preview on H2 (demo data): %.2f s, %.1f MB/s; create %d, update %d, unchanged %d, skip %d, "
								+ "errors %d; heap grew by %.1f MB while previewing",
						seconds, megabytes / seconds, result.create(), result.update(), result.unchanged(),
						result.skip(), result.errors().size(), (after - before) / (1024.0 * 1024.0)));
			}
			finally {
				SecurityContextHolder.clearContext();
			}
		}
	}

	/**
	 * Writes the activities of every sample again and again, numbering their identifiers,
	 * until the file has the size wanted; an existing file of that size is kept.
	 */
	static Path generate() throws IOException {
		if (Files.exists(FILE) && Files.size(FILE) >= MEGABYTES * 1024L * 1024L) {
			return FILE;
		}
		List<String> activities = new ArrayList<>();
		try (Stream<Path> samples = Files.list(SAMPLES)) {
			for (Path sample : samples.filter((path) -> path.toString().endsWith(".xml")).sorted().toList()) {
				Matcher matcher = ACTIVITY.matcher(Files.readString(sample));
				while (matcher.find()) {
					activities.add(matcher.group());
				}
			}
		}
		Files.createDirectories(FILE.getParent());
		long target = MEGABYTES * 1024L * 1024L;
		long written = 0;
		try (BufferedWriter out = Files.newBufferedWriter(FILE, StandardCharsets.UTF_8)) {
			out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<iati-activities version=\"2.03\">\n");
			for (int copy = 1; written < target; copy++) {
				for (String activity : activities) {
					String suffix = "-B" + copy;
					String numbered = IDENTIFIER.matcher(activity)
						.replaceFirst((found) -> "<iati-identifier>" + Matcher.quoteReplacement(found.group(1) + suffix)
								+ "</iati-identifier>");
					out.write(numbered);
					out.write('\n');
					written += numbered.length() + 1;
				}
			}
			out.write("</iati-activities>\n");
		}
		return FILE;
	}

}
