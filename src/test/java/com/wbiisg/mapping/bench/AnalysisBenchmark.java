package com.wbiisg.mapping.bench;

import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import com.wbiisg.mapping.Application;
import com.wbiisg.mapping.bench.Measurements.Latency;
import com.wbiisg.mapping.identity.CurrentUser;
import com.wbiisg.mapping.identity.TokenScope;
import com.wbiisg.mapping.identity.internal.ApiTokens;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The analysis benchmark (issue 5), run with {@code ./mvnw -Pbench verify}: starts the
 * platform with synthetic data at a multiple of IISG size ({@code -Diisg.bench.scale}, by
 * default 100) on H2 and on PostgreSQL in turn, and prints the latency of the coverage
 * matrix, the dashboard and the suggestions, and the throughput of the dashboard under
 * load next to {@code /actuator/health}, the floor, measured in the same run. Figures go
 * to the console and to {@code target/bench-results.md}. Not a test: it asserts nothing,
 * the targets are read off the figures.
 */
class AnalysisBenchmark {

	private static final int SCALE = Integer.getInteger("iisg.bench.scale", 100);

	private static final List<String> DATABASES = List
		.of(System.getProperty("iisg.bench.databases", "h2,postgres").split(","));

	private static final Duration LOAD = Duration.ofSeconds(Integer.getInteger("iisg.bench.duration", 30));

	private static final int CONNECTIONS = Integer.getInteger("iisg.bench.connections", 64);

	private static final int ROUNDS = Integer.getInteger("iisg.bench.rounds", 3);

	private static final Duration ROUND = Duration.ofSeconds(10);

	/**
	 * How long each endpoint runs under load before it is measured, so that both are
	 * measured compiled by the JIT, not while it is still compiling.
	 */
	private static final Duration WARM_UP = Duration.ofSeconds(Integer.getInteger("iisg.bench.warmup", 20));

	private static final int SAMPLES = Integer.getInteger("iisg.bench.samples", 500);

	private static final String PG = System.getProperty("iisg.bench.pg", "jdbc:postgresql://127.0.0.1:5432/");

	private static final String PASSWORD = "Bench-Pass-12345";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private final Measurements http = new Measurements();

	private final List<String> report = new ArrayList<>();

	@Test
	void measuresTheAnalysisAtScale() throws Exception {
		print("# Analysis benchmark, scale %d (%s), %s".formatted(SCALE, Instant.now(),
				Runtime.getRuntime().availableProcessors() + " cores"));
		for (String database : DATABASES) {
			Map<String, Object> properties = properties(database.trim());
			if (properties == null) {
				print("## " + database + ": not reachable, skipped");
				continue;
			}
			run(database.trim(), properties);
		}
		Path results = Path.of("target", "bench-results.md");
		Files.write(results, this.report, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
	}

	private void run(String database, Map<String, Object> properties) throws Exception {
		long started = System.nanoTime();
		// Command-line arguments, as they outrank application.properties (default
		// properties would not).
		String[] args = properties.entrySet()
			.stream()
			.map((entry) -> "--" + entry.getKey() + "=" + entry.getValue())
			.toArray(String[]::new);
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
			.profiles("demo", "synthetic")
			.run(args)) {
			print("## %s (%s): started with data in %.1f s".formatted(database,
					context.getEnvironment().getProperty("spring.datasource.url"),
					(System.nanoTime() - started) / 1e9));
			String base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
			String token = token(context);
			String session = session(base);
			long cycle = cycle(base, token);
			Supplier<HttpRequest> health = () -> Measurements.get(base, "/actuator/health").build();
			Supplier<HttpRequest> matrix = () -> Measurements
				.get(base, "/api/v1/analysis/coverage?by=partner,pillar&cycle=" + cycle)
				.header("Authorization", "Bearer " + token)
				.build();
			Supplier<HttpRequest> dashboard = () -> Measurements.get(base, "/dashboard?cycle=" + cycle)
				.header("Cookie", session)
				.build();
			List<Long> needs = needIds(base, token, cycle);
			Random random = new Random(1);
			Supplier<HttpRequest> suggestions = () -> Measurements
				.get(base, "/api/v1/needs/" + needs.get(random.nextInt(needs.size())) + "/suggestions")
				.header("Authorization", "Bearer " + token)
				.build();
			print("| %s | figure |".formatted(database));
			print("|---|---|");
			print("| floor: /actuator/health, sequential | %s |".formatted(this.http.sequential(health, 200, SAMPLES)));
			print("| coverage matrix API, first call of each of 28 filters (nothing cached) | %s |"
				.formatted(uncachedMatrix(base, token, cycle)));
			print("| coverage matrix API (partner × pillar) | %s |"
				.formatted(this.http.sequential(matrix, 50, SAMPLES)));
			print("| dashboard page | %s |".formatted(available(dashboard)
					? this.http.sequential(dashboard, 20, Math.max(50, SAMPLES / 5)) : "not available"));
			print("| suggestions for a need | %s |".formatted(available(suggestions)
					? this.http.sequential(suggestions, 50, Math.max(50, SAMPLES / 2)) : "not available"));
			boolean wrk = Wrk.available();
			String tool = wrk ? "wrk" : "own client";
			if (wrk && !WARM_UP.isZero()) {
				Wrk.load(base + "/actuator/health", Map.of(), CONNECTIONS, WARM_UP);
				if (available(dashboard)) {
					Wrk.load(base + "/dashboard?cycle=" + cycle, Map.of("Cookie", session), CONNECTIONS, WARM_UP);
				}
				print("| warm-up under load | %d s per endpoint, not counted |".formatted(WARM_UP.toSeconds()));
			}
			long compiled = compilationMillis();
			Latency floor = wrk ? Wrk.load(base + "/actuator/health", Map.of(), CONNECTIONS, LOAD)
					: this.http.load(health, CONNECTIONS, LOAD);
			print("| floor under load (%s, %d connections, %d s) | %s  JIT %d ms |".formatted(tool, CONNECTIONS,
					LOAD.toSeconds(), floor, compilationMillis() - compiled));
			if (available(dashboard)) {
				compiled = compilationMillis();
				Latency loaded = wrk
						? Wrk.load(base + "/dashboard?cycle=" + cycle, Map.of("Cookie", session), CONNECTIONS, LOAD)
						: this.http.load(dashboard, CONNECTIONS, LOAD);
				print("| dashboard under load (%s, %d connections, %d s) | %s  JIT %d ms |".formatted(tool, CONNECTIONS,
						LOAD.toSeconds(), loaded, compilationMillis() - compiled));
				print("| dashboard throughput / floor throughput | %.1f %% |"
					.formatted(100 * loaded.perSecond() / floor.perSecond()));
				if (wrk) {
					alternate(base + "/actuator/health", base + "/dashboard?cycle=" + cycle, session);
				}
			}
		}
	}

	/**
	 * The floor and the dashboard in turn, {@code iisg.bench.rounds} times 10 s each: two
	 * measurements one after the other can find the JIT in different states, and the
	 * median of the rounds' shares depends less on that.
	 */
	private void alternate(String floor, String dashboard, String session) throws Exception {
		List<Double> shares = new ArrayList<>();
		List<String> rounds = new ArrayList<>();
		for (int round = 0; round < ROUNDS; round++) {
			Latency base = Wrk.load(floor, Map.of(), CONNECTIONS, ROUND);
			Latency page = Wrk.load(dashboard, Map.of("Cookie", session), CONNECTIONS, ROUND);
			double share = 100 * page.perSecond() / base.perSecond();
			shares.add(share);
			rounds.add("%.0f / %.0f req/s (%.1f %%, p99 %.0f ms)".formatted(page.perSecond(), base.perSecond(), share,
					page.p99()));
		}
		if (!shares.isEmpty()) {
			List<Double> sorted = shares.stream().sorted().toList();
			print("| dashboard / floor in %d alternating rounds of %d s | %s; median %.1f %% |".formatted(ROUNDS,
					ROUND.toSeconds(), String.join("; ", rounds), sorted.get(sorted.size() / 2)));
		}
	}

	/**
	 * The time the JIT compilers have spent so far: on two cores they compile for minutes
	 * under load, taking the cores from the requests, so a throughput measured while they
	 * did is lower than a warm one.
	 */
	private static long compilationMillis() {
		CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
		return (compiler != null && compiler.isCompilationTimeMonitoringSupported())
				? compiler.getTotalCompilationTime() : 0;
	}

	/**
	 * The matrix for every partner and pillar filter, each asked once: none of them is in
	 * a cache yet, so these are the figures of the read model's queries.
	 */
	private Latency uncachedMatrix(String base, String token, long cycle) throws Exception {
		List<Long> nanos = new ArrayList<>();
		for (String partner : List.of("AL", "BA", "XK", "ME", "MK", "RS", "REG")) {
			for (String pillar : List.of("ANT", "PRE", "PRO", "RES")) {
				HttpRequest request = Measurements
					.get(base,
							"/api/v1/analysis/coverage?by=partner,pillar&cycle=%d&partner=%s&pillar=%s".formatted(cycle,
									partner, pillar))
					.header("Authorization", "Bearer " + token)
					.build();
				long start = System.nanoTime();
				this.http.send(request);
				nanos.add(System.nanoTime() - start);
			}
		}
		return Latency.of(nanos, 0, 0);
	}

	private boolean available(Supplier<HttpRequest> request) throws Exception {
		return this.http.send(request.get()) == 200;
	}

	private Map<String, Object> properties(String database) throws IOException {
		Map<String, Object> properties = new HashMap<>();
		Path data = Files.createTempDirectory("iisg-bench-" + database);
		properties.put("server.port", "0");
		properties.put("iisg.data-dir", data.toString());
		properties.put("iisg.demo.password", PASSWORD);
		properties.put("iisg.synthetic.scale", String.valueOf(SCALE));
		properties.put("logging.level.root", "WARN");
		properties.put("logging.level.com.wbiisg.mapping", "INFO");
		if (database.equals("postgres")) {
			String name = "iisg_bench_" + SCALE;
			try (Connection connection = DriverManager.getConnection(PG + "postgres", "postgres", "");
					Statement statement = connection.createStatement()) {
				statement.execute("drop database if exists " + name);
				statement.execute("create database " + name);
			}
			catch (SQLException ex) {
				return null;
			}
			properties.put("spring.datasource.url", PG + name);
			properties.put("spring.datasource.username", "postgres");
			properties.put("spring.datasource.password", "");
		}
		return properties;
	}

	private static String token(ConfigurableApplicationContext context) {
		Object principal = context.getBean(UserDetailsService.class).loadUserByUsername("secretariat");
		CurrentUser user = ((CurrentUser.CurrentUserHolder) principal).currentUser();
		return context.getBean(ApiTokens.class).issue(user, "benchmark", TokenScope.WRITE, null).token();
	}

	/**
	 * Signs the Secretariat in through the form and returns the session cookie.
	 */
	private String session(String base) throws Exception {
		HttpResponse<String> form = this.http.exchange(Measurements.get(base, "/login").build());
		String cookie = cookie(form);
		Matcher csrf = CSRF.matcher(form.body());
		if (!csrf.find()) {
			throw new IllegalStateException("No CSRF token on the sign-in page");
		}
		String body = "username=secretariat&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> signedIn = this.http.exchange(Measurements.get(base, "/login")
			.header("Cookie", cookie)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
		String session = cookie(signedIn);
		return (session == null) ? cookie : session;
	}

	private static String cookie(HttpResponse<String> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((value) -> value.startsWith("JSESSIONID="))
			.map((value) -> value.substring(0, value.indexOf(';')))
			.findFirst()
			.orElse(null);
	}

	private long cycle(String base, String token) throws Exception {
		String cycles = this.http
			.body(Measurements.get(base, "/api/v1/cycles").header("Authorization", "Bearer " + token).build());
		List<Number> ids = JsonPath.read(cycles, "$[?(@.name == 'Synthetic \u00d7%d')].id".formatted(SCALE));
		return ids.get(0).longValue();
	}

	private List<Long> needIds(String base, String token, long cycle) throws Exception {
		String page = this.http
			.body(Measurements.get(base, "/api/v1/analysis/needs?size=500&coverage=NONE&cycle=" + cycle)
				.header("Authorization", "Bearer " + token)
				.build());
		List<Number> ids = JsonPath.read(page, "$.items[*].id");
		return ids.stream().map(Number::longValue).toList();
	}

	private void print(String line) {
		System.out.println(line);
		this.report.add(line);
	}

}
