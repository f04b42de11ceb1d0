package com.wbiisg.mapping.identity.internal;

import java.util.Locale;

/**
 * Base32 of RFC 4648 without padding, as authenticator apps take a TOTP secret, typed or
 * read from its QR code: Apache Commons Codec's, with what a user may copy around it
 * (spaces, dashes, padding, lower case) taken away and any other character refused.
 */
public final class Base32 {

	private static final org.apache.commons.codec.binary.Base32 CODEC = new org.apache.commons.codec.binary.Base32();

	private Base32() {
	}

	public static String encode(byte[] bytes) {
		return CODEC.encodeAsString(bytes).replace("=", "");
	}

	/**
	 * Decodes the text, ignoring spaces, dashes, padding and case, as a user may copy it.
	 * @throws IllegalArgumentException for a character outside the alphabet
	 */
	public static byte[] decode(String text) {
		String plain = text.toUpperCase(Locale.ROOT).replaceAll("[ =-]", "");
		if (!CODEC.isInAlphabet(plain)) {
			throw new IllegalArgumentException("Not base32: " + text);
		}
		return CODEC.decode(plain);
	}

}
