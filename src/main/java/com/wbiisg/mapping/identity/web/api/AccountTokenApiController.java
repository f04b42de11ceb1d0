package com.wbiisg.mapping.identity.web.api;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.wbiisg.mapping.identity.ApiTokenView;
import com.wbiisg.mapping.identity.CurrentUser;
import com.wbiisg.mapping.identity.IssuedToken;
import com.wbiisg.mapping.identity.PersonalAccessTokens;
import com.wbiisg.mapping.identity.TokenScope;
import com.wbiisg.mapping.shared.Inputs;
import com.wbiisg.mapping.shared.UserText;
import com.wbiisg.mapping.shared.validation.DateText;
import com.wbiisg.mapping.shared.validation.RecordValidation;
import org.jspecify.annotations.Nullable;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in user's personal access tokens for scripts: make one (signed in with a
 * password, not with a token), list them without their secrets, revoke one.
 */
@RestController
@RequestMapping("/api/v1/account/tokens")
class AccountTokenApiController {

	private final PersonalAccessTokens tokens;

	AccountTokenApiController(PersonalAccessTokens tokens) {
		this.tokens = tokens;
	}

	@PostMapping
	ResponseEntity<?> issue(@RequestBody IssueRequest request) {
		if (PersonalAccessTokens.signedInWithToken()) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
					UserText.of("identity.api.tokenNeedsPassword").in(LocaleContextHolder.getLocale()));
			return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
		}
		RecordValidation.check(request);
		IssuedToken issued = this.tokens.issue(currentUser(), request.name(),
				Inputs.enumValue("scope", request.scope(), TokenScope.class), Inputs.date(request.expiresOn()));
		return ResponseEntity.created(URI.create("/api/v1/account/tokens/" + issued.id())).body(issued);
	}

	/**
	 * The tokens not revoked, newest first; an expired one says so.
	 */
	@GetMapping
	List<TokenItem> list() {
		return this.tokens.list(currentUser()).stream().filter((token) -> !token.revoked()).map(TokenItem::of).toList();
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> revoke(@PathVariable long id) {
		this.tokens.revoke(currentUser(), id);
		return ResponseEntity.noContent().build();
	}

	private static CurrentUser currentUser() {
		return CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Only accounts have tokens."));
	}

	record IssueRequest(@Nullable String name, @Nullable String scope, @DateText @Nullable String expiresOn) {
	}

	record TokenItem(long id, String name, TokenScope scope, Instant createdAt, LocalDate expiresOn, boolean expired,
			@Nullable Instant lastUsedAt) {

		static TokenItem of(ApiTokenView token) {
			return new TokenItem(token.id(), token.name(), token.scope(), token.createdAt(), token.expiresOn(),
					token.expired(), token.lastUsedAt());
		}

	}

}
