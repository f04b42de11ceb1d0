package com.wbiisg.mapping.web.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /.well-known/security.txt} (RFC 9116), open to everyone: whom to tell of a
 * vulnerability ({@code iisg.security.contact}), and a date one year ahead after which
 * the file is stale. Its {@code Canonical} field is left out, the platform knowing no
 * public address of its own.
 */
@RestController
class SecurityTxtController {

	static final String PATH = "/.well-known/security.txt";

	private static final Duration VALIDITY = Duration.ofDays(365);

	private final SecurityContact contact;

	private final Clock clock;

	SecurityTxtController(SecurityContact contact, Clock clock) {
		this.contact = contact;
		this.clock = clock;
	}

	@GetMapping(path = PATH, produces = MediaType.TEXT_PLAIN_VALUE)
	ResponseEntity<String> securityTxt() {
		String body = "Contact: " + this.contact.contact() + "\n" + "Expires: "
				+ this.clock.instant().plus(VALIDITY).truncatedTo(ChronoUnit.SECONDS) + "\n"
				+ "Preferred-Languages: en\n";
		return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8)).body(body);
	}

}
