package com.wbiisg.mapping.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load from {@code wrk}, in a process of its own, as the analysis issue names it: a
 * closed loop of many connections for a fixed time, with latency percentiles. Used when
 * {@code wrk} is on the path (Debian package {@code wrk}); the benchmark falls back to
 * its own client otherwise.
 */
final class Wrk {

	private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([\\d.]+)");

	private static final Pattern TOTAL = Pattern.compile("(\\d+) requests in");

	private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");

	private static final Pattern SOCKET = Pattern
		.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

	private Wrk() {
	}

	static boolean available() {
		try {
			Process process = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start();
			process.getInputStream().readAllBytes();
			process.waitFor();
			return true;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/**
	 * Runs {@code wrk} against the address with the headers, and reads its summary.
	 */
	static Measurements.Latency load(String url, Map<String, String> headers, int connections, Duration duration)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("wrk", "-t2", "-c" + connections,
				"-d" + duration.toSeconds() + "s", "--timeout", "10s", "--latency"));
		headers.forEach((name, value) -> command.addAll(List.of("-H", name + ": " + value)));
		command.add(url);
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (process.waitFor() != 0) {
			throw new IOException("wrk failed: " + output);
		}
		long errors = number(NON_2XX, output, 1).orElse(0.0).longValue();
		Matcher socket = SOCKET.matcher(output);
		if (socket.find()) {
			for (int group = 1; group <= 4; group++) {
				errors += Long.parseLong(socket.group(group));
			}
		}
		return new Measurements.Latency(percentile(output, "50%"), percentile(output, "99%"),
				number(TOTAL, output, 1).orElse(0.0).longValue(), errors, number(RATE, output, 1).orElse(0.0));
	}

	private static double percentile(String output, String which) {
		Matcher matcher = Pattern.compile("^\\s+" + which + "\\s+([\\d.]+)(us|ms|s)\\s*$", Pattern.MULTILINE)
			.matcher(output);
		if (!matcher.find()) {
			return Double.NaN;
		}
		double value = Double.parseDouble(matcher.group(1));
		return switch (matcher.group(2)) {
			case "us" -> value / 1000;
			case "s" -> value * 1000;
			default -> value;
		};
	}

	private static Optional<Double> number(Pattern pattern, String output, int group) {
		Matcher matcher = pattern.matcher(output);
		return matcher.find() ? Optional.of(Double.parseDouble(matcher.group(group))) : Optional.empty();
	}

}
