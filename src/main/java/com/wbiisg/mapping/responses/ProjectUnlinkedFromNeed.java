package com.wbiisg.mapping.responses;

/**
 * A project's link to a need was removed.
 */
public record ProjectUnlinkedFromNeed(long projectId, long needId) {
}
