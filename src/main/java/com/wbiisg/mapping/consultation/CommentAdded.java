package com.wbiisg.mapping.consultation;

/**
 * A member commented on a target, or replied to a comment on it.
 */
public record CommentAdded(long commentId, String targetType, String targetId, String author) {
}
