package com.wbiisg.mapping.meetings.web;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import com.wbiisg.mapping.identity.AccountSummary;
import com.wbiisg.mapping.meetings.CalendarFeed;
import com.wbiisg.mapping.meetings.FeedTokens;
import com.wbiisg.mapping.shared.UserText;
import org.jspecify.annotations.Nullable;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The iCalendar feeds. {@code /calendar.ics} answers only to the secret token in its
 * address (calendar programs send no session): the security configuration lets the
 * request through, and this controller refuses a missing, unknown, rotated or revoked
 * token, or one of a disabled account, with 401, ignoring any session the request
 * carries. {@code /public/calendar.ics} is for anyone.
 */
@Controller
class FeedController {

	static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	private final FeedTokens tokens;

	private final CalendarFeed feed;

	FeedController(FeedTokens tokens, CalendarFeed feed) {
		this.tokens = tokens;
		this.feed = feed;
	}

	@GetMapping("/calendar.ics")
	ResponseEntity<String> personal(@RequestParam(required = false) @Nullable String token) {
		Optional<AccountSummary> account = this.tokens.authenticate(token);
		if (account.isEmpty()) {
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
				.contentType(MediaType.TEXT_PLAIN)
				.cacheControl(CacheControl.noStore())
				.body(UserText.of("meetings.feed.invalidToken").in(LocaleContextHolder.getLocale()) + "\n");
		}
		String baseUrl = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.cacheControl(CacheControl.noStore())
			.header("Content-Disposition", "inline; filename=\"iisg-calendar.ics\"")
			.body(this.feed.personalFeed(account.get(), baseUrl));
	}

	@GetMapping("/public/calendar.ics")
	ResponseEntity<String> publicFeed() {
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.header("Content-Disposition", "inline; filename=\"iisg-public-calendar.ics\"")
			.body(this.feed.publicFeed());
	}

}
