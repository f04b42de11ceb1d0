package com.wbiisg.mapping.responses;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A member's confirmation of its portfolio for a round's year: who confirmed, when, how
 * many projects it reported then, and its note.
 */
public record PortfolioConfirmationView(String confirmedBy, Instant confirmedAt, int projectCount,
		@Nullable String note) {
}
