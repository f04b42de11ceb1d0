package com.wbiisg.mapping.meetings;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import com.wbiisg.mapping.audit.Changes;
import com.wbiisg.mapping.identity.AccountSummary;
import com.wbiisg.mapping.identity.CurrentUser;
import com.wbiisg.mapping.meetings.internal.MeetingsSupport;
import com.wbiisg.mapping.meetings.internal.calendar.FeedToken;
import com.wbiisg.mapping.meetings.internal.calendar.FeedTokenRepository;
import com.wbiisg.mapping.shared.UserText;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secret tokens of the personal calendar feeds. Each account has at most one; it is
 * shown once when it is created or rotated, and only its SHA-256 hash is stored, like the
 * personal access tokens of the API. A token stops working when it is rotated or revoked,
 * or when its account is disabled.
 */
@Service
@Transactional
public class FeedTokens {

	static final String RECORD = "CalendarFeedToken";

	private static final String PREFIX = "cal_";

	private final SecureRandom random = new SecureRandom();

	private final FeedTokenRepository tokens;

	private final MeetingsSupport support;

	FeedTokens(FeedTokenRepository tokens, MeetingsSupport support) {
		this.tokens = tokens;
		this.support = support;
	}

	/**
	 * When the current user's token was made and last used, if it has one.
	 */
	@Transactional(readOnly = true)
	public Optional<TokenState> state() {
		return this.tokens.findById(user().accountId())
			.map((token) -> new TokenState(token.getCreatedAt(), token.getLastUsedAt()));
	}

	/**
	 * Makes a new token for the current user, replacing any earlier one, and returns it;
	 * it cannot be shown again.
	 */
	public String rotate() {
		CurrentUser user = user();
		String token = PREFIX + newSecret();
		Optional<FeedToken> existing = this.tokens.findById(user.accountId());
		if (existing.isPresent()) {
			existing.get().rotate(hash(token), this.support.now());
		}
		else {
			this.tokens.save(new FeedToken(user.accountId(), hash(token), this.support.now()));
		}
		this.support.audit()
			.recordChange(existing.isPresent() ? "ROTATE" : "CREATE", RECORD, user.accountId(),
					Changes.of().set("account", user.username()));
		return token;
	}

	public void revoke() {
		CurrentUser user = user();
		this.tokens.findById(user.accountId()).ifPresent((token) -> {
			this.tokens.delete(token);
			this.support.audit()
				.recordChange("REVOKE", RECORD, user.accountId(), Changes.of().set("account", user.username()));
		});
	}

	/**
	 * The enabled account a token belongs to, if the token is valid; notes its use.
	 */
	public Optional<AccountSummary> authenticate(@Nullable String token) {
		if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
			return Optional.empty();
		}
		return this.tokens.findByTokenHash(hash(token)).flatMap((found) -> {
			found.used(this.support.now());
			return this.support.accounts().account(found.getAccountId()).filter(AccountSummary::enabled);
		});
	}

	private CurrentUser user() {
		return this.support.user()
			.orElseThrow(() -> new AccessDeniedException(UserText.of("meetings.feed.signIn").english()));
	}

	private String newSecret() {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	/**
	 * When a token was made and last used.
	 */
	public record TokenState(Instant createdAt, @Nullable Instant lastUsedAt) {
	}

}
