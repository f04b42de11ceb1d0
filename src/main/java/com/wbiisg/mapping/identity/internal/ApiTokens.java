package com.wbiisg.mapping.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import com.wbiisg.mapping.audit.AuditTrail;
import com.wbiisg.mapping.audit.Changes;
import com.wbiisg.mapping.identity.CurrentUser;
import com.wbiisg.mapping.shared.HiddenRecordException;
import com.wbiisg.mapping.shared.Inputs;
import com.wbiisg.mapping.shared.RecordType;
import com.wbiisg.mapping.shared.validation.MaxLength;
import com.wbiisg.mapping.shared.validation.RecordValidation;
import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues, lists, checks and revokes personal access tokens of the signed-in user.
 */
@Service
@Transactional
public class ApiTokens {

	private static final String PREFIX = "iisg_";

	private static final RecordType TOKEN = RecordType.of("API token", "identity.record.apiToken");

	private final SecureRandom random = new SecureRandom();

	private final ApiTokenRepository tokens;

	private final AccountRepository accounts;

	private final AuditTrail audit;

	private final Clock clock;

	ApiTokens(ApiTokenRepository tokens, AccountRepository accounts, AuditTrail audit, Clock clock) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Issues a token for the current user and returns it; it cannot be shown again.
	 */
	public String issue(CurrentUser user, String name) {
		RecordValidation.check(new TokenName(name));
		String cleanName = Inputs.text(name);
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		ApiToken saved = this.tokens.save(new ApiToken(user.accountId(), cleanName, hash(token), this.clock.instant()));
		this.audit.recordChange("ISSUE_TOKEN", "ApiToken", saved.getId(), Changes.of().set("name", cleanName));
		return token;
	}

	@Transactional(readOnly = true)
	public List<ApiToken> list(CurrentUser user) {
		return this.tokens.findByAccountIdOrderByCreatedAtDesc(user.accountId());
	}

	public void revoke(CurrentUser user, long tokenId) {
		ApiToken token = HiddenRecordException.requireVisible(this.tokens.findById(tokenId),
				(t) -> t.getAccountId().equals(user.accountId()), TOKEN, tokenId);
		token.revoke();
		this.audit.recordChange("REVOKE_TOKEN", "ApiToken", tokenId, Changes.of().set("name", token.getName()));
	}

	/**
	 * The enabled account a token belongs to, if the token is valid.
	 */
	Optional<Account> authenticate(String token) {
		if (!token.startsWith(PREFIX)) {
			return Optional.empty();
		}
		return this.tokens.findByTokenHashAndRevokedFalse(hash(token)).flatMap((found) -> {
			found.used(this.clock.instant());
			return this.accounts.findById(found.getAccountId()).filter(Account::isEnabled);
		});
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
	 * The name of a token, with its checks.
	 */
	private record TokenName(
			@NotBlank(message = RecordValidation.REQUIRED) @MaxLength(MAX_NAME) @Nullable String name) {

		static final int MAX_NAME = 100;

	}

}
