package com.wbiisg.mapping.responses;

/**
 * A member registered a support project.
 */
public record ProjectRegistered(long projectId) {
}
