package com.wbiisg.mapping.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import com.wbiisg.mapping.audit.AuditTrail;
import com.wbiisg.mapping.audit.Changes;
import com.wbiisg.mapping.identity.AccountSecurityChanged.Change;
import com.wbiisg.mapping.identity.CurrentUser;
import com.wbiisg.mapping.identity.IssuedToken;
import com.wbiisg.mapping.identity.TokenScope;
import com.wbiisg.mapping.shared.HiddenRecordException;
import com.wbiisg.mapping.shared.Inputs;
import com.wbiisg.mapping.shared.InvalidInputException;
import com.wbiisg.mapping.shared.InvalidInputException.FieldProblem;
import com.wbiisg.mapping.shared.RecordType;
import com.wbiisg.mapping.shared.UserText;
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

	/**
	 * How long a token is valid when its owner does not say.
	 */
	static final Period DEFAULT_LIFETIME = Period.ofDays(90);

	/**
	 * How long a token may be valid at most.
	 */
	static final Period LONGEST_LIFETIME = Period.ofYears(1);

	private static final RecordType TOKEN = RecordType.of("API token", "identity.record.apiToken");

	private final SecureRandom random = new SecureRandom();

	private final ApiTokenRepository tokens;

	private final AccountRepository accounts;

	private final AuditTrail audit;

	private final Clock clock;

	private final SecurityChanges changes;

	ApiTokens(ApiTokenRepository tokens, AccountRepository accounts, AuditTrail audit, Clock clock,
			SecurityChanges changes) {
		this.changes = changes;
		this.tokens = tokens;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Issues a token for the current user and returns it; it cannot be shown again.
	 * @param scope what it may do; required
	 * @param expiresOn its last day, from today to a year ahead; null for
	 * {@link #DEFAULT_LIFETIME} ahead
	 */
	public IssuedToken issue(CurrentUser user, @Nullable String name, @Nullable TokenScope scope,
			@Nullable LocalDate expiresOn) {
		List<FieldProblem> problems = new ArrayList<>(RecordValidation.problems(new TokenName(name)));
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		LocalDate latest = today.plus(LONGEST_LIFETIME);
		LocalDate lastDay = (expiresOn != null) ? expiresOn : today.plus(DEFAULT_LIFETIME);
		if (lastDay.isBefore(today) || lastDay.isAfter(latest)) {
			problems.add(new FieldProblem("expiresOn",
					UserText.of("identity.token.expiry", today.toString(), latest.toString())));
		}
		if (scope == null) {
			problems.add(new FieldProblem("scope", UserText.of("identity.token.scopeRequired")));
		}
		InvalidInputException.throwIfAny(problems);
		String cleanName = Inputs.text(name);
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		ApiToken saved = this.tokens
			.save(new ApiToken(user.accountId(), cleanName, hash(token), this.clock.instant(), scope, lastDay));
		this.audit.recordChange("ISSUE_TOKEN", "ApiToken", saved.getId(),
				Changes.of().set("name", cleanName).set("scope", scope).set("expiresOn", lastDay));
		this.changes.changed(user.accountId(), Change.TOKEN_ISSUED, cleanName, scope.name(), lastDay.toString());
		return new IssuedToken(saved.getId(), token, scope, lastDay);
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
	 * What a token presented to the API is worth: accepted for its enabled account and
	 * within its scope, expired, or refused (unknown, revoked, or its account disabled).
	 */
	Presented authenticate(String token) {
		if (!token.startsWith(PREFIX)) {
			return Presented.REFUSED;
		}
		Optional<ApiToken> found = this.tokens.findByTokenHashAndRevokedFalse(hash(token));
		if (found.isEmpty()) {
			return Presented.REFUSED;
		}
		ApiToken valid = found.get();
		if (valid.isExpired(LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC))) {
			return new Presented(null, valid.getScope(), valid.getExpiresOn());
		}
		Optional<Account> account = this.accounts.findById(valid.getAccountId()).filter(Account::isEnabled);
		if (account.isEmpty()) {
			return Presented.REFUSED;
		}
		valid.used(this.clock.instant());
		return new Presented(account.get(), valid.getScope(), null);
	}

	/**
	 * A token presented to the API: its account when accepted, or the last day it was
	 * valid when it expired; neither when it is refused.
	 */
	record Presented(@Nullable Account account, @Nullable TokenScope scope, @Nullable LocalDate expiredOn) {

		static final Presented REFUSED = new Presented(null, null, null);

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
