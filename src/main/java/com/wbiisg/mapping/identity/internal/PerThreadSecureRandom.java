package com.wbiisg.mapping.identity.internal;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * Random bytes from a DRBG generator of the calling thread. The masked CSRF token of each
 * page ({@code XorCsrfTokenRequestAttributeHandler}) draws fresh bytes per request; with
 * the JDK's default generator every request thread queued on the one lock of
 * {@code NativePRNG} (a third of the request threads waited there under load). Each
 * thread's generator is seeded from the operating system's entropy once.
 */
final class PerThreadSecureRandom extends SecureRandom {

	private static final long serialVersionUID = 1L;

	private static final ThreadLocal<SecureRandom> GENERATORS = ThreadLocal.withInitial(PerThreadSecureRandom::drbg);

	@Override
	public void nextBytes(byte[] bytes) {
		GENERATORS.get().nextBytes(bytes);
	}

	private static SecureRandom drbg() {
		try {
			return SecureRandom.getInstance("DRBG");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("The JDK offers no DRBG random generator", ex);
		}
	}

}
