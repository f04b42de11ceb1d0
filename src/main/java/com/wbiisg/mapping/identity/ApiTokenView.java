package com.wbiisg.mapping.identity;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A personal access token as its owner sees it on the My account page; never the token
 * itself, which is shown once when it is issued.
 */
public record ApiTokenView(long id, String name, Instant createdAt, @Nullable Instant lastUsedAt, boolean revoked) {
}
