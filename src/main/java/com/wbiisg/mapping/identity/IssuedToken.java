package com.wbiisg.mapping.identity;

import java.time.LocalDate;

/**
 * A personal access token just issued: the token itself is in this answer only.
 */
public record IssuedToken(long id, String token, TokenScope scope, LocalDate expiresOn) {
}
