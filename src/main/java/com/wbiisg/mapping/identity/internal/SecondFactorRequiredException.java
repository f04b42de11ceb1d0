package com.wbiisg.mapping.identity.internal;

import java.io.Serial;

import org.springframework.security.core.AuthenticationException;

/**
 * HTTP Basic refused to an account that must sign in with a second factor: a password
 * alone does not open the API to it; a personal access token, made on <em>My account</em>
 * after a sign-in with both factors, does.
 */
class SecondFactorRequiredException extends AuthenticationException {

	@Serial
	private static final long serialVersionUID = 1L;

	SecondFactorRequiredException() {
		super("A second factor is required: use a personal access token");
	}

}
