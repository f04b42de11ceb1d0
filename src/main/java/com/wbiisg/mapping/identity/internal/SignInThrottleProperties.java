package com.wbiisg.mapping.identity.internal;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How failed sign-ins are throttled ({@code iisg.security.sign-in.*}).
 *
 * @param failuresPerAccountAndAddress failures of one user name from one client address
 * after which that pair is blocked; the owner signing in from another address is not
 * @param failuresPerAddress failures from one client address, whatever the user names,
 * after which the address is blocked for every account (credential stuffing)
 * @param firstBlock how long the first block lasts; each further failure doubles it
 * @param longestBlock the longest block
 * @param forgetAfter how long after its last failure a run of failures is forgotten
 */
@ConfigurationProperties("iisg.security.sign-in")
public record SignInThrottleProperties(@DefaultValue("5") int failuresPerAccountAndAddress,
		@DefaultValue("20") int failuresPerAddress, @DefaultValue("1m") Duration firstBlock,
		@DefaultValue("1h") Duration longestBlock, @DefaultValue("24h") Duration forgetAfter) {

	public SignInThrottleProperties {
		if (failuresPerAccountAndAddress < 1 || failuresPerAddress < 1) {
			throw new IllegalArgumentException("iisg.security.sign-in.failures-per-* must be at least 1.");
		}
		if (firstBlock.isNegative() || longestBlock.compareTo(firstBlock) < 0) {
			throw new IllegalArgumentException(
					"iisg.security.sign-in.longest-block must be at least iisg.security.sign-in.first-block.");
		}
		if (forgetAfter.compareTo(longestBlock) < 0) {
			throw new IllegalArgumentException(
					"iisg.security.sign-in.forget-after must be at least iisg.security.sign-in.longest-block.");
		}
	}

	/**
	 * Until when a run of {@code failures} blocks, counted from {@code now}: not at all
	 * below {@code threshold}, then the first block, doubled for each failure beyond, at
	 * most the longest.
	 */
	@Nullable Instant blockAfter(int failures, int threshold, Instant now) {
		if (failures < threshold) {
			return null;
		}
		int doublings = Math.min(failures - threshold, 30);
		Duration block = this.firstBlock.multipliedBy(1L << doublings);
		return now.plus((block.compareTo(this.longestBlock) > 0) ? this.longestBlock : block);
	}

}
