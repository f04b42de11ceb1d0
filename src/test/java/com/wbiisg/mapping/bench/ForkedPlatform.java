package com.wbiisg.mapping.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.wbiisg.mapping.Application;

/**
 * The platform as a user meets it, for the benchmarks of whole paths: started from the
 * test classpath in a JVM of its own with the heap given and a GC log, on a free port,
 * with the demo data (and the synthetic data where a scale is given), on H2 or on the
 * PostgreSQL of {@code IISG_TEST_PG_URL} (its public schema emptied first), with the JVM
 * options of {@code -Diisg.bench.jvm-options} where given ({@code {data}} stands for its
 * data directory, e.g. {@code -XX:StartFlightRecording=filename={data}/platform.jfr}).
 * Calls go through its HTTP API with HTTP Basic. The heap it keeps is read from its GC
 * log: the heap after each collection.
 */
final class ForkedPlatform implements AutoCloseable {

	static final String PASSWORD = "Bench-Pass-12345";

	private static final Pattern TOKEN = Pattern.compile("iisg_[A-Za-z0-9_-]{20,}");

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private static final Pattern AFTER_COLLECTION = Pattern.compile("->(\\d+)M\\(\\d+M\\)");

	private final Process process;

	private final Path dataDir;

	private final Path gcLog;

	private final Path log;

	private final int port;

	private final Map<String, String> tokens = new HashMap<>();

	private final HttpClient client = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(10))
		.version(HttpClient.Version.HTTP_1_1)
		.build();

	private ForkedPlatform(Process process, Path dataDir, Path gcLog, Path log, int port) {
		this.process = process;
		this.dataDir = dataDir;
		this.gcLog = gcLog;
		this.log = log;
		this.port = port;
	}

	/**
	 * Whether the database can be used: H2 always, PostgreSQL where
	 * {@code IISG_TEST_PG_URL} names a reachable database.
	 */
	static boolean available(String database) {
		return database.equals("h2") || pgUrl() != null;
	}

	/**
	 * Starts the platform and waits until it answers {@code /actuator/health}.
	 * @param database {@code h2} (a file database in a new directory) or {@code postgres}
	 * @param heap the {@code -Xmx} value, such as {@code 256m}, or null for the JVM's
	 * default
	 * @param extra more arguments, such as {@code --iisg.exchange.iati.max-file-size=1GB}
	 */
	static ForkedPlatform start(String database, String heap, List<String> extra) throws Exception {
		Path data = Files.createTempDirectory("iisg-bench-" + database);
		Path gcLog = data.resolve("gc.log");
		Path log = data.resolve("platform.log");
		int port = freePort();
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		if (heap != null) {
			command.add("-Xmx" + heap);
		}
		command.add("-Xlog:gc:file=" + gcLog);
		if (Boolean.getBoolean("iisg.bench.jfr")) {
			// -Diisg.bench.jfr=true: a profile of the whole run, next to the GC log
			command.add("-XX:StartFlightRecording=settings=profile,filename=" + data.resolve("platform.jfr"));
		}
		// More options of the platform's JVM ({data} stands for its data directory).
		String options = System.getProperty("iisg.bench.jvm-options", "").replace("{data}", data.toString());
		for (String option : options.trim().split("\\s+")) {
			if (!option.isEmpty()) {
				command.add(option);
			}
		}
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add(Application.class.getName());
		command.add("--spring.profiles.active="
				+ (extra.stream().anyMatch((a) -> a.startsWith("--iisg.synthetic")) ? "demo,synthetic" : "demo"));
		command.add("--server.port=" + port);
		command.add("--iisg.data-dir=" + data);
		command.add("--iisg.demo.password=" + PASSWORD);
		command.add("--logging.level.root=WARN");
		command.add("--logging.level.com.wbiisg.mapping=INFO");
		if (database.equals("postgres")) {
			emptyPostgres();
			command.add("--spring.datasource.url=" + pgUrl());
			command.add("--spring.datasource.username=" + pgUser());
			command.add("--spring.datasource.password=" + pgPassword());
		}
		command.addAll(extra);
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		ForkedPlatform platform = new ForkedPlatform(process, data, gcLog, log, port);
		platform.awaitHealth(Duration.ofMinutes(30));
		return platform;
	}

	String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

	/**
	 * A request as the user, with a personal access token: HTTP Basic would hash the
	 * password on every call, on the cores the platform measured uses.
	 */
	HttpRequest.Builder request(String path, String user) throws IOException, InterruptedException {
		return HttpRequest.newBuilder(URI.create(url(path)))
			.timeout(Duration.ofMinutes(30))
			.header("Authorization", "Bearer " + token(user));
	}

	private String token(String user) throws IOException, InterruptedException {
		String known = this.tokens.get(user);
		if (known != null) {
			return known;
		}
		HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.version(HttpClient.Version.HTTP_1_1)
			.build();
		String login = browser
			.send(HttpRequest.newBuilder(URI.create(url("/login"))).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		browser.send(form("/login", "username=" + user + "&password=" + PASSWORD + "&_csrf=" + csrf(login)),
				HttpResponse.BodyHandlers.ofString());
		String account = browser
			.send(HttpRequest.newBuilder(URI.create(url("/account"))).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		String issued = browser
			.send(form("/account/tokens", "name=benchmark&_csrf=" + csrf(account)),
					HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher token = TOKEN.matcher(issued);
		if (!token.find()) {
			throw new IllegalStateException("No access token issued to " + user);
		}
		this.tokens.put(user, token.group());
		return token.group();
	}

	private HttpRequest form(String path, String body) {
		return HttpRequest.newBuilder(URI.create(url(path)))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

	private static String csrf(String page) {
		Matcher matcher = CSRF.matcher(page);
		if (!matcher.find()) {
			throw new IllegalStateException("No CSRF token in the page");
		}
		return URLEncoder.encode(matcher.group(1), StandardCharsets.UTF_8);
	}

	HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
		return send(request(path, user).GET().build());
	}

	HttpResponse<byte[]> download(String path, String user) throws IOException, InterruptedException {
		HttpResponse<byte[]> response = this.client.send(request(path, user).GET().build(),
				HttpResponse.BodyHandlers.ofByteArray());
		expectOk(response.statusCode(), path, new String(response.body(), StandardCharsets.UTF_8));
		return response;
	}

	HttpResponse<String> postJson(String path, String user, String json) throws IOException, InterruptedException {
		return send(request(path, user).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build());
	}

	/**
	 * Uploads a file as a multipart form with its other fields, the file streamed from
	 * disk.
	 */
	HttpResponse<String> upload(String path, String user, Map<String, String> fields, Path file)
			throws IOException, InterruptedException {
		String boundary = "bench" + UUID.randomUUID().toString().replace("-", "");
		StringBuilder head = new StringBuilder();
		fields.forEach((name, value) -> head.append("--")
			.append(boundary)
			.append("\r\nContent-Disposition: form-data; name=\"")
			.append(name)
			.append("\"\r\n\r\n")
			.append(value)
			.append("\r\n"));
		head.append("--")
			.append(boundary)
			.append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
			.append(file.getFileName())
			.append("\"\r\nContent-Type: application/octet-stream\r\n\r\n");
		List<byte[]> parts = List.of(head.toString().getBytes(StandardCharsets.UTF_8));
		HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.concat(
				HttpRequest.BodyPublishers.ofByteArrays(parts), HttpRequest.BodyPublishers.ofFile(file),
				HttpRequest.BodyPublishers.ofString("\r\n--" + boundary + "--\r\n"));
		return send(request(path, user).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(body)
			.build());
	}

	/**
	 * Posts the file as the request's body, as an API client sends a large file.
	 */
	HttpResponse<String> uploadBody(String pathAndQuery, String user, String contentType, Path file)
			throws IOException, InterruptedException {
		return send(request(pathAndQuery, user).header("Content-Type", contentType)
			.header("Content-Disposition", "attachment; filename=\"" + file.getFileName() + "\"")
			.POST(HttpRequest.BodyPublishers.ofFile(file))
			.build());
	}

	private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		HttpResponse<String> response = this.client.send(request, HttpResponse.BodyHandlers.ofString());
		expectOk(response.statusCode(), request.uri().getPath(), response.body());
		return response;
	}

	private static void expectOk(int status, String path, String body) {
		if (status >= 300) {
			throw new IllegalStateException(
					path + " answered " + status + ": " + body.substring(0, Math.min(body.length(), 1000)));
		}
	}

	/**
	 * The heap after each collection so far, in MB, from the GC log.
	 */
	List<Integer> heapAfterCollections() throws IOException {
		List<Integer> heap = new ArrayList<>();
		if (Files.exists(this.gcLog)) {
			for (String line : Files.readAllLines(this.gcLog)) {
				Matcher matcher = AFTER_COLLECTION.matcher(line);
				if (matcher.find()) {
					heap.add(Integer.parseInt(matcher.group(1)));
				}
			}
		}
		return heap;
	}

	/**
	 * The number of collections logged so far, to read the heap of a later span only.
	 */
	int collections() throws IOException {
		return heapAfterCollections().size();
	}

	/**
	 * The smallest heap kept after a collection since the collection numbered
	 * {@code from}, in MB, or -1 when none ran: with G1, a young collection keeps the old
	 * generation's garbage until a mixed one, so the largest value overstates what is
	 * live and the smallest comes closest to it.
	 */
	int minHeapAfterCollectionsSince(int from) throws IOException {
		List<Integer> heap = heapAfterCollections();
		return heap.subList(Math.min(from, heap.size()), heap.size())
			.stream()
			.mapToInt(Integer::intValue)
			.min()
			.orElse(-1);
	}

	/**
	 * The largest heap kept after a collection since the collection numbered
	 * {@code from}, in MB, or -1 when none ran.
	 */
	int maxHeapAfterCollectionsSince(int from) throws IOException {
		List<Integer> heap = heapAfterCollections();
		return heap.subList(Math.min(from, heap.size()), heap.size())
			.stream()
			.mapToInt(Integer::intValue)
			.max()
			.orElse(-1);
	}

	/**
	 * The CPU time the platform's process used so far, in seconds.
	 */
	double cpuSeconds() {
		return this.process.info().totalCpuDuration().map((d) -> d.toNanos() / 1e9).orElse(Double.NaN);
	}

	/**
	 * The CPU seconds each live thread of the platform used so far, by the thread's name
	 * as the kernel keeps it (15 characters), read from {@code /proc} (Linux; empty
	 * elsewhere). Threads that ended are not counted.
	 */
	Map<String, Double> cpuByThread() {
		Map<String, Double> cpu = new HashMap<>();
		Path tasks = Path.of("/proc", String.valueOf(this.process.pid()), "task");
		if (!Files.isDirectory(tasks)) {
			return cpu;
		}
		try (java.util.stream.Stream<Path> threads = Files.list(tasks)) {
			for (Path thread : (Iterable<Path>) threads::iterator) {
				try {
					String stat = Files.readString(thread.resolve("stat"));
					String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
					String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
					double seconds = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
					cpu.merge(name, seconds, Double::sum);
				}
				catch (IOException | RuntimeException ex) {
					// the thread ended meanwhile
				}
			}
		}
		catch (IOException ex) {
			return cpu;
		}
		return cpu;
	}

	/**
	 * The machine's load average over the last minute.
	 */
	static double loadAverage() {
		return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
	}

	static String format(String pattern, Object... values) {
		return String.format(Locale.ROOT, pattern, values);
	}

	Path log() {
		return this.log;
	}

	private void awaitHealth(Duration patience) throws Exception {
		long end = System.nanoTime() + patience.toNanos();
		while (System.nanoTime() < end) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("The platform stopped at start-up; see " + this.log + ":\n"
						+ tail(Files.readAllLines(this.log)));
			}
			try {
				HttpResponse<String> health = this.client
					.send(HttpRequest.newBuilder(URI.create(url("/actuator/health")))
						.timeout(Duration.ofSeconds(5))
						.build(), HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200 && health.body().contains("UP")) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(250);
		}
		throw new IllegalStateException("The platform did not start within " + patience + "; see " + this.log);
	}

	private static String tail(List<String> lines) {
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
	}

	@Override
	public void close() throws Exception {
		this.process.destroy();
		if (!this.process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
			this.process.destroyForcibly().waitFor();
		}
	}

	Path dataDir() {
		return this.dataDir;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static void emptyPostgres() throws SQLException {
		try (Connection connection = DriverManager.getConnection(pgUrl(), pgUser(), pgPassword());
				Statement statement = connection.createStatement()) {
			// a backend of the platform stopped before may still run its last statement
			statement.execute("select pg_terminate_backend(pid) from pg_stat_activity "
					+ "where datname = current_database() and pid <> pg_backend_pid()");
			statement.execute("drop schema if exists public cascade");
			statement.execute("create schema public");
		}
	}

	private static String pgUrl() {
		String url = System.getenv("IISG_TEST_PG_URL");
		return (url == null || url.isBlank()) ? null : url;
	}

	private static String pgUser() {
		return System.getenv().getOrDefault("IISG_TEST_PG_USER", "postgres");
	}

	private static String pgPassword() {
		return System.getenv().getOrDefault("IISG_TEST_PG_PASSWORD", "");
	}

}
