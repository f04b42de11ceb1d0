package com.wbiisg.mapping.needs;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One step of a need's history: who moved it from which state to which, when, and why.
 * The action and the former state are null for the creation of the need.
 */
public record NeedTransitionView(Instant at, String by, @Nullable NeedAction action, @Nullable NeedStatus from,
		NeedStatus to, @Nullable String reason) {
}
