package com.wbiisg.mapping.identity;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A personal access token as its owner sees it on the My account page and in the API;
 * never the token itself, which is shown once when it is issued.
 *
 * @param expiresOn the last day (UTC) the token is accepted
 * @param expired whether that day is past
 * @param lastUsedAt when it was last used, to the minute: a use within a minute of the
 * last one recorded is not recorded again
 */
public record ApiTokenView(long id, String name, TokenScope scope, Instant createdAt, LocalDate expiresOn,
		boolean expired, @Nullable Instant lastUsedAt, boolean revoked) {
}
