package com.wbiisg.mapping.audit.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the audit trail ({@code iisg.audit.*}).
 *
 * @param readDeniedPerMinute how many reads of hidden records ({@code READ_DENIED}) one
 * user may have recorded per minute; the ones beyond are only counted, and one entry says
 * how many were left out, so that a user probing for hidden records cannot flood the
 * trail
 */
@ConfigurationProperties("iisg.audit")
public record AuditProperties(@DefaultValue("30") int readDeniedPerMinute) {

	public AuditProperties {
		if (readDeniedPerMinute < 1) {
			throw new IllegalArgumentException(
					"iisg.audit.read-denied-per-minute must be at least 1, not " + readDeniedPerMinute + ".");
		}
	}

}
