package com.wbiisg.mapping.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.wbiisg.mapping.Application;
import com.wbiisg.mapping.needs.Cycles;
import com.wbiisg.mapping.reporting.ReportKind;
import com.wbiisg.mapping.reporting.internal.ReportDownloads;
import com.wbiisg.mapping.reporting.internal.ReportDraft;
import com.wbiisg.mapping.reporting.internal.ReportFile;
import com.wbiisg.mapping.reporting.internal.ReportGeneration;
import com.wbiisg.mapping.reporting.internal.ReportReading;
import com.wbiisg.mapping.reporting.internal.ReportSnapshot;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The report benchmark (issue 6), run with
 * {@code ./mvnw -Pbench verify -Dtest=ReportBenchmark -Diisg.bench.scale=100}: starts the
 * platform with synthetic data at a multiple of IISG size on H2, and on PostgreSQL where
 * {@code IISG_TEST_PG_URL} names a database of one's own (its schema is emptied first),
 * then, as the Secretariat and inside the application, generates drafts of the Needs
 * Mapping Report of the synthetic cycle, cold and warm, with the heap before (after a
 * GC), at its peak, and after, and renders the PDF and the XLSX of the draft. Figures go
 * to the console and to {@code target/bench-results.md}, with the load average of the
 * machine. Not a test: the target (generation under 10 s, heap growth under 256 MB) is
 * read off the figures.
 */
class ReportBenchmark {

	private static final int SCALE = Integer.getInteger("iisg.bench.scale", 100);

	private static final List<String> DATABASES = List
		.of(System.getProperty("iisg.bench.databases", "h2,postgres").split(","));

	private static final int WARM_RUNS = Integer.getInteger("iisg.bench.warm", 3);

	private static final String PASSWORD = "Bench-Pass-12345";

	private static final long MB = 1024 * 1024;

	private final List<String> report = new ArrayList<>();

	@Test
	void measuresReportGenerationAtScale() throws Exception {
		print("# Report benchmark, scale %d (%s), %d cores, max heap %d MB".formatted(SCALE, Instant.now(),
				Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / MB));
		for (String database : DATABASES) {
			Map<String, Object> properties = properties(database.trim());
			if (properties == null) {
				print("## " + database + ": IISG_TEST_PG_URL not set or not reachable, skipped");
				continue;
			}
			run(database.trim(), properties);
		}
		Path results = Path.of("target", "bench-results.md");
		Files.write(results, this.report, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
	}

	private void run(String database, Map<String, Object> properties) throws Exception {
		long started = System.nanoTime();
		String[] args = properties.entrySet()
			.stream()
			.map((entry) -> "--" + entry.getKey() + "=" + entry.getValue())
			.toArray(String[]::new);
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
			.profiles("demo", "synthetic")
			.run(args)) {
			print("## %s: started with data in %.1f s, load average %s".formatted(database,
					(System.nanoTime() - started) / 1e9, load()));
			signIn(context);
			try {
				measure(context);
			}
			finally {
				SecurityContextHolder.clearContext();
			}
		}
	}

	private void measure(ConfigurableApplicationContext context) {
		ReportGeneration generation = context.getBean(ReportGeneration.class);
		ReportDownloads downloads = context.getBean(ReportDownloads.class);
		long cycle = context.getBean(Cycles.class)
			.list()
			.stream()
			.filter((candidate) -> candidate.name().equals("Synthetic \u00d7" + SCALE))
			.findFirst()
			.orElseThrow()
			.id();
		print("| step | wall | heap before (after GC) | heap peak | heap after | after GC | allocated | load |");
		print("|---|---|---|---|---|---|---|---|");
		Sample<ReportDraft> cold = sample(() -> generation.generate(ReportKind.NEEDS_MAPPING, null, cycle, null));
		print(cold.row("generate draft (cold)"));
		ReportDraft draft = cold.result();
		for (int i = 1; i <= WARM_RUNS; i++) {
			Sample<ReportDraft> warm = sample(() -> generation.generate(ReportKind.NEEDS_MAPPING, null, cycle, null));
			print(warm.row("generate draft (warm " + i + ")"));
			draft = warm.result();
		}
		long id = draft.getId();
		ReportSnapshot snapshot = context.getBean(ReportReading.class).snapshot(id);
		print("| snapshot of draft %d: %d needs, %d projects, %d links | | | | | | | |".formatted(
				draft.getDraftNumber(), snapshot.needs().size(), snapshot.projects().size(), snapshot.links().size()));
		// The second run finds the files kept (ReportDownloads), as a second reader
		// would.
		for (String run : List.of("made", "kept")) {
			Sample<ReportFile> pdf = sample(() -> downloads.pdf(id));
			print(pdf.row("PDF for the Secretariat (%s, %.1f MB)".formatted(run,
					pdf.result().content().length / (double) MB)));
			Sample<ReportFile> xlsx = sample(() -> downloads.xlsx(id));
			print(xlsx.row("XLSX for the Secretariat (%s, %.1f MB)".formatted(run,
					xlsx.result().content().length / (double) MB)));
		}
	}

	/**
	 * Runs the step once and measures its wall time, the heap before it (after a GC), the
	 * peak of the heap pools during it, the heap right after it and after a GC, and the
	 * bytes the thread allocated.
	 */
	private static <T> Sample<T> sample(Supplier<T> step) {
		long before = usedAfterGc();
		List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((pool) -> pool.getType() == MemoryType.HEAP)
			.toList();
		pools.forEach(MemoryPoolMXBean::resetPeakUsage);
		com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
		long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
		long start = System.nanoTime();
		T result = step.get();
		long nanos = System.nanoTime() - start;
		long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
		long peak = pools.stream().mapToLong((pool) -> pool.getPeakUsage().getUsed()).sum();
		long after = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
		return new Sample<>(result, nanos, before, peak, after, usedAfterGc(), allocated);
	}

	private static long usedAfterGc() {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	/**
	 * The load average of the machine over 1, 5 and 15 minutes.
	 */
	private static String load() {
		try {
			String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return parts[0] + " " + parts[1] + " " + parts[2];
		}
		catch (java.io.IOException ex) {
			return String.format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		}
	}

	private static void signIn(ConfigurableApplicationContext context) {
		UserDetails secretariat = context.getBean(UserDetailsService.class).loadUserByUsername("secretariat");
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(secretariat, null, secretariat.getAuthorities()));
	}

	private Map<String, Object> properties(String database) throws Exception {
		Map<String, Object> properties = new HashMap<>();
		Path data = Files.createTempDirectory("iisg-report-bench-" + database);
		properties.put("server.port", "0");
		properties.put("iisg.data-dir", data.toString());
		properties.put("iisg.demo.password", PASSWORD);
		properties.put("iisg.synthetic.scale", String.valueOf(SCALE));
		properties.put("logging.level.root", "WARN");
		properties.put("logging.level.com.wbiisg.mapping", "INFO");
		if (database.equals("postgres")) {
			String url = System.getenv("IISG_TEST_PG_URL");
			String user = System.getenv().getOrDefault("IISG_TEST_PG_USER", "postgres");
			String password = System.getenv().getOrDefault("IISG_TEST_PG_PASSWORD", "");
			if (url == null || url.isBlank()) {
				return null;
			}
			try (Connection connection = DriverManager.getConnection(url, user, password);
					Statement statement = connection.createStatement()) {
				statement.execute("drop schema if exists public cascade");
				statement.execute("create schema public");
			}
			catch (SQLException ex) {
				return null;
			}
			properties.put("spring.datasource.url", url);
			properties.put("spring.datasource.username", user);
			properties.put("spring.datasource.password", password);
		}
		return properties;
	}

	private void print(String line) {
		System.out.println(line);
		this.report.add(line);
	}

	/**
	 * One measured step.
	 */
	private record Sample<T>(T result, long nanos, long before, long peak, long after, long afterGc, long allocated) {

		String row(String step) {
			return "| %s | %.2f s | %d MB | %d MB (+%d) | %d MB | %d MB (+%d) | %d MB | %s |".formatted(step,
					nanos / 1e9, before / MB, peak / MB, (peak - before) / MB, after / MB, afterGc / MB,
					(afterGc - before) / MB, allocated / MB, load());
		}

	}

}
