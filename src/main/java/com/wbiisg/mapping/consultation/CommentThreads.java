package com.wbiisg.mapping.consultation;

import java.util.List;

/**
 * Reads the comment thread of a target; what the page controllers of other modules use to
 * show a thread with the fragment
 * {@code consultation/fragments/thread :: thread(targetType, targetId, comments)}.
 */
public interface CommentThreads {

	/**
	 * The top-level comments on a target with their replies, oldest first. Only members
	 * read threads.
	 * @throws com.wbiisg.mapping.shared.RecordNotFoundException when the type is unknown
	 * or the target does not exist or is not visible to the current user
	 */
	List<ThreadComment> thread(String targetType, String targetId);

}
