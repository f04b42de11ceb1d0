package com.wbiisg.mapping.responses;

/**
 * A project was linked to a need it addresses.
 */
public record ProjectLinkedToNeed(long projectId, long needId, Coverage coverage) {
}
