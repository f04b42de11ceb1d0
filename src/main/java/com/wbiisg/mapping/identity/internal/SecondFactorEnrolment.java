package com.wbiisg.mapping.identity.internal;

/**
 * A kind of second factor an account may have enrolled: the authenticator app
 * ({@link TotpFactor}) and, beside it, the passkeys. The rule of who must give a second
 * factor ({@link SecondFactorRule}) asks every one of them whether an account has one.
 */
public interface SecondFactorEnrolment {

	boolean enrolled(long accountId);

}
