package com.wbiisg.mapping.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Latency and throughput of HTTP calls against a running application: sequential samples
 * for percentiles, and a closed-loop load of many connections for a fixed time, as
 * {@code wrk -cN -dT} measures it.
 */
final class Measurements {

	private final HttpClient client = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(10))
		.version(HttpClient.Version.HTTP_1_1)
		.build();

	/**
	 * Percentiles of sequential calls, after {@code warmUp} calls that are not counted.
	 */
	Latency sequential(Supplier<HttpRequest> request, int warmUp, int samples) throws Exception {
		for (int i = 0; i < warmUp; i++) {
			send(request.get());
		}
		List<Long> nanos = new ArrayList<>();
		int errors = 0;
		for (int i = 0; i < samples; i++) {
			long start = System.nanoTime();
			int status = send(request.get());
			nanos.add(System.nanoTime() - start);
			errors += (status >= 400) ? 1 : 0;
		}
		return Latency.of(nanos, errors, 0);
	}

	/**
	 * {@code connections} callers each calling as fast as answers come, for the time
	 * given.
	 */
	Latency load(Supplier<HttpRequest> request, int connections, Duration duration) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(connections);
		List<List<Long>> perThread = Collections.synchronizedList(new ArrayList<>());
		AtomicLong errors = new AtomicLong();
		long end = System.nanoTime() + duration.toNanos();
		for (int c = 0; c < connections; c++) {
			pool.submit(() -> {
				List<Long> mine = new ArrayList<>();
				while (System.nanoTime() < end) {
					long start = System.nanoTime();
					try {
						if (send(request.get()) >= 400) {
							errors.incrementAndGet();
						}
					}
					catch (Exception ex) {
						errors.incrementAndGet();
					}
					mine.add(System.nanoTime() - start);
				}
				perThread.add(mine);
				return null;
			});
		}
		pool.shutdown();
		pool.awaitTermination(duration.toSeconds() + 60, TimeUnit.SECONDS);
		List<Long> all = new ArrayList<>();
		perThread.forEach(all::addAll);
		return Latency.of(all, errors.get(), all.size() / (double) duration.toSeconds());
	}

	int send(HttpRequest request) throws Exception {
		return this.client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	String body(HttpRequest request) throws Exception {
		return this.client.send(request, HttpResponse.BodyHandlers.ofString()).body();
	}

	HttpResponse<String> exchange(HttpRequest request) throws Exception {
		return this.client.send(request, HttpResponse.BodyHandlers.ofString());
	}

	static HttpRequest.Builder get(String base, String path) {
		return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).GET();
	}

	/**
	 * Percentiles in milliseconds, errors and requests per second.
	 */
	record Latency(double p50, double p99, long count, long errors, double perSecond) {

		static Latency of(List<Long> nanos, long errors, double perSecond) {
			List<Long> sorted = new ArrayList<>(nanos);
			Collections.sort(sorted);
			return new Latency(percentile(sorted, 0.50), percentile(sorted, 0.99), sorted.size(), errors, perSecond);
		}

		private static double percentile(List<Long> sorted, double quantile) {
			if (sorted.isEmpty()) {
				return Double.NaN;
			}
			int index = (int) Math.ceil(quantile * sorted.size()) - 1;
			return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1_000_000.0;
		}

		@Override
		public String toString() {
			return (this.perSecond > 0)
					? "p50 %8.2f ms  p99 %8.2f ms  %7.0f req/s  %d requests  %d errors".formatted(this.p50, this.p99,
							this.perSecond, this.count, this.errors)
					: "p50 %8.2f ms  p99 %8.2f ms  %d samples  %d errors".formatted(this.p50, this.p99, this.count,
							this.errors);
		}

	}

}
