package com.wbiisg.mapping.identity.internal;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the second factor: {@code iisg.security.mfa.required-for-all} asks it of
 * every account, not only of the roles that must use one ({@link SecondFactorRule});
 * {@code iisg.security.mfa.demo-exempt} (true only in the demo profile) spares the demo
 * accounts; {@code iisg.security.mfa.encryption-key} (32 bytes, base64) encrypts the
 * authenticator secrets and keys the hashes of the recovery codes. Without a key one is
 * generated once into the data directory ({@link SecretBox}).
 */
@ConfigurationProperties("iisg.security.mfa")
record MfaProperties(@DefaultValue("false") boolean requiredForAll, @DefaultValue("false") boolean demoExempt,
		@Nullable String encryptionKey) {

}
