package com.wbiisg.mapping.identity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import com.wbiisg.mapping.identity.internal.ApiToken;
import com.wbiisg.mapping.identity.internal.ApiTokenAuthentication;
import com.wbiisg.mapping.identity.internal.ApiTokens;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * A user's own personal access tokens for the API: issuing, listing and revoking them.
 * The tokens themselves, and the sign-in with them, stay with {@code ApiTokens}.
 */
@Service
public class PersonalAccessTokens {

	private final ApiTokens tokens;

	private final Clock clock;

	PersonalAccessTokens(ApiTokens tokens, Clock clock) {
		this.tokens = tokens;
		this.clock = clock;
	}

	/**
	 * Issues a token for the user and returns it; it cannot be shown again.
	 * @param expiresOn its last day, at most a year ahead; null for 90 days ahead
	 */
	public IssuedToken issue(CurrentUser user, @Nullable String name, @Nullable TokenScope scope,
			@Nullable LocalDate expiresOn) {
		return this.tokens.issue(user, name, scope, expiresOn);
	}

	/**
	 * The user's tokens, newest first.
	 */
	public List<ApiTokenView> list(CurrentUser user) {
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		return this.tokens.list(user).stream().map((token) -> view(token, today)).toList();
	}

	public void revoke(CurrentUser user, long tokenId) {
		this.tokens.revoke(user, tokenId);
	}

	/**
	 * Whether the current request signed in with a token rather than a password: a token
	 * may not make tokens.
	 */
	public static boolean signedInWithToken() {
		return SecurityContextHolder.getContext().getAuthentication() instanceof ApiTokenAuthentication;
	}

	private static ApiTokenView view(ApiToken token, LocalDate today) {
		return new ApiTokenView(token.getId(), token.getName(), token.getScope(), token.getCreatedAt(),
				token.getExpiresOn(), today.isAfter(token.getExpiresOn()), token.getLastUsedAt(), token.isRevoked());
	}

}
