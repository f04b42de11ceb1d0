package com.wbiisg.mapping.consultation;

/**
 * A member commented on a target, or replied to a comment on it. No module listens yet;
 * it waits for the notifications, which will tell the members following the target.
 */
public record CommentAdded(long commentId, String targetType, String targetId, String author) {
}
