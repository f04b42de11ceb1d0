package com.wbiisg.mapping.bench;

import java.io.IOException;
import java.io.OutputStream;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.wbiisg.mapping.Application;
import com.wbiisg.mapping.exchange.internal.ImportFile;
import com.wbiisg.mapping.exchange.internal.ImportPreview;
import com.wbiisg.mapping.exchange.internal.ImportProgress;
import com.wbiisg.mapping.exchange.internal.ImportResult;
import com.wbiisg.mapping.exchange.internal.Importer;
import com.wbiisg.mapping.framework.FrameworkStatus;
import com.wbiisg.mapping.framework.FrameworkTree;
import com.wbiisg.mapping.framework.Frameworks;
import com.wbiisg.mapping.framework.ItemLevel;
import com.wbiisg.mapping.identity.CurrentUser;
import com.wbiisg.mapping.needs.CycleView;
import com.wbiisg.mapping.needs.internal.CycleAdministration;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The needs template benchmark (issue 7), run with
 * {@code ./mvnw -Pbench verify -Dtest=ExchangeBenchmark}: writes a needs workbook of
 * {@code -Diisg.bench.rows} rows (by default 50,000) for North Macedonia in a new open
 * cycle, then previews and imports it with the {@code needs-xlsx} importer as the
 * platform's job runner does (the confirmation in one transaction), on H2 and on the
 * PostgreSQL database of {@code IISG_TEST_PG_URL} (its public schema is emptied first).
 * Prints rows per second of the preview and of the import, the CPU time of the thread
 * that runs them, and the heap. Not a test: it asserts nothing, the targets are read off
 * the figures.
 */
class ExchangeBenchmark {

	private static final int ROWS = Integer.getInteger("iisg.bench.rows", 50_000);

	private static final List<String> DATABASES = List
		.of(System.getProperty("iisg.bench.databases", "h2,postgres").split(","));

	private static final String PASSWORD = "Bench-Pass-12345";

	private final List<String> report = new ArrayList<>();

	@Test
	void measuresTheNeedsTemplateImport() throws Exception {
		print("# Exchange benchmark, %d rows (%s), %d cores, max heap %d MB".formatted(ROWS, Instant.now(),
				Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1024 * 1024)));
		for (String database : DATABASES) {
			Map<String, Object> properties = properties(database.trim());
			if (properties == null) {
				print("## " + database + ": not reachable, skipped");
				continue;
			}
			run(database.trim(), properties);
		}
		Files.write(Path.of("target", "bench-results.md"), this.report, StandardCharsets.UTF_8,
				StandardOpenOption.CREATE, StandardOpenOption.APPEND);
	}

	private void run(String database, Map<String, Object> properties) throws Exception {
		String[] args = properties.entrySet()
			.stream()
			.map((entry) -> "--" + entry.getKey() + "=" + entry.getValue())
			.toArray(String[]::new);
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class).profiles("demo")
			.run(args)) {
			signIn(context, "secretariat");
			Frameworks frameworks = context.getBean(Frameworks.class);
			long framework = frameworks.versions("WBCTi")
				.stream()
				.filter((version) -> version.status() == FrameworkStatus.ADOPTED)
				.findFirst()
				.orElseThrow()
				.id();
			CycleView cycle = context.getBean(CycleAdministration.class)
				.open(framework, "Bench cycle " + System.nanoTime(), LocalDate.of(2025, 1, 1),
						LocalDate.of(2026, 12, 31));
			List<String> measures = frameworks.tree(framework)
				.flatten()
				.stream()
				.filter((node) -> node.level() == ItemLevel.MEASURE)
				.map(FrameworkTree.Node::code)
				.toList();
			Path file = Files.createTempFile("iisg-bench-needs", ".xlsx");
			long written = System.nanoTime();
			write(file, cycle, framework, measures);
			print("## %s: %d rows written in %.1f s (%d KB)".formatted(database, ROWS,
					(System.nanoTime() - written) / 1e9, Files.size(file) / 1024));
			CurrentUser mk = signIn(context, "mk.focal");
			Importer importer = context.getBeansOfType(Importer.class)
				.values()
				.stream()
				.filter((candidate) -> candidate.kind().equals("needs-xlsx"))
				.findFirst()
				.orElseThrow();
			ImportFile upload = new ImportFile(file, "bench.xlsx", mk, Map.of());
			System.gc();
			resetPeaks();
			long started = System.nanoTime();
			long cpu = cpuTime();
			ImportPreview preview = importer.preview(upload, ImportProgress.NONE);
			double previewSeconds = (System.nanoTime() - started) / 1e9;
			double previewCpu = (cpuTime() - cpu) / 1e9;
			long previewPeak = peakHeap();
			TransactionTemplate transaction = new TransactionTemplate(
					context.getBean(PlatformTransactionManager.class));
			System.gc();
			resetPeaks();
			started = System.nanoTime();
			cpu = cpuTime();
			ImportResult result = transaction.execute((status) -> importer.confirm(upload, ImportProgress.NONE));
			double confirmSeconds = (System.nanoTime() - started) / 1e9;
			double confirmCpu = (cpuTime() - cpu) / 1e9;
			long confirmPeak = peakHeap();
			print("| %s | figure |".formatted(database));
			print("|---|---|");
			print("| preview: %d new, %d errors | %.1f s, %,.0f rows/s, CPU %.1f s, peak heap %d MB |".formatted(
					preview.create(), preview.errors().size(), previewSeconds, ROWS / previewSeconds, previewCpu,
					previewPeak));
			print("| import (one transaction): %d created | %.1f s, %,.0f rows/s, CPU %.1f s, peak heap %d MB |"
				.formatted(result.created(), confirmSeconds, ROWS / confirmSeconds, confirmCpu, confirmPeak));
			Files.deleteIfExists(file);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private static void write(Path file, CycleView cycle, long framework, List<String> measures) throws IOException {
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
			custom.addProperty("iisg.cycle", String.valueOf(cycle.id()));
			custom.addProperty("iisg.cycleName", cycle.name());
			custom.addProperty("iisg.partner", "MK");
			custom.addProperty("iisg.framework", String.valueOf(framework));
			workbook.write(out);
		}
	}

	private static CurrentUser signIn(ConfigurableApplicationContext context, String username) {
		UserDetails user = context.getBean(UserDetailsService.class).loadUserByUsername(username);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		return ((CurrentUser.CurrentUserHolder) user).currentUser();
	}

	/**
	 * The CPU time of the benchmark's thread: on a shared machine it varies less than the
	 * time on the clock (on H2 it includes the database's work, on PostgreSQL only the
	 * platform's).
	 */
	private static long cpuTime() {
		return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
	}

	private static void resetPeaks() {
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
	}

	private static long peakHeap() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return peak / (1024 * 1024);
	}

	private Map<String, Object> properties(String database) throws IOException {
		Map<String, Object> properties = new HashMap<>();
		Path data = Files.createTempDirectory("iisg-bench-exchange-" + database);
		properties.put("server.port", "0");
		properties.put("iisg.data-dir", data.toString());
		properties.put("iisg.demo.password", PASSWORD);
		properties.put("iisg.analysis.index.in-memory", "true");
		properties.put("logging.level.root", "WARN");
		properties.put("logging.level.com.wbiisg.mapping", "INFO");
		properties.put("logging.level.com.wbiisg.mapping.needs.internal.NeedImporting", "DEBUG");
		properties.put("logging.level.com.wbiisg.mapping.exchange.internal.NeedsXlsxImporter", "DEBUG");
		if (database.equals("postgres")) {
			String url = System.getenv("IISG_TEST_PG_URL");
			if (url == null || url.isBlank()) {
				return null;
			}
			String user = System.getenv().getOrDefault("IISG_TEST_PG_USER", "postgres");
			String password = System.getenv().getOrDefault("IISG_TEST_PG_PASSWORD", "");
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

}
