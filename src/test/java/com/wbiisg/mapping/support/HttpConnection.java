package com.wbiisg.mapping.support;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One kept-alive HTTP/1.1 connection to the application on a real port, read strictly: an
 * answer is whole only when its {@code Content-Length} bytes or its last chunk arrived,
 * and a connection that closes or stalls before that fails the call. Tests use it to see
 * what a client sees and MockMvc cannot: an answer cut short, or a connection left
 * unusable for the next request.
 */
public final class HttpConnection implements AutoCloseable {

	private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private static final Pattern META_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

	private static final Pattern TOKEN = Pattern.compile("iisg_[A-Za-z0-9_-]{20,}");

	private static final Pattern SESSION_COOKIE = Pattern.compile("JSESSIONID=([^;]+)");

	private final String host;

	private final int port;

	private final Socket socket;

	private final InputStream in;

	private final OutputStream out;

	private final Map<String, String> always = new LinkedHashMap<>();

	private int answers;

	private HttpConnection(String host, int port) throws IOException {
		this.host = host;
		this.port = port;
		this.socket = new Socket(host, port);
		this.socket.setSoTimeout(30_000);
		this.in = this.socket.getInputStream();
		this.out = this.socket.getOutputStream();
	}

	public static HttpConnection open(int port) throws IOException {
		return new HttpConnection("127.0.0.1", port);
	}

	/**
	 * A connection that sends HTTP Basic credentials with every request.
	 */
	public HttpConnection basic(String username, String password) {
		this.always.put("Authorization", "Basic "
				+ Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
		return this;
	}

	/**
	 * A connection that sends this header with every request, such as the
	 * {@code X-Forwarded-For} of a proxy.
	 */
	public HttpConnection header(String name, String value) {
		this.always.put(name, value);
		return this;
	}

	/**
	 * A connection that sends a personal access token with every request.
	 */
	public HttpConnection bearer(String token) {
		this.always.put("Authorization", "Bearer " + token);
		return this;
	}

	/**
	 * Signs in through the sign-in form on this connection and sends the session's cookie
	 * with every later request.
	 */
	public HttpConnection signIn(String username, String password) throws IOException {
		Answer form = get("/login");
		form.expectStatus(200);
		String cookie = form.cookie().orElseThrow(() -> new IllegalStateException("The sign-in page set no session"));
		this.always.put("Cookie", "JSESSIONID=" + cookie);
		Answer signedIn = postForm("/login",
				"username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(form.csrf()));
		if (signedIn.status() != 302 || signedIn.header("Location").orElse("").contains("error")) {
			throw new IllegalStateException("Sign-in of " + username + " failed: " + signedIn.status() + " "
					+ signedIn.header("Location").orElse(""));
		}
		this.always.put("Cookie", "JSESSIONID=" + signedIn.cookie().orElse(cookie));
		return this;
	}

	/**
	 * Sends the session the answer sets, if it sets one, with every later request: a
	 * sign-in's second step renews the session.
	 */
	public HttpConnection keepSession(Answer answer) {
		answer.cookie().ifPresent((id) -> this.always.put("Cookie", "JSESSIONID=" + id));
		return this;
	}

	public Answer get(String path) throws IOException {
		return send("GET", path, Map.of(), null);
	}

	public Answer postForm(String path, String form) throws IOException {
		return send("POST", path, Map.of("Content-Type", "application/x-www-form-urlencoded"),
				form.getBytes(StandardCharsets.UTF_8));
	}

	public Answer postJson(String path, String json) throws IOException {
		return send("POST", path, Map.of("Content-Type", "application/json"), json.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Sends one request and reads its whole answer.
	 */
	public Answer send(String method, String path, Map<String, String> headers, byte[] body) throws IOException {
		begin(method, path, headers, (body != null) ? body.length : -1, (body != null) ? body : new byte[0]);
		return finish(method + " " + path, new byte[0]);
	}

	/**
	 * Sends the head of a request that announces a body of {@code length} bytes (none
	 * when negative) and its first part, without reading the answer: {@link #finish}
	 * sends the rest and reads it.
	 */
	public void begin(String method, String path, Map<String, String> headers, long length, byte[] part)
			throws IOException {
		StringBuilder request = new StringBuilder().append(method).append(' ').append(path).append(" HTTP/1.1\r\n");
		request.append("Host: ").append(this.host).append(':').append(this.port).append("\r\n");
		Map<String, String> all = new LinkedHashMap<>(this.always);
		all.putAll(headers);
		all.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
		if (length >= 0) {
			request.append("Content-Length: ").append(length).append("\r\n");
		}
		request.append("\r\n");
		this.out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
		this.out.write(part);
		this.out.flush();
	}

	/**
	 * Sends the rest of a request's body and reads its whole answer.
	 */
	public Answer finish(String request, byte[] rest) throws IOException {
		this.out.write(rest);
		this.out.flush();
		this.answers++;
		return read(request);
	}

	/**
	 * Issues a personal access token on the account page of this signed-in connection.
	 */
	public String issueToken(String name) throws IOException {
		Answer account = get("/account").expectStatus(200);
		Matcher meta = META_CSRF.matcher(account.text());
		String csrf = meta.find() ? meta.group(1) : account.csrf();
		Answer issued = postForm("/account/tokens", "name=" + encode(name) + "&_csrf=" + encode(csrf))
			.expectStatus(200);
		Matcher token = TOKEN.matcher(issued.text());
		if (!token.find()) {
			throw new IllegalStateException("The token page shows no new token");
		}
		return token.group();
	}

	private Answer read(String request) throws IOException {
		String what = "answer " + this.answers + " on this connection (" + request + ")";
		String statusLine = line(what);
		Matcher status = Pattern.compile("HTTP/1\\.1 (\\d{3}).*").matcher(statusLine);
		if (!status.matches()) {
			throw new IOException("Not an HTTP/1.1 status line in " + what + ": '" + statusLine + "'");
		}
		List<String[]> headers = new ArrayList<>();
		for (String header = line(what); !header.isEmpty(); header = line(what)) {
			int colon = header.indexOf(':');
			headers.add(new String[] { header.substring(0, colon).trim(), header.substring(colon + 1).trim() });
		}
		Answer head = new Answer(Integer.parseInt(status.group(1)), headers, new byte[0]);
		byte[] body;
		if (head.header("Transfer-Encoding").map((v) -> v.equalsIgnoreCase("chunked")).orElse(false)) {
			body = chunked(what);
		}
		else if (head.header("Content-Length").isPresent()) {
			body = exactly(Integer.parseInt(head.header("Content-Length").get()), what);
		}
		else {
			body = new byte[0];
		}
		return new Answer(head.status(), headers, body);
	}

	private byte[] chunked(String what) throws IOException {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		while (true) {
			String size = line(what + ", chunk size");
			int semicolon = size.indexOf(';');
			int length = Integer.parseInt((semicolon < 0) ? size.trim() : size.substring(0, semicolon).trim(), 16);
			if (length == 0) {
				for (String trailer = line(what); !trailer.isEmpty(); trailer = line(what)) {
					// trailers are read and ignored
				}
				return body.toByteArray();
			}
			body.write(exactly(length, what));
			if (!line(what + ", end of chunk").isEmpty()) {
				throw new IOException("A chunk of " + what + " did not end with CRLF");
			}
		}
	}

	private byte[] exactly(int length, String what) throws IOException {
		byte[] bytes = new byte[length];
		int read = 0;
		while (read < length) {
			int n = readSome(bytes, read, length - read, what);
			if (n < 0) {
				throw new EOFException("The connection closed after " + read + " of " + length + " bytes of " + what);
			}
			read += n;
		}
		return bytes;
	}

	private String line(String what) throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		while (true) {
			int b = readByte(what);
			if (b < 0) {
				throw new EOFException("The connection closed in the middle of " + what + " (read: '"
						+ line.toString(StandardCharsets.ISO_8859_1) + "')");
			}
			if (b == '\n') {
				String text = line.toString(StandardCharsets.ISO_8859_1);
				return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
			}
			line.write(b);
		}
	}

	private int readByte(String what) throws IOException {
		try {
			return this.in.read();
		}
		catch (SocketTimeoutException ex) {
			throw new IOException("No answer within 30 s for " + what, ex);
		}
	}

	private int readSome(byte[] bytes, int from, int length, String what) throws IOException {
		try {
			return this.in.read(bytes, from, length);
		}
		catch (SocketTimeoutException ex) {
			throw new IOException("No more bytes within 30 s for " + what, ex);
		}
	}

	@Override
	public void close() throws IOException {
		this.socket.close();
	}

	private static String encode(String text) {
		return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	/**
	 * A whole answer.
	 */
	public record Answer(int status, List<String[]> headers, byte[] body) {

		public Optional<String> header(String name) {
			return this.headers.stream().filter((h) -> h[0].equalsIgnoreCase(name)).map((h) -> h[1]).findFirst();
		}

		public String text() {
			return new String(this.body, StandardCharsets.UTF_8);
		}

		public Answer expectStatus(int expected) {
			if (this.status != expected) {
				throw new AssertionError("Expected " + expected + " but got " + this.status + ": "
						+ text().substring(0, Math.min(500, text().length())));
			}
			return this;
		}

		/**
		 * The session id the answer sets, if it sets one.
		 */
		public Optional<String> cookie() {
			return this.headers.stream()
				.filter((h) -> h[0].equalsIgnoreCase("Set-Cookie"))
				.map((h) -> SESSION_COOKIE.matcher(h[1]))
				.filter(Matcher::find)
				.map((m) -> m.group(1))
				.findFirst();
		}

		/**
		 * The CSRF token of the first form of the page.
		 */
		public String csrf() {
			Matcher matcher = CSRF_INPUT.matcher(text());
			if (!matcher.find()) {
				throw new IllegalStateException("No CSRF token in the page");
			}
			return matcher.group(1);
		}

		public boolean keepsConnection() {
			return !header("Connection").map((v) -> v.toLowerCase(Locale.ROOT).contains("close")).orElse(false);
		}

	}

}
