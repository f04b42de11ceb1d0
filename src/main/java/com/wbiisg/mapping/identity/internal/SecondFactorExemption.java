package com.wbiisg.mapping.identity.internal;

/**
 * Accounts spared the second factor when {@code iisg.security.mfa.demo-exempt} is on: the
 * demo accounts of the demo profile.
 */
public interface SecondFactorExemption {

	boolean exempts(String username);

}
