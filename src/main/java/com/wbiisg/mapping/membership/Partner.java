package com.wbiisg.mapping.membership;

import org.jspecify.annotations.Nullable;

/**
 * A Western Balkan partner whose needs are mapped (AL, BA, XK, ME, MK, RS), or REG for
 * regional, multi-beneficiary needs. Kosovo* always carries its asterisk.
 */
public record Partner(String code, String name, @Nullable String alpha3, @Nullable String nationalBodies,
		long version) {

	public static final String REGIONAL = "REG";

	public boolean isRegional() {
		return REGIONAL.equals(this.code);
	}

}
