package com.wbiisg.mapping.needs;

/**
 * A focal point or the Secretariat entered a new need (as a draft).
 */
public record NeedEntered(long needId, long cycleId) {
}
