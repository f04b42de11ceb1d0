package com.wbiisg.mapping.needs;

/**
 * The content of a need changed: its text, priority, cost, timeframe or whether it is
 * restricted.
 */
public record NeedContentChanged(long needId, long cycleId) {
}
