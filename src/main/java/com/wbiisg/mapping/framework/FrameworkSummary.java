package com.wbiisg.mapping.framework;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A framework version without its tree.
 */
public record FrameworkSummary(long id, String initiative, String cycle, int version, FrameworkStatus status,
		@Nullable LocalDate adoptedOn, @Nullable String decision, @Nullable Long copiedFrom, Instant createdAt,
		String createdBy) {

	public String label() {
		return this.initiative + " " + this.cycle + " v" + this.version;
	}

}
