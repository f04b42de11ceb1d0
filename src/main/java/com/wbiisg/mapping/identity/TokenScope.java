package com.wbiisg.mapping.identity;

import java.util.Set;

/**
 * What a personal access token may do: {@code READ} only reads (GET, HEAD, OPTIONS);
 * {@code WRITE} does whatever its account may do.
 */
public enum TokenScope {

	READ, WRITE;

	private static final Set<String> READING = Set.of("GET", "HEAD", "OPTIONS");

	/**
	 * Whether a request with this HTTP method is within the scope.
	 */
	public boolean allows(String method) {
		return this == WRITE || READING.contains(method);
	}

}
