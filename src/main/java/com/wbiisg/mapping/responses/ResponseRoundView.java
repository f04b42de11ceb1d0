package com.wbiisg.mapping.responses;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An annual response mapping round: the reporting year, whether members may still confirm
 * their portfolios, who opened it and when, and when it was last closed.
 */
public record ResponseRoundView(int year, boolean open, String openedBy, Instant openedAt, @Nullable Instant closedAt) {
}
