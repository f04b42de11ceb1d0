package com.wbiisg.mapping.identity.internal;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import org.springframework.stereotype.Component;

/**
 * The rate limits of the API (per account, or per client address without signing in) and
 * of the sign-in form (per client address), as token buckets of Bucket4j kept in this
 * node's memory. They are a shield against bursts, not an account of use: each node
 * limits what reaches it, so behind a load balancer of n nodes a client may get up to n
 * times the limit. The buckets are held in bounded caches, forgotten after ten idle
 * minutes (a full bucket anyway), so memory does not grow with the clients.
 */
@Component
class RequestRates {

	private static final long MAX_CLIENTS = 100_000;

	private static final Duration IDLE = Duration.ofMinutes(10);

	private final Cache<String, Bucket> api = buckets();

	private final Cache<String, Bucket> signIns = buckets();

	private final AccessLimits limits;

	RequestRates(AccessLimits limits) {
		this.limits = limits;
	}

	/**
	 * Takes one API request of the client.
	 * @return 0 when it may go on, otherwise the seconds to wait
	 */
	long apiRequest(String client) {
		return take(this.api, client, this.limits.apiRequestsPerMinute());
	}

	int apiRequestsPerMinute() {
		return this.limits.apiRequestsPerMinute();
	}

	/**
	 * Takes one sign-in attempt of the client address.
	 * @return 0 when it may go on, otherwise the seconds to wait
	 */
	long signInAttempt(String address) {
		return take(this.signIns, address, this.limits.signInAttemptsPerMinute());
	}

	private static long take(Cache<String, Bucket> buckets, String client, int perMinute) {
		Bucket bucket = buckets.get(client, (key) -> Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
			.build());
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
		if (probe.isConsumed()) {
			return 0;
		}
		return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
	}

	private static Cache<String, Bucket> buckets() {
		return Caffeine.newBuilder().maximumSize(MAX_CLIENTS).expireAfterAccess(IDLE).build();
	}

}
