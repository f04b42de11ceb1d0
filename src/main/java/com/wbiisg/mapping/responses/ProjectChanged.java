package com.wbiisg.mapping.responses;

/**
 * A project's content changed: its organisations, beneficiaries, budget, period or
 * status.
 */
public record ProjectChanged(long projectId) {
}
