package com.wbiisg.mapping.identity;

import java.util.List;

import com.wbiisg.mapping.identity.internal.ApiToken;
import com.wbiisg.mapping.identity.internal.ApiTokens;

import org.springframework.stereotype.Service;

/**
 * A user's own personal access tokens for the API: issuing, listing and revoking them.
 * The tokens themselves, and the sign-in with them, stay with {@code ApiTokens}.
 */
@Service
public class PersonalAccessTokens {

	private final ApiTokens tokens;

	PersonalAccessTokens(ApiTokens tokens) {
		this.tokens = tokens;
	}

	/**
	 * Issues a token for the user and returns it; it cannot be shown again.
	 */
	public String issue(CurrentUser user, String name) {
		return this.tokens.issue(user, name);
	}

	/**
	 * The user's tokens, newest first.
	 */
	public List<ApiTokenView> list(CurrentUser user) {
		return this.tokens.list(user).stream().map(PersonalAccessTokens::view).toList();
	}

	public void revoke(CurrentUser user, long tokenId) {
		this.tokens.revoke(user, tokenId);
	}

	private static ApiTokenView view(ApiToken token) {
		return new ApiTokenView(token.getId(), token.getName(), token.getCreatedAt(), token.getLastUsedAt(),
				token.isRevoked());
	}

}
